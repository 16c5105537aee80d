import { BRUSSELS, zonedParts } from '../parse/brussels-time';

/**
 * Wall-clock parts of an instant in a named time zone, through Intl so daylight saving comes from
 * the platform's tz database instead of hand-written rules. The parser's cached formatters serve
 * both: the popup formats two moments per row and may hold thousands of rows.
 */
export { BRUSSELS };

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

export function wallClock(instant: Date, timeZone: string): WallClock {
  const { year, month, day, hour, minute } = zonedParts(instant, timeZone);
  return { year, month, day, hour, minute };
}

/** "2026-01-04": the calendar day an instant falls on in a zone. */
export function zonedDateKey(instant: Date, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The zone the browser runs in; components accept an override so tests pick the zone. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

