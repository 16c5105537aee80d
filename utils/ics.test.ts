import { describe, expect, it } from 'vitest';
import { storedVacancy } from '../test/unit/record-factory';
import { translator } from './i18n';
import { buildCalendar, escapeText, foldLine, formatUtc } from './ics';

const NOW = new Date('2026-01-01T12:00:00.000Z');
const octets = (text: string) => new TextEncoder().encode(text).length;
/** Content lines as a calendar reader sees them: CRLF + space continuations joined back. */
const unfold = (text: string) => text.replace(/\r\n /g, '').split('\r\n').filter(Boolean);

const officer = storedVacancy();
const head = storedVacancy({
  reference: '250875',
  title: 'Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post)',
  closesAt: '2025-06-18T21:59:00.000Z',
  grade: { label: 'NATO Grade G22', grades: ['G22'] },
  essay: { required: true, format: 'MS Word', maxPages: 1, titleMustInclude: ['250875', 'Key challenges'], dueDate: '2025-06-18' },
  sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=250875&lang=en',
});
const undated = storedVacancy({ reference: '260001', closesAt: null, deadline: null });

describe('buildCalendar: a reference printed in parts', () => {
  it('gives a UID with no space, which the reference without spaces cannot share', () => {
    const spaced = unfold(buildCalendar([storedVacancy({ reference: 'JFC NP 02/2024' })], { now: NOW }).text);
    const glued = unfold(buildCalendar([storedVacancy({ reference: 'JFCNP02/2024' })], { now: NOW }).text);
    expect(spaced).toContain('UID:JFC%20NP%2002/2024@vacancy-companion');
    expect(glued).toContain('UID:JFCNP02/2024@vacancy-companion');
  });
});

describe('buildCalendar', () => {
  const calendar = buildCalendar([officer, undated, head], { now: NOW });
  const lines = unfold(calendar.text);

  it('writes the calendar header and footer', () => {
    expect(lines.slice(0, 5)).toEqual([
      'BEGIN:VCALENDAR',
      'PRODID:-//Vacancy Companion//Deadlines//EN',
      'VERSION:2.0',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
    ]);
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('uses CRLF line endings only, ending with one', () => {
    expect(calendar.text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(calendar.text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('writes one event per dated vacancy and counts the skipped ones', () => {
    expect(calendar.included).toBe(2);
    expect(calendar.skipped).toBe(1);
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(calendar.text).not.toContain('260001');
  });

  it('writes the event field by field, in UTC, 30 minutes ending at closing', () => {
    const start = lines.indexOf('BEGIN:VEVENT');
    expect(lines.slice(start, lines.indexOf('END:VEVENT') + 1)).toEqual([
      'BEGIN:VEVENT',
      'UID:251836@vacancy-companion',
      'DTSTAMP:20260101T120000Z',
      'DTSTART:20260104T222900Z',
      'DTEND:20260104T225900Z',
      'SEQUENCE:0',
      'SUMMARY:Deadline: Officer\\, Defence Policy (251836)',
      'DESCRIPTION:Organisation: NATO International Staff (NATO IS)\\nGrade: NATO Grade G20\\nhttps://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
      'URL:https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      'DESCRIPTION:Applications close in 1 day: Officer\\, Defence Policy',
      'END:VALARM',
      'END:VEVENT',
    ]);
  });

  it('notes the essay rules and escapes the title', () => {
    expect(lines).toContain('UID:250875@vacancy-companion');
    expect(lines).toContain('DTEND:20250618T215900Z');
    expect(lines).toContain(
      'SUMMARY:Deadline: Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post) (250875)',
    );
    expect(lines.find((line) => line.startsWith('DESCRIPTION:Organisation') && line.includes('G22'))).toContain(
      '\\nEssay required: MS Word\\, at most 1 page\\, title must include 250875 + Key challenges\\n',
    );
  });

  it('keeps every physical line within 75 octets', () => {
    for (const line of calendar.text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(calendar.text).toContain('\r\n '); // the long SUMMARY and DESCRIPTION were folded
  });

  it('counts deadline extensions in SEQUENCE so a re-import replaces the event', () => {
    const extended = storedVacancy({
      history: [
        { field: 'closesAt', from: '2025-12-28T22:59:00.000Z', to: '2026-01-04T22:59:00.000Z', changedAt: '2025-12-20T10:00:00.000Z' },
        { field: 'salary', from: null, to: null, changedAt: '2025-12-20T10:00:00.000Z' },
      ],
    });
    expect(unfold(buildCalendar([extended], { now: NOW }).text)).toContain('SEQUENCE:1');
  });

  it('writes the texts in French when asked', () => {
    const french = unfold(buildCalendar([officer], { now: NOW, t: translator('fr') }).text);
    expect(french).toContain('SUMMARY:Date limite : Officer\\, Defence Policy (251836)');
    expect(french).toContain('DESCRIPTION:Les candidatures ferment dans 1 jour : Officer\\, Defence Policy');
  });

  it('cannot be made to start a new property through a URL', () => {
    const forged = storedVacancy({ sourceUrl: 'https://nato.taleo.net/x\r\nATTACH:evil' });
    const text = unfold(buildCalendar([forged], { now: NOW }).text);
    expect(text.some((line) => line.startsWith('ATTACH'))).toBe(false);
  });

  it('gives an empty calendar when nothing has a date', () => {
    const empty = buildCalendar([undated], { now: NOW });
    expect(empty).toMatchObject({ included: 0, skipped: 1 });
    expect(unfold(empty.text)).toHaveLength(6);
  });
});

describe('escapeText', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['back\\slash', 'back\\\\slash'],
    ['one\ntwo', 'one\\ntwo'],
    ['one\r\ntwo\rthree', 'one\\ntwo\\nthree'],
    ['\\,;', '\\\\\\,\\;'],
  ])('%j → %j', (input, expected) => {
    expect(escapeText(input)).toBe(expected);
  });
});

describe('foldLine', () => {
  it.each([
    ['75 ASCII octets stay on one line', 'x'.repeat(75), [75]],
    ['76 fold once', 'x'.repeat(76), [75, 2]],
    // 75, then 74 per continuation line plus its leading space.
    ['200 ASCII', 'x'.repeat(200), [75, 75, 52]],
    // é is 2 octets: 37 of them fill 74 octets; a 38th would make 76.
    ['2-octet é never split', 'é'.repeat(40), [74, 7]],
    // 😀 is 4 octets (and a UTF-16 surrogate pair): 18 fill 72.
    ['4-octet emoji never split', '😀'.repeat(20), [72, 9]],
    ['3-octet € after ASCII', 'A'.repeat(73) + '€€', [73, 7]],
  ])('%s', (_case, line, sizes) => {
    const folded = foldLine(line);
    const physical = folded.split('\r\n');
    expect(physical.map(octets)).toEqual(sizes);
    expect(physical.slice(1).every((piece) => piece.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});

it('formats UTC date-times without separators or milliseconds', () => {
  expect(formatUtc(new Date('2026-03-29T21:59:00.123Z'))).toBe('20260329T215900Z');
});
