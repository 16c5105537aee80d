import { STATION_ZONES } from './vocabulary';
/**
 * Dates as notices and the portal print them, in English and French:
 * `4-Jan-2026`, `06-avr.-2025`, `18-juin-2025`, `02-mars-2025`, `11-Oct-2026, 9:59:00 PM`,
 * `06 April 2025`, `6 avril 2025`, `1er avril 2025`, `April 6, 2025`, `18/06/2025`, `2025-06-18`.
 */

/** Month names and abbreviations (lower case, without the abbreviation dot). */
const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, janvier: 1, janv: 1,
  february: 2, feb: 2, février: 2, fevrier: 2, févr: 2, fevr: 2, fév: 2, fev: 2,
  march: 3, mar: 3, mars: 3,
  april: 4, apr: 4, avril: 4, avr: 4,
  may: 5, mai: 5,
  june: 6, jun: 6, juin: 6,
  july: 7, jul: 7, juillet: 7, juil: 7,
  august: 8, aug: 8, août: 8, aout: 8, aoû: 8,
  september: 9, sep: 9, sept: 9, septembre: 9,
  october: 10, oct: 10, octobre: 10,
  november: 11, nov: 11, novembre: 11,
  december: 12, dec: 12, décembre: 12, decembre: 12, déc: 12,
};

// Longest names first so "juillet" wins over "juil" and "mars" over "mar".
const MONTH_SOURCE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NOT_LETTER = '(?![a-zà-ÿ])';
const TIME_SOURCE = '(?:,?\\s*(?:(?:à|at)\\s*)?(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?\\s*([ap])?\\.?\\s*(?:m\\.?)?(?![a-z]))?';

