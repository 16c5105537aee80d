import { sentences } from './blocks';
import { linesMatching } from './lines-matching';
import { findDate, isoDate, MONTH_NAME_SOURCE } from './dates';
import type { SelectionWindow } from '../record/vacancy-record';

/**
 * The selection window a notice announces: the span of every step it schedules, as local dates.
 * "provisionally scheduled for the third quarter of 2025" → 2025-07-01 … 2025-09-30; "early / mid /
 * late May 2026" → 1–10 / 11–20 / 21–31 May; "dans la première quinzaine de juillet 2025" → 1–15 July.
 * A period printed without its year ("mi-mai") is the first one that ends on or after the closing
 * date. A week named by its first day is taken as seven days: a window that ends too late only makes
 * the "no news" note wait longer, one that ends too early would say it too soon.
 */


/** A sentence that schedules something on its own words, whatever it names. */
const FIRM_CUE =
  /\b(?:(?:provisionally|tentatively)\s+(?:scheduled|planned|foreseen)|scheduled\s+to\s+(?:take\s+place|be\s+held)|expected\s+to\s+(?:take\s+place|be\s+held)|devrai(?:t|ent)\s+avoir\s+lieu|(?:est|sont)\s+provisoirement\s+prévue?s?|provisoirement\s+(?:prévue?s?|programmée?s?))/i;
/** Words that schedule only when a selection step is named beside them. */
const CUE =
  /\b(?:take\s+place|be\s+held|be\s+conducted|be\s+organi[sz]ed|(?:is|are)\s+(?:scheduled|planned|foreseen|expected)|prévue?s?|programmée?s?|aur(?:a|ont)\s+lieu|se\s+(?:tiendr|déroul)\w*|avoir\s+lieu)/i;
/**
 * Either cue: the lines worth reading, found in one scan (lines-matching.ts). Both open with \b,
 * written once in front of both: the same matches, and V8 scans the text a third faster.
 */
const ANY_CUE = new RegExp(`\\b(?:${FIRM_CUE.source.replace(/^\\b/, '')}|${CUE.source.replace(/^\\b/, '')})`, 'gi');
const STEP =
  /(?:assessments?|interviews?|tests?|competitions?|selection|exams?|examinations?|panels?|évaluations?|entretiens?|entrevues?|épreuves?|concours|sélection|examens?)\b/i;
/** Other dated matters a notice schedules: the start of duty, the close itself. */
const NOT_A_STEP = /\b(?:take\s+up|start\s+date|entry\s+on\s+duty|prise\s+de\s+fonctions?|entrée\s+en\s+fonctions?|closing\s+date|date\s+limite|deadline|applications?\s+must)\b/i;

const M = `(${MONTH_NAME_SOURCE})`;
const Y = '(?:\\s+(?:of\\s+|de\\s+|d\')?(\\d{4}))';
const D = '(\\d{1,2})(?:st|nd|rd|th|er|re)?';
const DAY_SEPARATOR = '(?:\\s*(?:,|and|et|&|to|-|–|—|au|à|through|until|jusqu\'au)\\s*(?:the\\s+|le\\s+)?|\\s+)';

