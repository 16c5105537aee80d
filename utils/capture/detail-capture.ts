import type { ParsedVacancy } from '../record/vacancy-record';
import { parseNotice } from '../parse/parse-notice';
import { warningText } from '../parse/warning-templates';
import { snapshotDetailPage, type PageSnapshot } from '../portal/page-snapshot';

export type DetailReading =
  | { ok: true; record: ParsedVacancy; warnings: string[] }
  | { ok: false; error: string; warnings: string[] };

/**
 * Reads a detail page's snapshot text-first; when the text is not a readable notice (a page
 * Taleo has only half filled, another theme), falls back to the header rebuilt from stable
 * ids and inline data, and saves what that gives with a warning — a page we cannot read fully
 * still saves what it can.
 */
export function parseDetailSnapshot(snapshot: PageSnapshot): DetailReading {
  const options = { sourceUrl: snapshot.sourceUrl, pageTimeZone: snapshot.pageTimeZone ?? undefined };
  const primary = parseNotice(snapshot.text, options);
  const cut = snapshot.textCut ? [warningText('pageTextCut', { size: snapshot.text.length })] : [];
  if (primary.ok) {
    const warnings = [...cut, ...primary.warnings];
    if (snapshot.urlReference && primary.record.reference !== snapshot.urlReference) {
      warnings.push(warningText('referenceMismatch', { address: snapshot.urlReference, notice: primary.record.reference }));
    }
    return { ok: true, record: { ...primary.record, warnings }, warnings };
  }
  const fallback = parseNotice(snapshot.fallbackText, options);
  if (fallback.ok) {
    const warnings = [...cut, warningText('noticeUnreadable', { reason: primary.message }), ...fallback.warnings];
    return { ok: true, record: { ...fallback.record, warnings }, warnings };
  }
  return { ok: false, error: primary.message, warnings: [] };
}

/** Both steps at once, for tests and tools that hold the page themselves. */
export function readDetailPage(doc: Document, url: URL): DetailReading {
  return parseDetailSnapshot(snapshotDetailPage(doc, url));
}
