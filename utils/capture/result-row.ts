import type { ResultRow } from '../record/stored-vacancy';
import type { Warning } from '../parse/warning-templates';
import { findDate } from '../parse/dates';
import { parseGrade } from '../parse/grades';
import { closeFromShown, closeWarning } from '../parse/shown-close';
import type { RawResultRow } from '../portal/results-page';
import { detailPageUrl } from '../portal/urls';

/**
 * A results-page row as the record's partial shape. The row shows the deadline in the
 * browser's zone (the page's `tz`): read by the one rule for shown times (parse/shown-close.ts).
 */
export function toResultRow(raw: Omit<RawResultRow, 'element'>, pageTimeZone: string | null, listUrl: URL): ResultRow | null {
  const { deadline, closesAt, warning } = readDeadline(raw.deadlineText, pageTimeZone);
  const grade = raw.gradeText ? parseGrade(raw.gradeText).grade : null;
  // Checked against ResultRowSchema by the background, which refuses a malformed row.
  if (!/^\d{4,8}$/.test(raw.reference) || raw.title.trim() === '') return null;
  return {
    reference: raw.reference,
    title: raw.title.replace(/\s+/g, ' ').trim(),
    location: raw.location,
    organisation: raw.organisation,
    deadline,
    closesAt,
    grade,
    sourceUrl: detailPageUrl(listUrl, raw.reference),
    ...(warning === null ? {} : { warnings: [warning] }),
  };
}

function readDeadline(text: string | null, pageTimeZone: string | null): { deadline: string | null; closesAt: string | null; warning: Warning | null } {
  const found = text ? findDate(text) : null;
  if (!found) return { deadline: null, closesAt: null, warning: null };
  const close = closeFromShown(found.date, found.time, pageTimeZone);
  return { deadline: close.deadline, closesAt: close.closesAt, warning: closeWarning(found, pageTimeZone, close) };
}
