import { DAY } from '../time/durations';
import { splitDuration, type Duration } from '../format/durations';
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

/**
 * The urgency bands, most urgent first: a vacancy is in a band while the time left is under its
 * limit. The countdown's label and colour, and the badge's count, colour and next change, all
 * read this one table.
 */
export const URGENCY_LIMITS = { under24h: DAY, under72h: 3 * DAY, under7d: 7 * DAY } as const;
export type NearUrgency = keyof typeof URGENCY_LIMITS;
const BANDS = Object.entries(URGENCY_LIMITS) as [NearUrgency, number][];

/** The band of a time left (milliseconds; zero or less is closed). */
export function urgencyOfLeft(left: number): Exclude<Urgency, 'unknown'> {
  if (left <= 0) return 'closed';
  return BANDS.find(([, limit]) => left < limit)?.[0] ?? 'later';
}

export function urgencyOf(closesAt: string | null, now: Date): Urgency {
  const left = msUntilClose(closesAt, now);
  return left === null ? 'unknown' : urgencyOfLeft(left);
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
