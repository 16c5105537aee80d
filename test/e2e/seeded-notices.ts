import { fixture } from './harness';
import { parseNotice } from '../../utils/parse/parse-notice';
import { refusalLine } from '../unit/english-reason';

export const HOUR_MS = 3_600_000;

/**
 * A real notice as the parser reads it, with its closing moment moved to `closesInMs` from now:
 * the extension reads the real clock, and the fixtures' notices have all closed.
 */
export function noticeClosingIn(file: string, closesInMs: number) {
  const parsed = parseNotice(fixture(file));
  if (!parsed.ok) throw new Error(refusalLine(parsed.reason));
  const closesAt = new Date(Date.now() + closesInMs);
  const day = closesAt.toISOString().slice(0, 10);
  const essay = parsed.record.essay && { ...parsed.record.essay, dueDate: day };
  return { ...parsed.record, closesAt: closesAt.toISOString(), deadline: day, essay };
}
