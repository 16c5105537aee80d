import type { KeyedVacancy } from '../record/vacancy-record';
import { withKey } from '../record/keyed-vacancy';
import { parseNotice } from '../parse/parse-notice';
import { refusal, type Refusal } from '../parse/refusal';
import { warning, type Warning } from '../parse/warning-templates';
import type { PageSnapshot } from '../portal/page-snapshot';

export type DetailReading =
  | { ok: true; record: KeyedVacancy; warnings: Warning[] }
  | { ok: false; reason: Refusal; warnings: Warning[] };

/**
 * Reads a detail page's snapshot text-first; when the text is not a readable notice (a page
 * Taleo has only half filled, another theme), falls back to the header rebuilt from stable
 * ids and inline data, and saves what that gives with a warning — a page we cannot read fully
 * still saves what it can.
 */
export function parseDetailSnapshot(snapshot: PageSnapshot): DetailReading {
  const options = { sourceUrl: snapshot.sourceUrl, pageTimeZone: snapshot.pageTimeZone ?? undefined };
  const primary = parseNotice(snapshot.text, options);
  const cut = snapshot.textCut ? [warning('pageTextCut', { size: snapshot.text.length })] : [];
  // The page address names the vacancy when the text prints no reference.
  const primaryRecord = primary.ok ? withKey(primary.record, { reference: snapshot.urlReference }) : null;
  if (primary.ok && primaryRecord !== null) {
    const warnings = [...cut, ...primary.warnings];
    if (snapshot.urlReference && primary.record.reference !== null && primary.record.reference !== snapshot.urlReference) {
      warnings.push(warning('referenceMismatch', { address: snapshot.urlReference, notice: primary.record.reference }));
    }
    return { ok: true, record: { ...primaryRecord, warnings }, warnings };
  }
  // The reason is kept as its id and values, worded when the warning is shown.
  const reason = primary.ok ? refusal('noKey') : primary.reason;
  const fallback = parseNotice(snapshot.fallbackText, options);
  const fallbackRecord = fallback.ok ? withKey(fallback.record, { reference: snapshot.urlReference }) : null;
  if (fallback.ok && fallbackRecord !== null) {
    const warnings = [...cut, warning('noticeUnreadable', { ...reason.values, reason: reason.id }), ...fallback.warnings];
    return { ok: true, record: { ...fallbackRecord, warnings }, warnings };
  }
  return { ok: false, reason, warnings: [] };
}
