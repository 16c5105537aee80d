import type { ParsedVacancy } from '../record/vacancy-record';
import { parseNotice } from '../parse/parse-notice';
import { noticeTextFromDocument, pageTimeZoneFromDocument } from '../parse/page-text';
import { fallbackHeaderText, referenceFromUrl } from '../portal/detail-page';

export type DetailReading =
  | { ok: true; record: ParsedVacancy; warnings: string[] }
  | { ok: false; error: string; warnings: string[] };

/**
 * Reads a detail page text-first; when the text is not a readable notice (a page Taleo has
 * only half filled, another theme), falls back to the stable ids and the inline data, and
 * saves what those give with a warning — a page we cannot read fully still saves what it can.
 */
export function readDetailPage(doc: Document, url: URL): DetailReading {
  const pageTimeZone = pageTimeZoneFromDocument(doc) ?? undefined;
  const options = { sourceUrl: url.href, pageTimeZone };
  const urlReference = referenceFromUrl(url);
  const primary = parseNotice(noticeTextFromDocument(doc), options);
  if (primary.ok) {
    const warnings = [...primary.warnings];
    if (urlReference && primary.record.reference !== urlReference) {
      warnings.push(`reference: the page address says ${urlReference} but the notice says ${primary.record.reference}; the notice's was kept`);
    }
    return { ok: true, record: { ...primary.record, warnings }, warnings };
  }
  const fallback = parseNotice(fallbackHeaderText(doc, url), options);
  if (fallback.ok) {
    const warnings = [`The notice text could not be read (${primary.message}); only the header fields were saved.`, ...fallback.warnings];
    return { ok: true, record: { ...fallback.record, warnings }, warnings };
  }
  return { ok: false, error: primary.message, warnings: [] };
}
