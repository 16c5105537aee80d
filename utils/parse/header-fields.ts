import type { Grade, Salary } from '../record/vacancy-record';
import type { FoundDate } from './dates';
import { findDate } from './dates';
import { parseGrade } from './grades';
import type { HeaderKey } from './header';
import type { NoticeLayout } from './layout';
import { parseSalary } from './salary';
import { closeFromShown, closeWarning } from '../time/shown-close';
import type { WarningField } from './warning-templates';
import { warningText } from './warning-templates';

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
const BODY_GRADE = /\b(?:NATO Grade\s+(?:G-?\d{1,2}(?:\s*[-/]\s*G-?\d{1,2})?)|Grade\s*:\s*[^\n;]{1,40})/;
const BODY_CLEARANCE = /\b(?:clearance|habilitation)\b[^.\n]{0,80}?\b(COSMIC TOP SECRET|NATO SECRET|NATO CONFIDENTIAL|NATO RESTRICTED|CTS\/A|CTS|NS|NC|NR)\b/;
const CLEARANCE_NAMES: Readonly<Record<string, string>> = {
  'COSMIC TOP SECRET': 'CTS',
  'NATO SECRET': 'NS',
  'NATO CONFIDENTIAL': 'NC',
  'NATO RESTRICTED': 'NR',
  'NATO UNCLASSIFIED': 'NU',
};

function normaliseClearance(value: string): string {
  const upper = value.toUpperCase().replace(/\s+/g, ' ').trim();
  return CLEARANCE_NAMES[upper] ?? value.trim();
}

/** Reads a shown date (and time) into the deadline day and the closing instant (utils/time/shown-close.ts). */
function deadlineAndClose(found: FoundDate, pageTimeZone: string | undefined, warnings: string[]): { deadline: string; closesAt: string | null } {
  const close = closeFromShown(found.date, found.time, pageTimeZone);
  const warning = closeWarning(found, pageTimeZone, close);
  if (warning !== null) warnings.push(warning);
  return { deadline: close.deadline, closesAt: close.closesAt };
}

function bodyDeadline(body: string): FoundDate | null {
  for (const m of body.matchAll(BODY_DEADLINE)) {
    const after = m.index + m[0].length;
    const found = findDate(body.slice(after, after + 60));
    if (found !== null) return found;
  }
  return null;
}

/** Reads the header facts; `body` is the text of the main half, for facts restated there. */
export function readHeaderFacts(layout: NoticeLayout, body: string, pageTimeZone: string | undefined, warnings: string[]): HeaderFacts {
  const en = layout.en?.header.values ?? {};
  const fr = layout.fr?.header.values ?? {};
  const printed = (key: HeaderKey, field: WarningField): string | null => {
    const value = en[key] ?? fr[key] ?? null;
    if (value === null) warnings.push(warningText('notStated', { field }));
    else if (en[key] === undefined && layout.en !== null) warnings.push(warningText('frenchHeader', { field }));
    return value;
  };
  const location = printed('location', 'location');
  const organisation = printed('organisation', 'organisation');
  const schedule = printed('schedule', 'schedule');

  const enDate = en.deadline === undefined ? null : findDate(en.deadline);
  const frDate = fr.deadline === undefined ? null : findDate(fr.deadline);
  if (enDate && frDate && enDate.date !== frDate.date) {
    warnings.push(warningText('deadlinesDiffer', { en: enDate.date, fr: frDate.date }));
  }
  const shown = enDate ?? frDate ?? bodyDeadline(body);
  const printedDeadline = en.deadline ?? fr.deadline;
  if (shown === null) {
    warnings.push(printedDeadline === undefined ? warningText('notStated', { field: 'deadline' }) : warningText('deadlineUnreadable', { value: printedDeadline }));
  }
  const { deadline, closesAt } = shown === null ? { deadline: null, closesAt: null } : deadlineAndClose(shown, pageTimeZone, warnings);

  let salary: Salary | null = null;
  const salaryText = en.salary ?? fr.salary;
  if (salaryText === undefined) warnings.push(warningText('notStated', { field: 'salary' }));
  else {
    const reading = parseSalary(salaryText);
    salary = reading.salary;
    // The problem is its warning template without the "salary: " (warningDetail): put it back.
    if (reading.problem !== null) warnings.push(`salary: ${reading.problem}`);
  }

  let grade: Grade | null = null;
  const gradeText = en.grade ?? fr.grade ?? BODY_GRADE.exec(body)?.[0]?.replace(/^Grade\s*:\s*/, '');
  if (gradeText === undefined) warnings.push(warningText('notStated', { field: 'grade' }));
  else {
    const reading = parseGrade(gradeText);
    grade = reading.grade;
    // Likewise for the grade's problem (grades.ts builds it with warningDetail).
    if (reading.problem !== null) warnings.push(`grade: ${reading.problem}`);
  }

  const clearanceText = en.clearance ?? fr.clearance ?? BODY_CLEARANCE.exec(body)?.[1];
  if (clearanceText === undefined) warnings.push(warningText('notStated', { field: 'clearance' }));
  const clearance = clearanceText === undefined ? null : normaliseClearance(clearanceText);

  return { location, organisation, schedule, deadline, closesAt, salary, grade, clearance };
}