/** The month number of a name as the parser's one month table reads it (dates.ts); the invitation reader uses it too. */
export function monthOf(name: string): number | null {
  const found = findDate(`1 ${name.replace(/\.$/, '')} 2000`);
  return found === null ? null : Number(found.date.slice(5, 7));
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

type Span = SelectionWindow;

function span(year: number, month: number, fromDay: number, toMonth: number, toDay: number, toYear = year): Span | null {
  const from = isoDate(year, month, fromDay);
  const to = isoDate(toYear, toMonth, Math.min(toDay, lastDay(toYear, toMonth)));
  return from === null || to === null || to < from ? null : { from, to };
}

/**
 * The year of a period printed without one: the first whose end is on or after the close. With no
 * close known there is no year to give, and nothing is proposed.
 */
function withYear(printed: string | undefined, after: string | null, build: (year: number) => Span | null): Span | null {
  if (printed !== undefined) return build(Number(printed));
  if (after === null) return null;
  const year = Number(after.slice(0, 4));
  for (const candidate of [year, year + 1]) {
    const found = build(candidate);
    if (found !== null && found.to >= after) return found;
  }
  return null;
}

const ORDINAL: Readonly<Record<string, number>> = {
  first: 1, '1st': 1, premier: 1, '1er': 1, première: 1, '1re': 1, '1ère': 1,
  second: 2, '2nd': 2, deuxième: 2, seconde: 2, '2e': 2, '2ème': 2,
  third: 3, '3rd': 3, troisième: 3, '3e': 3, '3ème': 3,
  fourth: 4, '4th': 4, quatrième: 4, '4e': 4, '4ème': 4,
};
const ORDINAL_SOURCE = Object.keys(ORDINAL).sort((a, b) => b.length - a.length).join('|');
const ordinal = (word: string | undefined): number => ORDINAL[(word ?? '').toLowerCase()] ?? (/^(?:last|dernière?)$/i.test(word ?? '') ? 9 : 0);

interface Shape {
  pattern: RegExp;
  read: (m: RegExpExecArray, after: string | null) => Span | null;
}

/** The printed shapes, most specific first: each match is blanked before the next shape looks. */
const SHAPES: readonly Shape[] = [
  // "30 September to 2 October 2025", "du 28 septembre au 2 octobre 2025"
  {
    pattern: new RegExp(`\\b${D}\\s+${M}(?:\\s+(\\d{4}))?\\s*(?:-|–|to|and|until|through|au|et)\\s*(?:the\\s+|le\\s+)?${D}\\s+${M}${Y}?`, 'gi'),
    read: (m, after) => {
      const [fromMonth, toMonth] = [monthOf(m[2] ?? ''), monthOf(m[5] ?? '')];
      if (fromMonth === null || toMonth === null) return null;
      const [fromDay, toDay] = [Number(m[1]), Number(m[4])];
      if (m[3] !== undefined && m[6] !== undefined) return span(Number(m[3]), fromMonth, fromDay, toMonth, toDay, Number(m[6]));
      // One year printed at the end: a span across New Year starts the year before.
      return withYear(m[6] ?? m[3], after, (year) => span(toMonth < fromMonth ? year - 1 : year, fromMonth, fromDay, toMonth, toDay, year));
    },
  },
  // "the third quarter of 2025", "Q3 2025", "au cours du troisième trimestre 2025"
  {
    pattern: new RegExp(`\\b(?:(${ORDINAL_SOURCE}|last|dernier)\\s+(?:quarter|trimestre)|Q([1-4]))${Y}?`, 'gi'),
    read: (m, after) => {
      const quarter = m[2] !== undefined ? Number(m[2]) : Math.min(ordinal(m[1]), 4);
      if (quarter < 1) return null;
      return withYear(m[3], after, (year) => span(year, quarter * 3 - 2, 1, quarter * 3, 31));
    },
  },
  // "the first half of July 2025", "la première quinzaine de juillet 2025"
  {
    pattern: new RegExp(`\\b(${ORDINAL_SOURCE}|last|dernière)\\s+(?:half|quinzaine|moitié)\\s+(?:of\\s+|de\\s+|d')?${M}${Y}?`, 'gi'),
    read: (m, after) => {
      const month = monthOf(m[2] ?? '');
      const half = ordinal(m[1]);
      if (month === null || half < 1 || half === 3 || half === 4) return null;
      return withYear(m[3], after, (year) => (half === 1 ? span(year, month, 1, month, 15) : span(year, month, 16, month, 31)));
    },
  },
  // "the first half of 2026", "le premier semestre 2026"
  {
    pattern: /\b(first|second|1st|2nd|premier|second|deuxième|2e)\s+(?:half|semestre)\s+(?:of\s+|de\s+)?(\d{4})/gi,
    read: (m) => {
      const half = ordinal(m[1]);
      return half === 1 ? span(Number(m[2]), 1, 1, 6, 30) : half === 2 ? span(Number(m[2]), 7, 1, 12, 31) : null;
    },
  },
  // "early / mid / late May 2026", "(the) beginning / end of May", "début / mi- / fin mai 2026"
  {
    pattern: new RegExp(`\\b(early|mid|late|(?:the\\s+)?(?:beginning|start|middle|end)\\s+of|début|mi|milieu|fin)(?:\\s*-\\s*|\\s+)(?:of\\s+|de\\s+|d')?${M}${Y}?`, 'gi'),
    read: (m, after) => {
      const month = monthOf(m[2] ?? '');
      if (month === null) return null;
      const part = (m[1] ?? '').toLowerCase();
      const [first, last] = /early|beginning|start|début/.test(part) ? [1, 10] : /mid|middle|milieu|^mi$/.test(part) ? [11, 20] : [21, 31];
      return withYear(m[3], after, (year) => span(year, month, first, month, last));
    },
  },
  // "the week of 12 January 2026", "la semaine du 12 janvier 2026": seven days from that one
  {
    pattern: new RegExp(`\\b(?:week\\s+(?:of|starting|commencing|beginning)\\s+(?:the\\s+)?|semaine\\s+du\\s+)${D}\\s+${M}${Y}?(?!\\s*(?:-|–|to|and|au|et)\\s*\\d)`, 'gi'),
    read: (m, after) => {
      const month = monthOf(m[2] ?? '');
      if (month === null) return null;
      return withYear(m[3], after, (year) => {
        const start = Date.UTC(year, month - 1, Number(m[1]));
        const end = new Date(start + 6 * 86_400_000);
        return span(year, month, Number(m[1]), end.getUTCMonth() + 1, end.getUTCDate(), end.getUTCFullYear());
      });
    },
  },
  // "1, 2 and 3 June 2016", "between 19 and 26 October 2021", "the week 12th 16th January 2026", "du 12 au 16 janvier"
  {
    pattern: new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th|er|re)?(?:${DAY_SEPARATOR}\\d{1,2}(?:st|nd|rd|th|er|re)?)*)\\s+${M}${Y}?`, 'gi'),
    read: (m, after) => {
      const month = monthOf(m[2] ?? '');
      const days = (m[1] ?? '').match(/\d{1,2}/g)?.map(Number) ?? [];
      if (month === null || days.length === 0) return null;
      return withYear(m[3], after, (year) => span(year, month, Math.min(...days), month, Math.max(...days)));
    },
  },
  // "June 1-3, 2016", "June 1, 2016"
  {
    pattern: new RegExp(`\\b${M}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|to)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?,?\\s+(\\d{4})`, 'gi'),
    read: (m) => {
      const month = monthOf(m[1] ?? '');
      if (month === null) return null;
      return span(Number(m[4]), month, Number(m[2]), month, Number(m[3] ?? m[2]));
    },
  },
  // "the month of June 2021", "le mois de juin 2021", "June 2021"; without a year only after "month of"
  {
    pattern: new RegExp(`\\b(?:(the\\s+month\\s+of|le\\s+mois\\s+de|le\\s+mois\\s+d')\\s*)?${M}${Y}?`, 'gi'),
    read: (m, after) => {
      const month = monthOf(m[2] ?? '');
      if (month === null || (m[3] === undefined && m[1] === undefined)) return null;
      return withYear(m[3], after, (year) => span(year, month, 1, month, 31));
    },
  },
];

