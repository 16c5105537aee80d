import type { ParsedVacancy } from '../record/vacancy-record';
import { readBodyFacts } from './body-fields';
import { findSelectionWindow } from './selection-window';
import type { Block } from './blocks';
import { toBlocks } from './blocks';
import { gradeOfEveryPost, readHeaderFacts } from './header-fields';
import type { NoticeLayout } from './layout';
import { findLayout } from './layout';
import { normaliseNotice } from './normalise';
import { isSectionHeadingLine, namedBody, SECTION_WORD } from './notice-words';
import { refusal, type Refusal } from './refusal';
import { warning, type Warning } from './warning-templates';

/**
 * Reads a NATO vacancy notice (portal page text, plain text, PDF-extracted text or markdown, English
 * and/or French) into a validated record. Pure: no storage, no browser APIs. What the notice does not
 * state stays null or [] and a warning names the field; nothing is invented.
 */

export interface ParseOptions {
  /** The page the notice was captured from. */
  sourceUrl?: string;
  /** The zone shown date-times are in: IANA ("Europe/Brussels") or "GMT+02:00" style. */
  pageTimeZone?: string;
}

export type ParseResult =
  | { ok: true; record: ParsedVacancy; warnings: Warning[] }
  /** `reason` is worded when shown, as a reason (utils/parse/refusal.ts). */
  | { ok: false; error: 'not-a-notice'; reason: Refusal };

export function notANotice(reason: Refusal): ParseResult {
  return { ok: false, error: 'not-a-notice', reason };
}

const NATO_WORD = /(?<![\p{L}])(?:NATO|OTAN)(?![\p{L}])/u;
const VACANCY_WORDS =
  /\b(?:incumbent|post-holder|vacanc(?:y|ies)|candidates|applicants|applications|duties|responsibilities|qualifications|(?:the|this) (?:post|position)|is responsible (?:for|to)|reports to|titulaire|candidat(?:e|s)|le poste|ce poste|is looking for|recherche|essential requirements|exigences essentielles)\b/gi;
const LETTER_OPENING = /^(?:Dear|Cher|Chère|Madame|Monsieur)\b/;

/**
 * Is this text recognisably one NATO vacancy notice? Portal header labels, notice section
 * headings, or a NATO body named with vacancy wording; a results page (many references) or a
 * letter is not one. Null when it is; else the reason why not.
 */
function whyNotANotice(lines: readonly string[], layout: NoticeLayout, blocks: readonly Block[]): Refusal | null {
  const references = new Set(layout.printed);
  if (references.size > 1) return refusal('manyVacancies', { count: references.size, examples: [...references].slice(0, 3).join(', ') });
  if (LETTER_OPENING.test(lines[0] ?? '')) return refusal('letter');
  const labels = (layout.en?.header.labelCount ?? 0) + (layout.fr?.header.labelCount ?? 0);
  const titled = layout.titleLine || (layout.en?.title ?? layout.fr?.title ?? null) !== null;
  // Cheapest evidence first: a portal notice has its title line and header labels.
  if (labels >= 2 && titled) return null;
  const opening = lines.slice(0, 200).join('\n');
  const sections = blocks.filter((b) => b.kind === 'heading' && isSectionHeadingLine(b.text)).length + (opening.match(SECTION_WORD)?.length ?? 0);
  if (sections > 0 && (labels > 0 || layout.titleLine)) return null;
  const text = lines.join('\n');
  const nato = NATO_WORD.test(text) || namedBody(text.slice(0, OPENING_CHARACTERS)) !== null;
  if (nato && (labels >= 2 || sections > 0)) return null;
  const vacancyWords = new Set((text.slice(0, OPENING_CHARACTERS * 4).match(VACANCY_WORDS) ?? []).map((w) => w.toLowerCase().replace(/^(?:the|this|ce|le) /, ''))).size;
  if (nato && vacancyWords >= 2) return null;
  // An agency's short page: its reference by a label ("Ref. No 2025_00100") and one more label.
  if (nato && references.size === 1 && labels > 0) return null;
  if (labels >= 2 && sections > 0) return null;
  const title = layout.en?.title ?? layout.fr?.title ?? null;
  if (layout.titleLine && title !== null) {
    return refusal('titleOnly', { title: title.slice(0, 60), reference: layout.reference ?? '' });
  }
  return refusal('noSign');
}

/** How much of a notice's opening names its body (letterhead, first paragraphs). */
const OPENING_CHARACTERS = 1500;

function isWebUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

function checkedSourceUrl(sourceUrl: string | undefined, warnings: Warning[]): string | null {
  if (sourceUrl === undefined || sourceUrl === '') return null;
  if (isWebUrl(sourceUrl)) return sourceUrl;
  warnings.push(warning('sourceUrlNotUrl', { value: sourceUrl.slice(0, 80) }));
  return null;
}

/**
 * Reads `text` into a record, or says in one line why it is not a vacancy notice — without
 * the schema check, so content scripts carry no zod: the background checks every record it
 * receives against the schema, and `parseNotice` checks it everywhere else.
 */
export function readNotice(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') return notANotice(refusal('empty'));
  const { lines, headingLines } = normaliseNotice(text);
  const layout = findLayout(lines, options.sourceUrl);
  const main = layout.en ?? layout.fr;
  if (main === null) return notANotice(refusal('noText'));
  const title = layout.en?.title ?? layout.fr?.title ?? null;
  const blocks = toBlocks(lines, headingLines, main.start, main.end);
  const why = whyNotANotice(lines, layout, blocks);
  if (why !== null) return notANotice(why);

  const warnings: Warning[] = [];
  if (layout.reference === null) warnings.push(warning('referenceNotStated'));
  if (title === null) warnings.push(warning('notStated', { field: 'title' }));
  const cutFrom = (layout.en ?? layout.fr)?.titleCutFrom ?? null;
  if (title !== null && cutFrom !== null) warnings.push(warning('titleCut', { length: cutFrom, kept: title.length - 1 }));
  else if (layout.en === null) warnings.push(warning('noEnglishHalf'));
  else if (layout.en.title === null) warnings.push(warning('noEnglishTitle'));
  const frenchBody = layout.fr !== null && layout.fr.start < layout.fr.end;
  const titleFr = layout.fr?.title ?? null;
  if (layout.fr === null) warnings.push(warning('noFrenchHalf'));
  else if (titleFr === null) warnings.push(warning('noFrenchTitle'));
  const languages: ('en' | 'fr')[] = [];
  if (layout.en !== null) languages.push('en');
  if (frenchBody) languages.push('fr');

  const body = blocks.map((b) => b.text).join('\n');
  const header = readHeaderFacts(layout, body, lines.slice(0, 120).join('\n').slice(0, OPENING_CHARACTERS), options.pageTimeZone, warnings);
  const facts = readBodyFacts(blocks, title, layout.reference, header.deadline, warnings);
  const sourceUrl = checkedSourceUrl(options.sourceUrl, warnings);

  const record: ParsedVacancy = {
    reference: layout.reference,
    title,
    titleFr,
    languages,
    ...header,
    ...facts,
    grade: header.grade ?? (facts.posts.length >= 2 ? gradeOfEveryPost(facts.posts, warnings) : null),
    selectionWindow: findSelectionWindow(body, header.deadline),
    sourceUrl,
    warnings,
  };
  return { ok: true, record, warnings };
}
