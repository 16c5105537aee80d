import { brusselsEndOfDay, zonedDateKey, zonedToInstant } from '../time/zones';
import type { Slot } from '../record/dated-step';

/**
 * What the candidate types into the stage and step forms, read into instants: pure, so the forms
 * stay thin and the rules are tested in tables (zones and DST included).
 */

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * The moment a stage was reached: now when the day given is today (in the candidate's zone), else
 * noon that day in their zone (the day is what counts, and noon keeps it that day in any reading);
 * null for no date or a day still to come.
 */
export function reachedAtFor(date: string, now: Date, timeZone: string): string | null {
  if (!DATE.test(date)) return null;
  const today = zonedDateKey(now, timeZone);
  if (date > today) return null;
  return date === today ? now.toISOString() : zonedToInstant(`${date}T12:00`, timeZone);
}

export type StepMomentKind = 'due' | 'slot' | 'day';

/**
 * A due (the time in `zone`; a date with no time is 23:59 Brussels that day, as a deadline
 * printed without a time is), a slot's start (a time is then needed), or a whole day. Null when
 * the entry gives no moment.
 */
export function stepMoment(kind: StepMomentKind, date: string, time: string, zone: string): { due: string | null; slot: Slot | null } | null {
  if (!DATE.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return null;
  if (kind === 'day') return { due: null, slot: { date } };
  if (time === '') return kind === 'due' ? { due: brusselsEndOfDay(date), slot: null } : null;
  if (!TIME.test(time)) return null;
  const instant = zonedToInstant(`${date}T${time}`, zone);
  if (instant === null) return null;
  return kind === 'due' ? { due: instant, slot: null } : { due: null, slot: { start: instant, end: null } };
}

/** A step id no other step of the vacancy has: base 36 of the moment it was entered. */
export function newStepId(now: Date, taken: readonly string[]): string {
  let n = now.getTime();
  while (taken.includes(`s${n.toString(36)}`)) n += 1;
  return `s${n.toString(36)}`;
}
