import type { ParsedVacancy } from '../record/vacancy-record';
import { readBodyFacts } from './body-fields';
import type { Block } from './blocks';
import { toBlocks } from './blocks';
import { readHeaderFacts } from './header-fields';
import type { NoticeLayout } from './layout';
import { findLayout } from './layout';
import { normaliseNotice } from './normalise';
import { warningText } from './warning-templates';

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
  | { ok: true; record: ParsedVacancy; warnings: string[] }
  | { ok: false; error: 'not-a-notice'; message: string };

const NOTICE_SECTION = /VACANCY NOTIFICATION|NOTIFICATION DE LA VACANCE|SUMMARY|QUALIFICATIONS|ACCOUNTABILITIES|COMPETENCIES|ESSENTIAL|DUTIES|RÉSUMÉ|COMPÉTENCES|ACQUIS ESSENTIELS/i;

function notANotice(message: string): ParseResult {
  return { ok: false, error: 'not-a-notice', message };
}

function hasNoticeShape(layout: NoticeLayout, blocks: readonly Block[]): boolean {
  if ((layout.en?.header.labelCount ?? 0) + (layout.fr?.header.labelCount ?? 0) > 0) return true;
  return blocks.some((b) => b.kind === 'heading' && NOTICE_SECTION.test(b.text));
}

function isWebUrl(text: string): boolean {
  try {
    return /^https?:$/.test(new URL(text).protocol);
  } catch {
    return false;
  }
}

function checkedSourceUrl(sourceUrl: string | undefined, warnings: string[]): string | null {
  if (sourceUrl === undefined || sourceUrl === '') return null;
  if (isWebUrl(sourceUrl)) return sourceUrl;
  warnings.push(warningText('sourceUrlNotUrl', { value: sourceUrl.slice(0, 80) }));
  return null;
}

/**
 * Reads `text` into a record, or says in one line why it is not a vacancy notice — without
 * the schema check, so content scripts carry no zod: the background checks every record it
 * receives against the schema, and `parseNotice` checks it everywhere else.
 */
export function readNotice(text: string, options: ParseOptions = {}): ParseResult {
  if (typeof text !== 'string' || text.trim() === '') return notANotice('the text is empty');
  const { lines, headingLines } = normaliseNotice(text);
  const layout = findLayout(lines, options.sourceUrl);
  if (layout === null) {
    return notANotice('no title line with a vacancy reference (e.g. "Officer, Defence Policy - 251836")');
  }
  const main = layout.en ?? layout.fr;
  const title = layout.en?.title ?? layout.fr?.title ?? null;
  if (main === null || title === null) return notANotice(`no title line for reference ${layout.reference}`);
  const blocks = toBlocks(lines, headingLines, main.start, main.end);
  if (!hasNoticeShape(layout, blocks)) {
    return notANotice(`"${title.slice(0, 60)} (${layout.reference})" has neither a notice header (Application Deadline, Grade, …) nor notice sections`);
  }

  const warnings: string[] = [];
  if (layout.en === null) warnings.push(warningText('noEnglishHalf'));
  else if (layout.en.title === null) warnings.push(warningText('noEnglishTitle'));
  const frenchBody = layout.fr !== null && layout.fr.start < layout.fr.end;
  const titleFr = layout.fr?.title ?? null;
  if (layout.fr === null) warnings.push(warningText('noFrenchHalf'));
  else if (titleFr === null) warnings.push(warningText('noFrenchTitle'));
  const languages: ('en' | 'fr')[] = [];
  if (layout.en !== null) languages.push('en');
  if (frenchBody) languages.push('fr');

  const body = blocks.map((b) => b.text).join('\n');
  const header = readHeaderFacts(layout, body, options.pageTimeZone, warnings);
  const facts = readBodyFacts(blocks, title, layout.reference, header.deadline, warnings);
  const sourceUrl = checkedSourceUrl(options.sourceUrl, warnings);

  const record: ParsedVacancy = {
    reference: layout.reference,
    title,
    titleFr,
    languages,
    ...header,
    ...facts,
    sourceUrl,
    warnings,
  };
  return { ok: true, record, warnings };
}
