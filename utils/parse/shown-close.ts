import { brusselsDate, brusselsEndOfDay, isKnownTimeZone, zonedToInstant } from '../time/zones';
import type { FoundDate, LocalTime } from './dates';
import { warning, type Warning } from './warning-templates';

/**
 * The closing moment behind a shown date and time (the one home of this rule; the notice
 * parser and the results rows both use it). The portal shows a deadline in the viewer's own
 * zone, and every NATO close seen is 23:59 Brussels:
 * - a date without a time is 23:59 Brussels that day;
 * - a time read in the page's zone that lands on 23:59 Brussels is taken as it is;
 * - otherwise (no zone, an unknown zone, or a zone the time does not fit — a page said `CET`
 *   while showing UTC+3 times) the close is the 23:59-Brussels instant this wall time shows in
 *   some real zone, UTC−12 … UTC+14 in quarter hours; of two such instants the earlier, so a
 *   close is never later than the real one (a viewer east of Brussels sees the next date);
 * - a time that is no 23:59 Brussels close in any zone is read in the page's zone when it has
 *   one, else as the earliest instant it can be (UTC+14).
 * Snapping is for the zone of a *page*, which shows the viewer's clock. A zone the notice's own
 * text names beside its time ("23:59 EDT", "12:00 hrs (CET)") is the notice's statement of its
 * close: read as stated in that zone ('stated'), its date the one printed.
 */
export type CloseReading = 'exact' | 'dateOnly' | 'snapped' | 'zoneTrusted' | 'earliest' | 'stated';
/** Where the zone of a shown time comes from: the page the notice is on, or the notice's own text. */
export type ZoneSource = 'page' | 'notice';

export interface ShownClose {
  /**
   * The record's deadline day: the date as printed when the notice states its own zone
   * ("23:59 EDT on 15 September" is 15 September, though it closes on the 16th in Brussels),
   * else the Brussels date of the close.
   */
  deadline: string;
  closesAt: string | null;
  reading: CloseReading;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const EARLIEST_OFFSET = 14 * HOUR;
const LATEST_OFFSET = -12 * HOUR;
const ZONE_STEP = 15 * MINUTE;

const pad = (n: number) => String(n).padStart(2, '0');

function localDateTime(date: string, time: LocalTime): string {
  return `${date}T${pad(time.hour)}:${pad(time.minute)}:${pad(time.second)}`;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** True when the instant is 23:59 on its Brussels day. */
function isBrusselsClose(instant: string): boolean {
  return brusselsEndOfDay(brusselsDate(instant)) === new Date(Math.floor(Date.parse(instant) / MINUTE) * MINUTE).toISOString();
}

/** The 23:59-Brussels instants this wall time shows in some real zone, earliest first. */
function closesShownAs(date: string, time: LocalTime): string[] {
  const wallAsUtc = Date.parse(`${localDateTime(date, time)}Z`);
  const found: string[] = [];
  for (const day of [-1, 0, 1]) {
    const close = brusselsEndOfDay(addDays(date, day));
    if (close === null) continue;
    const offset = wallAsUtc - Date.parse(close);
    if (offset <= EARLIEST_OFFSET && offset >= LATEST_OFFSET && offset % ZONE_STEP === 0) found.push(close);
  }
  return found.sort();
}

/** Whether the page's zone (an IANA name, `GMT+03:00`, `CET`, …) is one this code can read. */
export function usableZone(zone: string | null | undefined): zone is string {
  return typeof zone === 'string' && zone.trim() !== '' && isKnownTimeZone(zone.trim());
}

export function closeFromShown(date: string, time: LocalTime | null, pageTimeZone: string | null | undefined, source: ZoneSource = 'page'): ShownClose {
  if (time === null) return { deadline: date, closesAt: brusselsEndOfDay(date), reading: 'dateOnly' };
  const zone = usableZone(pageTimeZone) ? pageTimeZone.trim() : null;
  const inZone = zone === null ? null : zonedToInstant(localDateTime(date, time), zone);
  if (inZone !== null && isBrusselsClose(inZone)) return { deadline: brusselsDate(inZone), closesAt: inZone, reading: 'exact' };
  if (inZone !== null && source === 'notice') return { deadline: date, closesAt: inZone, reading: 'stated' };
  const snapped = closesShownAs(date, time)[0];
  if (snapped !== undefined) return { deadline: brusselsDate(snapped), closesAt: snapped, reading: 'snapped' };
  if (inZone !== null) return { deadline: brusselsDate(inZone), closesAt: inZone, reading: 'zoneTrusted' };
  const earliest = new Date(Date.parse(`${localDateTime(date, time)}Z`) - EARLIEST_OFFSET).toISOString();
  return { deadline: brusselsDate(earliest), closesAt: earliest, reading: 'earliest' };
}

/** The warning a reading deserves: none when the time was read in a zone that fits it. */
export function closeWarning(found: FoundDate, pageTimeZone: string | null | undefined, close: ShownClose): Warning | null {
  if (found.time === null) return null;
  const time = `${pad(found.time.hour)}:${pad(found.time.minute)}:${pad(found.time.second)}`;
  const zone = usableZone(pageTimeZone) ? pageTimeZone.trim() : null;
  if (close.reading === 'snapped') {
    return zone === null
      ? warning('zoneUnknownSnapped', { time, date: close.deadline })
      : warning('zoneSnapped', { time, zone, date: close.deadline });
  }
  if (close.reading === 'earliest') return warning('zoneUnknownEarliest', { time });
  if (close.reading === 'stated') return warning('zoneStatedInNotice', { time, zone: found.zoneText ?? zone ?? '' });
  return null;
}
