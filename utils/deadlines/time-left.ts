import { DAY, splitDuration, type Duration } from '../time/durations';
import { BRUSSELS, wallClock, zonedDateKey } from '../time/zones';

/**
 * How long until a vacancy closes, measured in real elapsed time (a DST switch in between makes
 * the wall-clock gap one hour longer or shorter than the elapsed one; the elapsed one is what the
 * applicant has).
 */
export type Urgency = 'closed' | 'under24h' | 'under72h' | 'under7d' | 'later' | 'unknown';

/** Milliseconds from now to closing (negative once closed); null when the deadline is unknown. */
export function msUntilClose(closesAt: string | null, now: Date): number | null {
  if (closesAt === null) return null;
  const at = Date.parse(closesAt);
  return Number.isNaN(at) ? null : at - now.getTime();
}

export function urgencyOf(closesAt: string | null, now: Date): Urgency {
  const left = msUntilClose(closesAt, now);
  if (left === null) return 'unknown';
  if (left <= 0) return 'closed';
  if (left < DAY) return 'under24h';
  if (left < 3 * DAY) return 'under72h';
  if (left < 7 * DAY) return 'under7d';
  return 'later';
}

export type TimeLeft =
  | { kind: 'unknown' }
  | { kind: 'closed' }
  /** Closes later on today's Brussels date; `time` is the Brussels closing time, "23:59". */
  | { kind: 'today'; time: string; left: Duration }
  | { kind: 'duration'; left: Duration };

export function timeLeft(closesAt: string | null, now: Date): TimeLeft {
  const left = msUntilClose(closesAt, now);
  if (left === null || closesAt === null) return { kind: 'unknown' };
  if (left <= 0) return { kind: 'closed' };
  const closing = new Date(closesAt);
  if (left < DAY && zonedDateKey(closing, BRUSSELS) === zonedDateKey(now, BRUSSELS)) {
    const { hour, minute } = wallClock(closing, BRUSSELS);
    const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
    return { kind: 'today', time, left: splitDuration(left) };
  }
  return { kind: 'duration', left: splitDuration(left) };
}