/** `4-Jan-2026`, `06-avr.-2025`, `6 avril 2025`, `1er avril 2025`, with an optional time. */
const DAY_MONTH_YEAR = new RegExp(
  `\\b(\\d{1,2})(?:er|st|nd|rd|th)?[-\\s.]{1,3}(?:of\\s+)?(${MONTH_SOURCE})${NOT_LETTER}\\.?[-\\s.,]{1,3}(\\d{4})\\b${TIME_SOURCE}`,
  'i',
);
/** `April 6, 2025`. */
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_SOURCE})${NOT_LETTER}\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b${TIME_SOURCE}`, 'i');
/** `18/06/2025`, `18.06.2025`: NATO writes day first. */
const NUMERIC_DMY = new RegExp(`\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b${TIME_SOURCE}`);
const ISO_DATE = new RegExp(`\\b(\\d{4})-(\\d{2})-(\\d{2})\\b${TIME_SOURCE}`);

// A zone a notice names after its time ("23:59 CET", "12:00 hrs (Brussels time)", "23h59 heure de
// Bruxelles", "23:59 EDT"), as the IANA zone it means: NATO's "CET" is Brussels time, summer or
// winter, and "EST"/"EDT" the wall time of the US east coast (ACT, Norfolk).
// "12:00 noon Brussels time", "23:59 hours (Central European Time)" too.
// What may stand between a time and the zone it names: "hrs", "hours", "(noon)", a bracket.
const ZONE_LEAD = '^\\s*(?:(?:hrs?|hours)\\.?\\s*)?(?:\\(?(?:noon|midday|midi)\\)?\\s*)?\\(?\\s*';
const STATED_ZONE = new RegExp(`${ZONE_LEAD}(CEST|CET|Central European(?: Summer)? Time|HAEC|HEC|Brussels(?: local)?(?: time)?|heure de Bruxelles|GMT|UTC|BST|EST|EDT)(?![A-Za-z])`, 'i');
const ZONES: Readonly<Record<string, string>> = {
  cest: 'Europe/Brussels', cet: 'Europe/Brussels', haec: 'Europe/Brussels', hec: 'Europe/Brussels',
  gmt: 'UTC', utc: 'UTC', bst: 'Europe/London', est: 'America/New_York', edt: 'America/New_York',
};

// "Rome time", "Luxembourg local time", "heure de Rome": a duty station's clock (vocabulary.ts).
const STATIONS = STATION_ZONES.map((station) => ({ ...station, pattern: new RegExp(`^(?:${station.source})$`, 'i') }));
const STATION_NAMES = STATION_ZONES.map((s) => s.source).join('|');
const STATION_TIME = new RegExp(`${ZONE_LEAD}((${STATION_NAMES})(?: local)? time|heure de (${STATION_NAMES}))(?![A-Za-z])`, 'i');

function statedZone(after: string): { zone: string; printed: string } | null {
  const printed = STATED_ZONE.exec(after)?.[1];
  if (printed !== undefined) return { zone: ZONES[printed.toLowerCase()] ?? 'Europe/Brussels', printed };
  const station = STATION_TIME.exec(after);
  const name = station?.[2] ?? station?.[3];
  const zone = name === undefined ? undefined : STATIONS.find((s) => s.pattern.test(name))?.zone;
  return station?.[1] === undefined || zone === undefined ? null : { zone, printed: station[1] };
}

/**
 * A time printed before its date ("12:00 hrs (noon) Rome time on 20 March 2026", "23:59 CET on
 * Friday 20 March 2026"): it ends where the date starts, only "on", "le" or the weekday between,
 * and it opens the text read (a deadline's value, the words after a deadline cue), "before" or
 * "by" aside: a time inside a sentence ("Interviews will be held at 10:00 on …") is another's.
 */
const TIME_BEFORE_REACH = 80;
const TIME_BEFORE_DATE =
  /^[\s:,(]*(?:(?:before|by|until|till|no later than|not later than|at|avant|jusqu'à|à)\s+)*(\d{1,2})[:h.](\d{2})\s*(?:hrs?\.?\s*)?(?:\((?:noon|midday|midi)\)\s*)?(?:([ap])\.?\s*m\.?\s*)?([^\d\n.;:!?]{0,40}?)[\s,]*(?:on|le)?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:lun|mar|mercre|jeu|vendre|same)di|dimanche)?,?\s*(?:the\s*)?$/i;

export interface LocalTime {
  hour: number;
  minute: number;
  second: number;
}

export interface FoundDate {
  /** `YYYY-MM-DD` as printed (the calendar date in whatever zone the text is in). */
  date: string;
  /** The time of day when one is printed with the date. */
  time: LocalTime | null;
  /** The IANA zone the text names after the time ("23:59 CET" → Europe/Brussels), or null. */
  zone: string | null;
  /** That zone as the text prints it ("CET", "EDT", "heure de Bruxelles"). */
  zoneText: string | null;
  /** Where the date starts and ends in the searched text. */
  index: number;
  end: number;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `YYYY-MM-DD` for a real calendar date, or null (31 June, month 13 …). */
export function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function readTime(hour?: string, minute?: string, second?: string, meridiem?: string): LocalTime | null {
  if (hour === undefined || minute === undefined) return null;
  let h = Number(hour);
  const m = Number(minute);
  const s = second === undefined ? 0 : Number(second);
  if (meridiem !== undefined) {
    if (h < 1 || h > 12) return null;
    const pm = meridiem.toLowerCase() === 'p';
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (h > 23 || m > 59 || s > 59) return null;
  return { hour: h, minute: m, second: s };
}

function build(text: string, match: RegExpExecArray, year: string, month: number | undefined, day: string, timeAt: number): FoundDate | null {
  if (month === undefined) return null;
  const date = isoDate(Number(year), month, Number(day));
  if (date === null) return null;
  const end = match.index + match[0].length;
  const after = readTime(match[timeAt], match[timeAt + 1], match[timeAt + 2], match[timeAt + 3]);
  if (after !== null) {
    const stated = statedZone(text.slice(end, end + 40));
    return { date, time: after, zone: stated?.zone ?? null, zoneText: stated?.printed ?? null, index: match.index, end };
  }
  const before = match.index <= TIME_BEFORE_REACH ? TIME_BEFORE_DATE.exec(text.slice(0, match.index)) : null;
  const between = before?.[4]?.trim() ?? '';
  const stated = between === '' ? null : statedZone(between);
  // Words between the time and the date that are not a zone: the time is another matter's.
  const time = before === null || (between !== '' && stated === null) ? null : readTime(before[1], before[2], undefined, before[3]);
  return { date, time, zone: time === null ? null : (stated?.zone ?? null), zoneText: time === null ? null : (stated?.printed ?? null), index: match.index, end };
}

function monthNumber(name: string | undefined): number | undefined {
  return name === undefined ? undefined : MONTHS[name.toLowerCase()];
}

/**
 * The printed date shapes, each with where its year, month and day stand in the match; the time
 * of day, when printed, follows at group 4.
 */
const DATE_SHAPES: readonly { pattern: RegExp; parts: (m: RegExpExecArray) => [year: string, month: number | undefined, day: string] }[] = [
  { pattern: DAY_MONTH_YEAR, parts: (m) => [m[3] ?? '', monthNumber(m[2]), m[1] ?? ''] },
  { pattern: MONTH_DAY_YEAR, parts: (m) => [m[3] ?? '', monthNumber(m[1]), m[2] ?? ''] },
  { pattern: NUMERIC_DMY, parts: (m) => [m[3] ?? '', Number(m[2]), m[1] ?? ''] },
  { pattern: ISO_DATE, parts: (m) => [m[1] ?? '', Number(m[2]), m[3] ?? ''] },
];

function attempt(text: string): FoundDate[] {
  return DATE_SHAPES.flatMap(({ pattern, parts }) => {
    const m = pattern.exec(text);
    const found = m && build(text, m, ...parts(m), 4);
    return found ? [found] : [];
  });
}

/** The first date printed in `text` (any supported form), or null. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const d of attempt(text)) if (best === null || d.index < best.index) best = d;
  return best;
}

/** Regex source matching one month name, for other modules' patterns. */
export const MONTH_NAME_SOURCE = `(?:${MONTH_SOURCE})${NOT_LETTER}\\.?`;
