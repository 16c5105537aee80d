import type { Grade, Salary } from '../record/vacancy-record';
import type { FoundDate } from './dates';
import { findDate } from './dates';
import { parseGrade } from './grades';
import type { HeaderKey } from './header';
import type { NoticeLayout } from './layout';
import { bodyClearance, clearanceCode, isBodyName, letterheadPlace, namedBody } from './notice-words';
import { CURRENCY_BEFORE_AMOUNT, parseSalary } from './salary';
import { SALARY_WORDS } from './vocabulary';
import { closeFromShown, closeWarning } from './shown-close';
import type { WarningField } from './warning-templates';
import { warning, type Warning } from './warning-templates';

/**
 * The header facts of a notice: location, NATO body, schedule, deadline and closing instant,
 * salary, grade, clearance. English header first; the French header fills gaps; a few facts are
 * also found restated in the body of free-form notices.
 */

export interface HeaderFacts {
  location: string | null;
  organisation: string | null;
  schedule: string | null;
  deadline: string | null;
  closesAt: string | null;
  salary: Salary | null;
  grade: Grade | null;
  clearance: string | null;
}

const BODY_DEADLINE = /\b(?:closing date|application deadline|deadline for (?:the )?(?:receipt of )?applications?|applications? (?:must|should) be (?:received|submitted) (?:by|before|no later than)|date de clôture|date limite)\b/gi;
// "NATO Grade G20", "NATO Grades B3/G8 and B4/G10", "Grade: A.2 / NATO Grade G15".
const GRADE_CODE = '(?:G-?\\d{1,2}|[ABCL][.-]?\\d)(?:\\s*[-/]\\s*(?:G-?\\d{1,2}|[ABCL][.-]?\\d))?';
// "(Grade A2)" in a sentence: the word and a grade's code after it.
// "NATO GRADE 22": in capitals, a bare number after the words.
const BODY_GRADE = new RegExp(
  `\\b(?:NATO Grades?\\s+${GRADE_CODE}(?:\\s*(?:,|and|or|&)\\s*${GRADE_CODE})*|NATO GRADE\\s+\\d{1,2}(?![\\d.,])|Grade\\s*:\\s*[^\\n;]{1,40}|Grade\\s+${GRADE_CODE}(?![\\p{L}\\d]))`,
  'u',
);
// A title that ends with its grade ("Assistant B3-B4", a table's cell copied as text).
const TITLE_GRADE = /(?<=\s)(?:[ABCL]\d|G\d{1,2})(?:\s*[-/]\s*(?:[ABCL]\d|G\d{1,2}))?$/;
/**
 * A salary stated in a sentence of a notice without a salary label: "with a basic monthly
 * salary of 8,271.21 EUR, tax free", "The basic monthly salary is 7,012.34 EUR". The words
 * before "salary" may say the period; the amount must follow at once.
 */
const BODY_SALARY = new RegExp(`\\b(?:salary|remuneration)\\s+(?:of|is|will be|amounts to)\\s+(${CURRENCY_BEFORE_AMOUNT}?\\s?\\d[\\d ,.']*[^.\\n;]{0,40})`, 'i');
// The words just before it: found from the match, not tried at every word of the notice.
const SALARY_WORDS_BEFORE = new RegExp(`(?:(?:${SALARY_WORDS.join('|')})\\s+){1,3}$`, 'i');

/** A grade stated in the text, without the word "Grade" before it. */
function bodyGrade(text: string): string | undefined {
  return BODY_GRADE.exec(text)?.[0]?.replace(/^Grade\s*:?\s*/, '');
}

