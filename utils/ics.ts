import type { KeyedVacancy } from './record/vacancy-record';
import type { HistoryEntry } from './record/stored-vacancy';
import { translator, type Translate } from './i18n-core';
import { stepEventLines, type IcsSteps } from './stages/step-ics';

/**
 * RFC 5545 calendar of application deadlines.
 *
 * Each deadline is a 30-minute event ending at the closing instant, written in UTC. Not an
 * all-day event: an all-day DATE is read in the viewer's own zone, so a 23:59 Brussels deadline
 * would sit on the wrong day for someone in Tokyo and would lose its hour; a timed UTC event lands
 * on the right moment in every calendar. Thirty minutes keeps it visible in day and week views.
 */
export type IcsVacancy = Pick<
  KeyedVacancy,
  'reference' | 'title' | 'closesAt' | 'organisation' | 'grade' | 'essay' | 'sourceUrl'
> & { history?: readonly HistoryEntry[] } & IcsSteps;

export interface IcsCalendar {
  text: string;
  /** Vacancies written as events. */
  included: number;
  /** Vacancies left out because their closing instant is unknown. */
  skipped: number;
}

const CRLF = '\r\n';
const EVENT_MINUTES = 30;
const MAX_OCTETS = 75;

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma, and line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line to at most 75 octets per physical line (§3.1); continuation lines start
 * with one space. Splits only between code points so no UTF-8 sequence is cut in half.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      pieces.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(CRLF);
}

/** 20260104T225900Z */
export function formatUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** URIs are not TEXT: no escaping, but a line break would forge a new property, so drop it. */
const singleLine = (value: string) => value.replace(/[\r\n]+/g, '');
/**
 * The event's UID: the reference, whose spaces ("JFC NP 02/2024") are written %20 so the UID
 * holds none, as calendar UIDs usually do; a reference holds no "%", so two never share one,
 * and references without spaces keep the UIDs calendars already hold.
 */
const uid = (reference: string) => `${singleLine(reference).replace(/ /g, '%20')}@vacancy-companion`;

function description(vacancy: IcsVacancy, t: Translate): string {
  const lines: string[] = [];
  if (vacancy.organisation) lines.push(t('dlIcsOrganisation', { organisation: vacancy.organisation }));
  if (vacancy.grade) lines.push(t('dlIcsGrade', { grade: vacancy.grade.label }));
  if (vacancy.essay) {
    const essay = vacancy.essay;
    lines.push(
      t('dlIcsEssay', {
        format: essay.format,
        pages: essay.maxPages ?? '?',
        title: essay.titleMustInclude.join(' + ') || '—',
      }),
    );
  }
  if (vacancy.sourceUrl) lines.push(vacancy.sourceUrl);
  return lines.join('\n');
}

function eventLines(vacancy: IcsVacancy, closesAt: Date, now: Date, t: Translate): string[] {
  const title = t('dlIcsSummary', { title: vacancy.title, reference: vacancy.reference });
  // A re-import after a deadline extension must replace the old event, so count the changes.
  const sequence = (vacancy.history ?? []).filter((entry) => entry.field === 'closesAt').length;
  return [
    'BEGIN:VEVENT',
    `UID:${uid(vacancy.reference)}`,
    `DTSTAMP:${formatUtc(now)}`,
    `DTSTART:${formatUtc(new Date(closesAt.getTime() - EVENT_MINUTES * 60_000))}`,
    `DTEND:${formatUtc(closesAt)}`,
    `SEQUENCE:${sequence}`,
    `SUMMARY:${escapeText(title)}`,
    `DESCRIPTION:${escapeText(description(vacancy, t))}`,
    ...(vacancy.sourceUrl ? [`URL:${singleLine(vacancy.sourceUrl)}`] : []),
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-P1D',
    `DESCRIPTION:${escapeText(t('dlIcsAlarm', { title: vacancy.title }))}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

export function buildCalendar(
  vacancies: readonly IcsVacancy[],
  { now, t = translator('en') }: { now: Date; t?: Translate },
): IcsCalendar {
  const lines = [
    'BEGIN:VCALENDAR',
    'PRODID:-//Vacancy Companion//Deadlines//EN',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  let included = 0;
  for (const vacancy of vacancies) {
    // Each dated step after the close is an event of its own (utils/stages/step-ics.ts).
    const steps = stepEventLines(vacancy, now, t, { escapeText, formatUtc, uid });
    lines.push(...steps);
    const closesAt = vacancy.closesAt === null ? null : new Date(vacancy.closesAt);
    if (closesAt === null || Number.isNaN(closesAt.getTime())) {
      if (steps.length > 0) included += 1;
      continue;
    }
    lines.push(...eventLines(vacancy, closesAt, now, t));
    included += 1;
  }
  lines.push('END:VCALENDAR');
  return { text: lines.map(foldLine).join(CRLF) + CRLF, included, skipped: vacancies.length - included };
}

/** The media type a calendar file is saved with (utils/download.ts saves it). */
export const CALENDAR_TYPE = 'text/calendar;charset=utf-8';
