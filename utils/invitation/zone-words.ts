import { STATION_ZONES } from '../parse/vocabulary';
import { BRUSSELS } from '../time/zones';

/**
 * The zone words an invitation prints after a time, and the zone each means on that date. "CET"
 * and "CEST" both mean Brussels civil time whatever the season: senders use "CET" as a year-round
 * label, and Brussels wall-clock time gives the earlier instant in summer. "EST" is US Eastern
 * standard time (UTC−5), as printed; "ET" / "Eastern Time" follows New York's clock.
 */

export interface StatedZone {
  /** An IANA zone or a fixed offset zones.ts understands ("GMT-05:00"). */
  zone: string;
  /** The words as printed. */
  printed: string;
}

const ABBREVIATIONS: readonly { source: string; zone: string }[] = [
  { source: 'CEST|CET|MESZ|MEZ', zone: BRUSSELS },
  { source: 'EST', zone: 'GMT-05:00' },
  { source: 'EDT', zone: 'GMT-04:00' },
  { source: 'ET', zone: 'America/New_York' },
  { source: 'BST', zone: 'GMT+01:00' },
  { source: 'EEST|EET', zone: 'Europe/Athens' },
  { source: 'WEST|WET', zone: 'Europe/Lisbon' },
  { source: 'GMT|UTC|Z', zone: 'UTC' },
];

const WORDS: readonly { source: string; zone: string }[] = [
  {
    source:
      "Central European (?:Summer |Standard )?Time|heure d'(?:été d')?Europe centrale|Brussels(?: local)? time|heure (?:locale )?de Bruxelles|heure belge|Belgian time|Belgium time|Brussels, Belgium time",
    zone: BRUSSELS,
  },
  { source: 'Eastern Standard Time', zone: 'GMT-05:00' },
  { source: 'Eastern Daylight Time', zone: 'GMT-04:00' },
  { source: 'Eastern Time|US Eastern time', zone: 'America/New_York' },
  { source: 'UK time|British time|heure de Londres', zone: 'Europe/London' },
  ...STATION_ZONES.map(({ source, zone }) => ({ source: `(?:${source})(?: local)? time|heure (?:locale )?(?:de |d')(?:${source})`, zone })),
];

/** "UTC+2", "GMT+01:00", "UTC−05:00": a fixed offset, kept as the fixed zone zones.ts reads. */
const OFFSET = /^(?:UTC|GMT)\s*([+−-])\s*(\d{1,2})(?::?(\d{2}))?\b/;
const ABBREVIATION = new RegExp(`^(${ABBREVIATIONS.map((a) => a.source).join('|')})(?![A-Za-z])`);
const WORD = new RegExp(`^(${WORDS.map((w) => `(?:${w.source})`).join('|')})(?![\\p{L}])`, 'iu');
/** What may stand between a time and its zone: "10:00 hrs (CET)", "10:00, Brussels time", "à 10h00 (heure de Bruxelles)". */
const LEAD = /^[\s,(]*(?:hrs?\.?\s*|hours\s*)?[\s,(]*(?:in\s+|en\s+)?/i;

function zoneOfAbbreviation(printed: string): string {
  return ABBREVIATIONS.find((a) => new RegExp(`^(?:${a.source})$`).test(printed))?.zone ?? BRUSSELS;
}

function zoneOfWords(printed: string): string {
  return WORDS.find((w) => new RegExp(`^(?:${w.source})$`, 'iu').test(printed))?.zone ?? BRUSSELS;
}

/** The zone printed at the start of `after` (the text right after a time), or null. */
export function zoneAtStart(after: string): StatedZone | null {
  const rest = after.slice(LEAD.exec(after)?.[0].length ?? 0);
  const offset = OFFSET.exec(rest);
  if (offset !== null) {
    const sign = offset[1] === '+' ? '+' : '-';
    return { zone: `GMT${sign}${offset[2]?.padStart(2, '0')}:${offset[3] ?? '00'}`, printed: offset[0] };
  }
  const word = WORD.exec(rest)?.[1];
  if (word !== undefined) return { zone: zoneOfWords(word), printed: word };
  const abbreviation = ABBREVIATION.exec(rest)?.[1];
  if (abbreviation !== undefined) return { zone: zoneOfAbbreviation(abbreviation), printed: abbreviation };
  return null;
}

/** "All times are Brussels time", "Toutes les heures sont en heure de Bruxelles": a letter's own zone. */
const ALL_TIMES = /\b(?:all\s+times?(?:\s+(?:mentioned|given|stated|indicated|above|below))?\s+(?:are|is|refer to)|times?\s+(?:are|is)\s+(?:given|stated|indicated)\s+in|toutes\s+les\s+heures\s+(?:sont|indiquées\s+sont)|les\s+heures\s+(?:sont|indiquées\s+sont))\s*(?:in\s+|en\s+|exprimées\s+en\s+)?/i;

export function letterZone(text: string): StatedZone | null {
  const m = ALL_TIMES.exec(text);
  return m === null ? null : zoneAtStart(text.slice(m.index + m[0].length));
}