function bodySalary(body: string): Salary | null {
  const m = BODY_SALARY.exec(body);
  if (m === null) return null;
  const before = SALARY_WORDS_BEFORE.exec(body.slice(Math.max(0, m.index - 40), m.index))?.[0] ?? '';
  return parseSalary(`${m[1]} ${before}`).salary;
}
// Rolling vacancies: "Ongoing", "Open until filled", "Until the post is filled", "Jusqu'à ce que le poste soit pourvu".
const ONGOING = /^(?:ongoing|(?:open )?until (?:the (?:post|position) is )?filled|en continu|permanent|jusqu'à ce que le poste soit pourvu)\b/i;
const PERIOD_IN_LABEL = /monthly|yearly|annual|mensuel|annuel/i;

/** Reads a shown date (and time) into the deadline day and the closing instant (utils/parse/shown-close.ts). */
function deadlineAndClose(found: FoundDate, pageTimeZone: string | undefined, warnings: Warning[]): { deadline: string; closesAt: string | null } {
  // A zone the notice names beside the time ("23:59 CET") is its own statement, read as stated;
  // only a page's zone is the viewer's clock, snapped to a Brussels close (utils/parse/shown-close.ts).
  const zone = found.zone ?? pageTimeZone;
  const close = closeFromShown(found.date, found.time, zone, found.zone === null ? 'page' : 'notice');
  const warning = closeWarning(found, zone, close);
  if (warning !== null) warnings.push(warning);
  return { deadline: close.deadline, closesAt: close.closesAt };
}

/** The last date of a value: the end of a posting window ("10 July 2020 – 31 August 2020"). */
function lastDate(value: string): FoundDate | null {
  let last: FoundDate | null = null;
  let rest = value;
  for (let found = findDate(rest); found !== null; found = findDate(rest)) {
    last = found;
    rest = rest.slice(found.end);
  }
  return last;
}

function bodyDeadline(body: string): FoundDate | null {
  for (const m of body.matchAll(BODY_DEADLINE)) {
    const after = m.index + m[0].length;
    const found = findDate(body.slice(after, after + 60));
    if (found !== null) return found;
  }
  return null;
}

/** Reads the header facts; `body` is the main half's text and `opening` its first lines, for facts restated there. */
export function readHeaderFacts(layout: NoticeLayout, body: string, opening: string, pageTimeZone: string | undefined, warnings: Warning[]): HeaderFacts {
  const en = { ...(layout.en?.header.values ?? {}) };
  const fr = { ...(layout.fr?.header.values ?? {}) };
  const labels = { ...layout.fr?.header.labels, ...layout.en?.header.labels };
  // A body's name where a location was (a copy that lost the "NATO Body" label) is the body.
  const printedBody = [en.location, fr.location, en.division, fr.division].find((v) => v !== undefined && isBodyName(v));
  if (printedBody !== undefined && en.location === printedBody) delete en.location;
  if (printedBody !== undefined && fr.location === printedBody) delete fr.location;
  const printed = (key: HeaderKey, field: WarningField, fallback: string | null = null): string | null => {
    const value = en[key] ?? fr[key] ?? null;
    if (value === null && fallback === null) warnings.push(warning('notStated', { field }));
    else if (value !== null && en[key] === undefined && layout.en !== null) warnings.push(warning('frenchHeader', { field }));
    return value ?? fallback;
  };
  // No location label: the duty station a letterhead prints with the body's name.
  const location = printed('location', 'location', en.location === undefined && fr.location === undefined ? letterheadPlace(opening) : null);
  const bodyNamed = printedBody ?? namedBody(opening);
  const organisation = printed('organisation', 'organisation', bodyNamed);
  if (en.organisation === undefined && fr.organisation === undefined && printedBody === undefined && bodyNamed !== null) {
    warnings.push(warning('organisationFromBody'));
  }
  const schedule = printed('schedule', 'schedule');

  const printedDeadline = en.deadline ?? fr.deadline;
  const ongoing = printedDeadline !== undefined && ONGOING.test(printedDeadline);
  const enDate = en.deadline === undefined ? null : findDate(en.deadline);
  const frDate = fr.deadline === undefined ? null : findDate(fr.deadline);
  if (enDate && frDate && enDate.date !== frDate.date) {
    warnings.push(warning('deadlinesDiffer', { en: enDate.date, fr: frDate.date }));
  }
  const posting = en.posting ?? fr.posting;
  const shown = ongoing ? null : (enDate ?? frDate ?? (posting === undefined ? null : lastDate(posting)) ?? bodyDeadline(body));
  if (ongoing) warnings.push(warning('deadlineOngoing', { value: printedDeadline }));
  else if (shown === null) {
    warnings.push(printedDeadline === undefined ? warning('notStated', { field: 'deadline' }) : warning('deadlineUnreadable', { value: printedDeadline }));
  }
  const { deadline, closesAt } = shown === null ? { deadline: null, closesAt: null } : deadlineAndClose(shown, pageTimeZone, warnings);

  let salary: Salary | null = null;
  const salaryValue = en.salary ?? fr.salary;
  // "Basic Monthly Salary: EUR 6,720.58, tax free": the label says the period.
  const salaryPeriod = PERIOD_IN_LABEL.exec(labels.salary ?? '')?.[0];
  const salaryText = salaryValue === undefined || salaryPeriod === undefined ? salaryValue : `${salaryValue} ${salaryPeriod}`;
  const statedSalary = salaryText === undefined ? bodySalary(body) : null;
  if (statedSalary !== null) salary = statedSalary;
  else if (salaryText === undefined) warnings.push(warning('notStated', { field: 'salary' }));
  else {
    const reading = parseSalary(salaryText);
    salary = reading.salary;
    if (reading.problem !== null) warnings.push(reading.problem);
  }

  let grade: Grade | null = null;
  const title = layout.en?.title ?? layout.fr?.title ?? '';
  const gradeText = en.grade ?? fr.grade ?? TITLE_GRADE.exec(title)?.[0] ?? bodyGrade(opening) ?? bodyGrade(body);
  if (gradeText === undefined) warnings.push(warning('notStated', { field: 'grade' }));
  else {
    const reading = parseGrade(gradeText);
    grade = reading.grade;
    if (reading.problem !== null) warnings.push(reading.problem);
  }

  const clearanceText = en.clearance ?? fr.clearance ?? bodyClearance(body);
  if (clearanceText === undefined) warnings.push(warning('notStated', { field: 'clearance' }));
  const clearance = clearanceText === undefined ? null : clearanceCode(clearanceText);

  return { location, organisation, schedule, deadline, closesAt, salary, grade, clearance };
}

/**
 * A competition that marks every post it lists with the same grade ("… (G20)" on each line) and
 * prints no grade line: that grade is the notice's. Replaces the "grade not stated" warning.
 */
export function gradeOfEveryPost(posts: readonly { grade?: string }[], warnings: Warning[]): Grade | null {
  const grades = new Set(posts.map((post) => post.grade));
  const only = grades.size === 1 ? [...grades][0] : undefined;
  if (only === undefined) return null;
  const reading = parseGrade(only);
  if (reading.grade === null || reading.grade.grades.length === 0) return null;
  const stated = warnings.findIndex((w) => w.id === 'notStated' && w.values.field === 'grade');
  if (stated >= 0) warnings.splice(stated, 1);
  return reading.grade;
}