/** Every span one scheduling sentence prints, each shape reading what the earlier ones left. */
function spansIn(sentence: string, after: string | null): Span[] {
  let rest = sentence;
  const found: Span[] = [];
  for (const { pattern, read } of SHAPES) {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const m = args.slice(0, -2) as unknown as RegExpExecArray;
      const whole = String(args[0]);
      const got = read(m, after);
      // Blanked even when unreadable (31 June): a later, looser shape must not read part of it.
      if (got !== null) found.push(got);
      return ' '.repeat(whole.length);
    });
  }
  return found;
}

function schedulesAStep(sentence: string): boolean {
  if (NOT_A_STEP.test(sentence)) return false;
  return FIRM_CUE.test(sentence) || (CUE.test(sentence) && STEP.test(sentence));
}

/**
 * The window of every selection step the notice schedules, from the earliest first day to the
 * latest last day; null when it announces none. `closes` is the closing date (`YYYY-MM-DD`), which
 * gives a year to a period printed without one.
 */
export function findSelectionWindow(text: string, closes: string | null = null): SelectionWindow | null {
  const spans = linesMatching(text, ANY_CUE)
    .flatMap(sentences)
    .filter(schedulesAStep)
    .flatMap((sentence) => spansIn(sentence, closes));
  if (spans.length === 0) return null;
  return {
    from: spans.reduce((a, b) => (b.from < a ? b.from : a), spans[0]?.from ?? ''),
    to: spans.reduce((a, b) => (b.to > a ? b.to : a), spans[0]?.to ?? ''),
  };
}
