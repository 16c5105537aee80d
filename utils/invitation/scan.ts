import { MONTH_NAME_SOURCE } from '../parse/dates';
import { monthOf } from '../parse/selection-window';
import { zoneAtStart, type StatedZone } from './zone-words';

/**
 * The dated words of an invitation, as printed: dates (with or without a year or weekday), times
 * of day and their ranges with the zone printed after them, exact durations, and deadlines
 * counted from receipt. Pure reading; what they mean is read-invitation.ts's business.
 */

const WEEKDAYS: readonly string[][] = [
  ['sunday', 'sun', 'dimanche', 'dim'],
  ['monday', 'mon', 'lundi', 'lun'],
  ['tuesday', 'tue', 'tues', 'mardi', 'mar'],
  ['wednesday', 'wed', 'mercredi', 'mer'],
  ['thursday', 'thu', 'thur', 'thurs', 'jeudi', 'jeu'],
  ['friday', 'fri', 'vendredi', 'ven'],
  ['saturday', 'sat', 'samedi', 'sam'],
];
const WEEKDAY_SOURCE = WEEKDAYS.flat().sort((a, b) => b.length - a.length).join('|');

function weekdayOf(word: string | undefined): number | null {
  if (word === undefined) return null;
  const index = WEEKDAYS.findIndex((names) => names.includes(word.toLowerCase()));
  return index < 0 ? null : index;
}

export interface DateMention {
  year: number | null;
  month: number;
  day: number;
  /** The first day of a printed span of days in the same month ("14 and 15 April"). */
  firstDay?: number;
  /** 0 = Sunday, as printed; null when no weekday is printed. */
  weekday: number | null;
  index: number;
  end: number;
}

const WD = `(?:(${WEEKDAY_SOURCE})\\.?,?\\s+(?:the\\s+|le\\s+)?)?`;
const ORD = '(?:st|nd|rd|th|er|re)?';
const YEAR = '(?:,?\\s+(20\\d{2})(?!\\d|\\s*h))?';
/** "14 and 15 April", "14-15 April", "du 14 au 15 avril": the first day of a span of days. */
const FIRST_DAY = `(?:(\\d{1,2})${'(?:st|nd|rd|th|er|re)?'}\\s*(?:-|–|and|to|et|au|&)\\s*(?:the\\s+|le\\s+)?)?`;
const DAY_MONTH = new RegExp(`(?<![\\d:.])\\b${WD}${FIRST_DAY}(\\d{1,2})${ORD}\\s+(?:of\\s+)?(${MONTH_NAME_SOURCE})${YEAR}`, 'gi');
const MONTH_DAY = new RegExp(`\\b${WD}(${MONTH_NAME_SOURCE})\\s+(\\d{1,2})${ORD}(?![\\d:.h])${YEAR}`, 'gi');
const NUMERIC = new RegExp(`\\b${WD}(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})\\b`, 'gi');
const ISO = new RegExp(`\\b${WD}(\\d{4})-(\\d{2})-(\\d{2})\\b`, 'gi');

type Reader = (m: RegExpExecArray) => Omit<DateMention, 'index' | 'end'> | null;
const DATE_SHAPES: readonly [RegExp, Reader][] = [
  [ISO, (m) => ({ weekday: weekdayOf(m[1]), year: Number(m[2]), month: Number(m[3]), day: Number(m[4]) })],
  [NUMERIC, (m) => ({ weekday: weekdayOf(m[1]), year: Number(m[4]), month: Number(m[3]), day: Number(m[2]) })],
  [DAY_MONTH, (m) => {
    const month = monthOf(m[4] ?? '');
    if (month === null) return null;
    const firstDay = m[2] === undefined ? undefined : Number(m[2]);
    return { weekday: weekdayOf(m[1]), year: m[5] === undefined ? null : Number(m[5]), month, day: Number(m[3]), ...(firstDay === undefined || firstDay < 1 || firstDay >= Number(m[3]) ? {} : { firstDay }) };
  }],
  [MONTH_DAY, (m) => { const month = monthOf(m[2] ?? ''); return month === null ? null : { weekday: weekdayOf(m[1]), year: m[4] === undefined ? null : Number(m[4]), month, day: Number(m[3]) }; }],
];

/** Every date printed in `text`, in order; a shape read first keeps its characters. */
export function findDates(text: string): DateMention[] {
  const taken: DateMention[] = [];
  for (const [pattern, read] of DATE_SHAPES) {
    for (const m of text.matchAll(pattern)) {
      const index = m.index;
      const end = index + m[0].length;
      if (taken.some((t) => index < t.end && end > t.index)) continue;
      const parts = read(m as RegExpExecArray);
      if (parts !== null && parts.month >= 1 && parts.month <= 12 && parts.day >= 1 && parts.day <= 31) taken.push({ ...parts, index, end });
    }
  }
  return taken.sort((a, b) => a.index - b.index);
}

export interface ClockTime {
  hour: number;
  minute: number;
}

export interface TimeMention {
  start: ClockTime;
  /** The end of a printed range ("10:00–11:30", "from 9:30 to 11:00"). */
  end: ClockTime | null;
  zone: StatedZone | null;
  /** A second time and zone printed for the same moment ("10:00 CET (09:00 GMT)"). */
  also: { time: ClockTime; zone: StatedZone } | null;
  index: number;
  end_: number;
}

