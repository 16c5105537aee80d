import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedVacancySchema } from '../record/vacancy-record';
import { parseNotice } from './parse-notice';
import { isFlat, reflowFlatText } from './reflow';
import { refusalLine } from '../../test/unit/english-reason';

// Re-flowing text that lost its line breaks: where breaks go back, where they do not, and that
// flattened notices, whole or damaged, never break the parser.

const VACANCIES = join(import.meta.dirname, '../../test/fixtures/vacancies');
const NOTICES = ['251836-officer-defence-policy.txt', '250875-heads-nasp-and-mo.txt', '250443-asg-defence-policy-planning.md'].map((file) =>
  readFileSync(join(VACANCIES, file), 'utf8'),
);
const flatten = (text: string): string => text.replace(/\s+/g, ' ');
const lines = (text: string): string[] => reflowFlatText(text).split('\n').filter((line) => line !== '');

describe('isFlat', () => {
  it('leaves notices with their line breaks alone, so their parse costs nothing more', () => {
    for (const text of NOTICES) expect(isFlat(text)).toBe(false);
  });

  it('takes a notice with its line breaks collapsed, or only a few left', () => {
    for (const text of NOTICES) {
      expect(isFlat(flatten(text))).toBe(true);
      expect(isFlat(flatten(text).replaceAll('. 2. ', '.\n2. '))).toBe(true);
    }
  });

  it('leaves short text alone', () => {
    expect(isFlat('Officer, Defence Policy - 251836')).toBe(false);
  });
});

describe('reflowFlatText', () => {
  it('puts back the lines of a notice: banner, title, header labels, headings, bullets, the paragraph after a list', () => {
    const text =
      'VACANCY NOTIFICATION Officer, Defence Policy - 251836 Primary Location: Belgium-BrusselsNATO Body: NATO International Staff (NATO IS) ' +
      'Grade NATO Grade G20 Description: 1. SUMMARY The Division leads. 2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL The incumbent must: ' +
      '- possess a degree; - be prepared to travel. DESIRABLE The following would be an advantage: • a higher degree. Selection takes place in May.';
    expect(lines(text)).toEqual([
      'VACANCY NOTIFICATION',
      'Officer, Defence Policy - 251836',
      'Primary Location: Belgium-Brussels',
      'NATO Body: NATO International Staff (NATO IS)',
      'Grade NATO Grade G20',
      'Description:',
      '1. SUMMARY',
      'The Division leads.',
      '2. QUALIFICATIONS AND EXPERIENCE ESSENTIAL',
      'The incumbent must:',
      '- possess a degree;',
      '- be prepared to travel.',
      'DESIRABLE',
      'The following would be an advantage:',
      '• a higher degree.',
      'Selection takes place in May.',
    ]);
  });

  it('leaves prose alone: dashes after words, lone label words, a capitalised word starting a sentence', () => {
    const prose =
      'The Head, NATO Affairs Section - Post PASP0109 reports to the Director. Direct reports: 7 - Indirect reports: N/a. ' +
      "The Salary and Benefits tab of the Organisation's site explains each Grade.";
    expect(lines(`${prose} 8. ADDITIONAL INFORMATION NATO is committed to diversity.`)).toEqual([
      prose,
      '8. ADDITIONAL INFORMATION',
      'NATO is committed to diversity.',
    ]);
  });

  it.each([
    ['clearance', 'Clearance Level NS'],
    ['grade', 'Grade NATO Grade G17-G20'],
    ['old letter grade', 'Grade A.2 / NATO Grade G15'],
  ])('ends a header that no "Description" closes after the %s value', (_label, last) => {
    const text = `Officer - 251836 Application Deadline: 4-Jan-2026 ${last} The Division leads the work on defence policy.`;
    expect(lines(text)).toEqual(['Officer - 251836', 'Application Deadline: 4-Jan-2026', last, 'The Division leads the work on defence policy.']);
  });

  it('keeps markdown marks at the start of their lines', () => {
    const text = '## VACANCY NOTIFICATION ### Officer (251836) **Primary Location:** Belgium-Brussels **Grade** NATO Grade G20 **Description** #### 1. SUMMARY The Division leads.';
    expect(lines(text)).toEqual([
      '## VACANCY NOTIFICATION',
      '### Officer (251836)',
      '**Primary Location:** Belgium-Brussels',
      '**Grade** NATO Grade G20',
      '**Description**',
      '#### 1. SUMMARY',
      'The Division leads.',
    ]);
  });

  it('gives the French title its own line after the English half and its page-footer URLs', () => {
    const text =
      'For more info please click here. https://www.nato.int/a.pdf https://www.nato.int/b.pdf Chef, Section Organisations (1 poste) (250875) ' +
      'Emplacement principal : Belgique-Bruxelles Organisation : OTAN SI Date de retrait : 18-juin-2025 Description Avec le présent recrutement.';
    expect(lines(text).slice(1, 6)).toEqual([
      'Chef, Section Organisations (1 poste) (250875)',
      'Emplacement principal : Belgique-Bruxelles',
      'Organisation : OTAN SI',
      'Date de retrait : 18-juin-2025',
      'Description',
    ]);
  });
});

