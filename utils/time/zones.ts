/**
 * The one home of time-zone arithmetic (parser, countdowns, reminders, essay check), with Intl
 * only (no tz library in the extension bundle).
 * Applications close at 23:59 Brussels time on the deadline day; the portal shows date-times in the
 * viewer's own zone. Zones are IANA names ("Europe/Brussels") or fixed offsets as the portal sends
 * them ("GMT+02:00"; also "UTC", "GMT", "+0200", "UTC+2").
 */

export const BRUSSELS = 'Europe/Brussels';

const FIXED_OFFSET = /^(?:(?:GMT|UTC|Z)\s*)?(?:([+-])(\d{1,2})(?::?(\d{2}))?)?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

// Building a DateTimeFormat costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-GB', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Minutes east of UTC for a fixed-offset zone ("GMT+02:00" → 120), or null if not one. */
function fixedOffsetMinutes(timeZone: string): number | null {
  const m = FIXED_OFFSET.exec(timeZone.trim());
  if (!m || timeZone.trim() === '') return null;
  if (m[1] === undefined) return 0;
  const hours = Number(m[2]);
  const minutes = m[3] === undefined ? 0 : Number(m[3]);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function partsOf(formatter: Intl.DateTimeFormat, epochMs: number): ZonedParts {
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/**
 * The wall-clock reading of an instant in an IANA zone — the one place the code base asks Intl
 * for zone parts (the popup's countdowns use it too). Throws for a zone Intl does not know.
 */
export function zonedParts(instant: Date | number, timeZone: string): ZonedParts {
  const formatter = formatterFor(timeZone);
  if (formatter === null) throw new RangeError(`unknown time zone: ${timeZone}`);
  return partsOf(formatter, typeof instant === 'number' ? instant : instant.getTime());
}

/** Offset of an IANA zone at an instant, in milliseconds east of UTC. */
function zoneOffsetMs(formatter: Intl.DateTimeFormat, epochMs: number): number {
  const parts = partsOf(formatter, epochMs);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return wall - Math.floor(epochMs / 1000) * 1000;
}

/** True when `timeZone` is an IANA name or a fixed offset this module understands. */
export function isKnownTimeZone(timeZone: string): boolean {
  return fixedOffsetMinutes(timeZone) !== null || formatterFor(timeZone) !== null;
}

/**
 * The instant (ISO, `…Z`) at which the wall-clock time `localDateTime` (`YYYY-MM-DDTHH:MM[:SS]`)
 * occurs in `timeZone`; null for an unknown zone or a malformed time.
 */
export function zonedToInstant(localDateTime: string, timeZone: string): string | null {
  const m = LOCAL_DATE_TIME.exec(localDateTime);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
  if (Number.isNaN(wall)) return null;
  const fixed = fixedOffsetMinutes(timeZone);
  if (fixed !== null) return new Date(wall - fixed * 60_000).toISOString();
  const formatter = formatterFor(timeZone);
  if (formatter === null) return null;
  // Guess with the offset at the wall time read as UTC, then correct once for a DST change between
  // the two (this also moves a time inside a spring-forward gap forward, as browsers do).
  const firstOffset = zoneOffsetMs(formatter, wall);
  const secondOffset = zoneOffsetMs(formatter, wall - firstOffset);
  return new Date(wall - secondOffset).toISOString();
}

// Deadlines repeat (every capture of a vacancy, every results row): remember the last few hundred.
const endOfDayCache = new Map<string, string | null>();
const END_OF_DAY_CACHE_SIZE = 512;

/** 23:59 in Brussels on `isoDate` (`YYYY-MM-DD`), as an ISO instant; null for a malformed date. */
export function brusselsEndOfDay(isoDate: string): string | null {
  const cached = endOfDayCache.get(isoDate);
  if (cached !== undefined) return cached;
  const instant = ISO_DATE.test(isoDate) ? zonedToInstant(`${isoDate}T23:59:00`, BRUSSELS) : null;
  if (endOfDayCache.size >= END_OF_DAY_CACHE_SIZE) endOfDayCache.clear();
  endOfDayCache.set(isoDate, instant);
  return instant;
}

/** The Brussels calendar date (`YYYY-MM-DD`) of an instant. */
export function brusselsDate(instant: string | Date): string {
  const epochMs = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  const formatter = formatterFor(BRUSSELS);
  if (formatter === null || Number.isNaN(epochMs)) throw new RangeError(`not an instant: ${String(instant)}`);
  const local = new Date(epochMs + zoneOffsetMs(formatter, epochMs));
  return local.toISOString().slice(0, 10);
}

/** An instant's wall clock in a zone, to the minute (countdowns, closing moments). */
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
