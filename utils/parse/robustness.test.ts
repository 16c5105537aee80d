import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedVacancySchema } from '../record/vacancy-record';
import { parseNotice } from './parse-notice';
import { refusalLine } from '../../test/unit/english-reason';

// Whatever comes in, parseNotice never throws and gives either a schema-valid record or the typed
// "not a notice" error with one line of explanation.

const VACANCIES = join(import.meta.dirname, '../../test/fixtures/vacancies');
const NOTICES = ['251836-officer-defence-policy.txt', '250875-heads-nasp-and-mo.txt', '250443-asg-defence-policy-planning.md'].map((file) =>
  readFileSync(join(VACANCIES, file), 'utf8'),
);
const RUNS = { numRuns: 200 };

function expectWellFormed(text: string, options?: { pageTimeZone?: string; sourceUrl?: string }): void {
  const result = parseNotice(text, options);
  if (result.ok) {
    expect(ParsedVacancySchema.safeParse(result.record).success).toBe(true);
    expect(result.record.warnings).toBe(result.warnings);
  } else {
    expect(result.error).toBe('not-a-notice');
    expect(refusalLine(result.reason).length).toBeGreaterThan(0);
    expect(refusalLine(result.reason)).not.toContain('\n');
  }
}

const notice = fc.constantFrom(...NOTICES);

describe('parseNotice robustness (fast-check)', () => {
  it('random strings of any Unicode graphemes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 3000, unit: 'grapheme', size: 'large' }), (text) => expectWellFormed(text)), RUNS);
  });

  it('random lines built from notice vocabulary', () => {
    const word = fc.constantFrom(
      'Grade', 'NATO Grade G20', 'Application Deadline', '4-Jan-2026', '(251836)', '- 251836', 'Salary (Pay Basis)', '9 253,21Euro',
      'Date de retrait', '1. SUMMARY', 'ESSENTIAL', 'at least', '6 years', 'V ("Advanced")', '•', '**', '<b>', '#', 'Key challenges', ':', '\n', ' ',
    );
    const text = fc.array(word, { maxLength: 200 }).map((words) => words.join(' '));
    fc.assert(fc.property(text, (t) => expectWellFormed(t)), RUNS);
  });

  it('truncated notices', () => {
    fc.assert(
      fc.property(notice, fc.double({ min: 0, max: 1, noNaN: true }), (text, share) => expectWellFormed(text.slice(0, Math.floor(text.length * share)))),
      RUNS,
    );
  });

  it('a notice truncated anywhere after its header still gives its reference, title and deadline', () => {
    const text = NOTICES[0] ?? '';
    const headerEnd = text.indexOf('Description:');
    fc.assert(
      fc.property(fc.integer({ min: headerEnd, max: text.length }), (cut) => {
        const result = parseNotice(text.slice(0, cut));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.record).toMatchObject({ reference: '251836', title: 'Officer, Defence Policy', deadline: '2026-01-04', closesAt: '2026-01-04T22:59:00.000Z' });
      }),
      { numRuns: 50 },
    );
  });

  it('shuffled lines', () => {
    const shuffled = notice.chain((text) => {
      const lines = text.split('\n');
      return fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }).map((l) => l.join('\n'));
    });
    fc.assert(fc.property(shuffled, (text) => expectWellFormed(text)), { numRuns: 100 });
  });

  it('mutated characters', () => {
    const edit = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat({ max: 5 }), fc.string({ maxLength: 4, unit: 'grapheme' }));
    const mutated = fc.tuple(notice, fc.array(edit, { minLength: 1, maxLength: 40 })).map(([text, edits]) => {
      let out = text;
      for (const [at, remove, insert] of edits) {
        const i = Math.floor(out.length * at);
        out = out.slice(0, i) + insert + out.slice(i + remove);
      }
      return out;
    });
    fc.assert(fc.property(mutated, (text) => expectWellFormed(text)), { numRuns: 100 });
  });

  it('any options', () => {
    fc.assert(
      fc.property(notice, fc.string({ maxLength: 40 }), fc.string({ maxLength: 60 }), (text, pageTimeZone, sourceUrl) =>
        expectWellFormed(text, { pageTimeZone, sourceUrl }),
      ),
      { numRuns: 50 },
    );
  });
});

describe('pathological inputs stay linear', () => {
  const notice = 'Officer - 251836\nApplication Deadline: 4-Jan-2026\nGrade NATO Grade G20\nDescription:\n1. SUMMARY\n';
  // Sizes where a quadratic pass takes seconds (seen before the fixes) and a linear one milliseconds.
  it.each([
    ['unclosed strong emphasis', '__a '.repeat(100_000)],
    ['unclosed links', `${'['.repeat(100_000)}](`],
    ['unclosed comments', '<!--'.repeat(50_000)],
    ['thousands of title lines', 'Officer - 251836\n'.repeat(20_000)],
    ['one huge line', notice + 'word '.repeat(100_000)],
    ['angle brackets', '<a '.repeat(100_000)],
    ['all-caps headings', notice + 'ESSENTIAL\n'.repeat(50_000)],
    ['repeated cues', notice + 'Key challenges facing attach essay at least 4-Jan-2026, '.repeat(10_000)],
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