const RUNS = { numRuns: 150 };

function expectWellFormed(text: string): void {
  const result = parseNotice(text);
  if (result.ok) {
    expect(ParsedVacancySchema.safeParse(result.record).success).toBe(true);
    expect(result.record.warnings).toBe(result.warnings);
  } else {
    expect(result.error).toBe('not-a-notice');
    expect(refusalLine(result.reason).length).toBeGreaterThan(0);
    expect(refusalLine(result.reason)).not.toContain('\n');
  }
}

const flatNotice = fc.constantFrom(...NOTICES.map(flatten));

describe('flattened notices, damaged (fast-check)', () => {
  it('re-flowing only adds line breaks: nothing is invented or lost', () => {
    const text = fc.oneof(flatNotice, fc.string({ maxLength: 2000, unit: 'grapheme' }));
    fc.assert(
      fc.property(text, (t) => {
        expect(reflowFlatText(t).replace(/\s+/g, '')).toBe(t.replace(/\s+/g, ''));
      }),
      RUNS,
    );
  });

  it('truncated anywhere: a schema-valid record or the typed not-a-notice', () => {
    const cut = fc.tuple(flatNotice, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(cut, ([text, a, b]) => expectWellFormed(text.slice(Math.floor(text.length * Math.min(a, b)), Math.floor(text.length * Math.max(a, b))))),
      RUNS,
    );
  });

  it('truncated after its header: still its reference, title and deadline', () => {
    const text = flatten(NOTICES[0] ?? '');
    const headerEnd = text.indexOf('Description:') + 'Description:'.length;
    fc.assert(
      fc.property(fc.integer({ min: headerEnd, max: text.length }), (cut) => {
        const result = parseNotice(text.slice(0, cut));
        expect(result.ok && result.record).toMatchObject({ reference: '251836', title: 'Officer, Defence Policy', deadline: '2026-01-04' });
      }),
      { numRuns: 50 },
    );
  });

  it('mutated characters, notice words and markup dropped in anywhere', () => {
    const insert = fc.oneof(
      fc.string({ maxLength: 4, unit: 'grapheme' }),
      fc.constantFrom(' - ', ' • ', '**', ' ## ', '1. ', ' SUMMARY ', 'Grade ', 'Primary Location ', '(251836) ', '- 250875 ', 'VACANCY NOTIFICATION ', '. ', ': '),
    );
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 8 }), insert);
    const mutated = fc.tuple(flatNotice, fc.array(edit, { minLength: 1, maxLength: 40 })).map(([text, edits]) => {
      let out = text;
      for (const [at, remove, added] of edits) {
        const i = Math.floor(out.length * at);
        out = out.slice(0, i) + added + out.slice(i + remove);
      }
      return out;
    });
    fc.assert(fc.property(mutated, (text) => expectWellFormed(text)), { numRuns: 100 });
  });

  it('notice vocabulary on one line', () => {
    const word = fc.constantFrom(
      'Officer', '- 251836', '(251836)', 'Primary Location', 'Belgium-Brussels', 'NATO Body', 'Emplacement principal', 'Grade', 'NATO Grade G20',
      'Description:', '1.', 'SUMMARY', 'ESSENTIAL', 'DESIRABLE', 'The', 'incumbent', 'must:', '-', '•', ';', '.', '**', '##', 'https://x.pdf', 'VACANCY NOTIFICATION',
    );
    fc.assert(fc.property(fc.array(word, { maxLength: 300 }), (words) => expectWellFormed(words.join(' '))), RUNS);
  });
});

describe('flattened pathological inputs stay linear', () => {
  it.each([
    ['labels without end', 'Primary Location x '.repeat(50_000)],
    ['titles and headers', 'Officer - 251836 Primary Location x Application Deadline 4-Jan-2026 '.repeat(10_000)],
    ['numbered headings', '1. SUMMARY '.repeat(50_000)],
    ['heading words', 'SUMMARY '.repeat(60_000)],
    ['upper-case words', `${'ABC DEF '.repeat(60_000)}SUMMARY`],
    ['bullets', '; - a '.repeat(80_000)],
    ['glyphs', '•'.repeat(200_000)],
    ['URLs without spaces', 'https://'.repeat(50_000)],
    ['URLs before dashes', 'https://x - a '.repeat(40_000)],
    ['one bullet of many sentences', `- a ${'Word. Next '.repeat(40_000)}`],
    ['markdown marks', '# '.repeat(100_000)],
    ['one long word', 'a'.repeat(400_000)],
    ['references', '(251836) '.repeat(50_000)],
  ])(
    '%s',
    (_case, text) => {
      expectWellFormed(text);
    },
    // Not a speed test (speed is in `npm run bench`): a quadratic pass on these sizes hangs
    // for many seconds, so the runner's timeout is the guard; a linear one takes milliseconds.
    5_000,
  );
});