const MERIDIEM = '(?:\\s*([ap])\\.?\\s*m\\b\\.?)';
const CLOCK_SOURCE = `(?:(\\d{1,2})[:.h](\\d{2})${MERIDIEM}?(?:\\s*(?:hrs?|hours|heures)\\b\\.?)?|(\\d{1,2})${MERIDIEM}|(\\d{1,2})\\s*h(?![\\p{L}\\d])|([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hrs?|hours)\\b|(noon|midday|midi))`;
const CLOCK = new RegExp(`(?<![\\d:.,/])${CLOCK_SOURCE}`, 'giu');
const RANGE_JOIN = /^\s*(?:-|–|—|to|until|till|and|à|au|et|jusqu'à)\s*/i;

function clockOf(m: RegExpExecArray | RegExpMatchArray, offset = 0): ClockTime | null {
  const g = (i: number) => m[offset + i];
  let hour: number;
  let minute = 0;
  let meridiem: string | undefined;
  if (g(1) !== undefined) [hour, minute, meridiem] = [Number(g(1)), Number(g(2)), g(3)];
  else if (g(4) !== undefined) [hour, meridiem] = [Number(g(4)), g(5)];
  else if (g(6) !== undefined) hour = Number(g(6));
  else if (g(7) !== undefined) [hour, minute] = [Number(g(7)), Number(g(8))];
  else if (g(9) !== undefined) hour = 12;
  else return null;
  if (meridiem !== undefined) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  return hour > 23 || minute > 59 ? null : { hour, minute };
}

const CLOCK_AT_START = new RegExp(`^${CLOCK_SOURCE}`, 'iu');
const SECOND_ZONE = /^\s*(?:\(|\/|or|,|;)\s*/i;

/** Every time of day in `text` outside the dates already found. */
export function findTimes(text: string, dates: readonly DateMention[]): TimeMention[] {
  const times: TimeMention[] = [];
  for (const m of text.matchAll(CLOCK)) {
    const index = m.index;
    if (dates.some((d) => index >= d.index && index < d.end)) continue;
    const start = clockOf(m);
    if (start === null) continue;
    let cursor = index + m[0].length;
    let end: ClockTime | null = null;
    const join = RANGE_JOIN.exec(text.slice(cursor));
    if (join !== null) {
      const second = CLOCK_AT_START.exec(text.slice(cursor + join[0].length));
      const time = second === null ? null : clockOf(second);
      if (second !== null && time !== null) {
        end = time;
        cursor += join[0].length + second[0].length;
      }
    }
    const zone = zoneAtStart(text.slice(cursor, cursor + 60));
    let also: TimeMention['also'] = null;
    if (zone !== null) {
      const afterZone = text.indexOf(zone.printed, cursor) + zone.printed.length;
      const lead = SECOND_ZONE.exec(text.slice(afterZone));
      const again = lead === null ? null : CLOCK_AT_START.exec(text.slice(afterZone + lead[0].length));
      const time = again === null ? null : clockOf(again);
      if (lead !== null && again !== null && time !== null) {
        const otherZone = zoneAtStart(text.slice(afterZone + lead[0].length + again[0].length, afterZone + lead[0].length + again[0].length + 60));
        if (otherZone !== null) also = { time, zone: otherZone };
        if (otherZone !== null) cursor = afterZone + lead[0].length + again[0].length;
      }
      if (also === null) cursor = afterZone;
    }
    if (times.some((t) => index < t.end_)) continue;
    times.push({ start, end, zone, also, index, end_: cursor });
  }
  return times;
}

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, fourteen: 14, twenty: 20, thirty: 30,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, dix: 10, quinze: 15, vingt: 20, trente: 30,
};
const NUMBER = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const numberOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

export interface RelativeDeadline {
  amount: number;
  unit: 'hours' | 'calendar-days' | 'working-days';
  index: number;
}

const WITHIN = new RegExp(
  `\\b(?:within|in\\s+the\\s+next|dans\\s+(?:les|un\\s+délai\\s+de)|sous)\\s+${NUMBER}\\s*(?:\\(\\d+\\)\\s*)?(?:(calendar|working|business)\\s+)?(hours?|heures?|days?|jours?)(?:\\s+(calendaires|ouvrables|ouvrés))?`,
  'gi',
);

/** "within 48 hours of receipt", "within 5 calendar days", "dans les 5 jours ouvrables". */
export function findRelativeDeadlines(text: string): RelativeDeadline[] {
  return [...text.matchAll(WITHIN)].map((m) => {
    const hours = /^h/i.test(m[3] ?? '');
    const working = /working|business/i.test(m[2] ?? '') || /ouvr/i.test(m[4] ?? '');
    return { amount: numberOf(m[1] ?? '0'), unit: hours ? 'hours' : working ? 'working-days' : 'calendar-days', index: m.index };
  });
}

/** "The test lasts 90 minutes", "d'une durée de 2 heures": exact; "about 45 minutes" is not. */
const DURATION = /\b(?:(?:will\s+)?last(?:s|ing)?|duration\s+(?:of|is)|(?:will\s+)?take|durée\s+(?:de|est\s+de)|durera|dure)\s*:?\s*(approximately\s+|about\s+|around\s+|up\s+to\s+|maximum\s+|max\.?\s+|at\s+most\s+|environ\s+|approximativement\s+|jusqu'à\s+|au\s+maximum\s+|un\s+maximum\s+de\s+)?(\d{1,3})\s*(hours?|hrs?|heures?|h|minutes?|mins?)(?:\s*(?:and\s+|et\s+)?(\d{1,2})\s*(?:minutes?|mins?))?/i;

/** The exact duration a sentence prints, in minutes, or null. */
export function exactDurationMinutes(sentence: string): number | null {
  const m = DURATION.exec(sentence);
  if (m === null || m[1] !== undefined) return null;
  const amount = Number(m[2]);
  const hours = /^h/i.test(m[3] ?? '');
  return hours ? amount * 60 + Number(m[4] ?? 0) : amount;
}
