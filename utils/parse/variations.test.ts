import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedVacancy } from '../record/vacancy-record';
import { parseNotice } from './parse-notice';
import { EXPECTED, type Expected } from '../../test/expected/variations.expected';
import { refusalLine } from '../../test/unit/english-reason';

/**
 * The hand-made notices of test/fixtures/vacancies/variations/ (see its README): other bodies'
 * formats, currencies, dates and references as they print them, each read as printed and with
 * its line breaks lost, against what its text states (variations.expected.ts).
 */

const DIR = join(import.meta.dirname, '../../test/fixtures/vacancies/variations');

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

function read(text: string): ParsedVacancy {
  const result = parseNotice(text);
  if (!result.ok) throw new Error(`refused: ${refusalLine(result.reason)}`);
  return result.record;
}

function expectFields(record: ParsedVacancy, expected: Expected): void {
  const { grades, gradeLabel, ...fields } = expected;
  expect(record).toMatchObject(fields);
  if (grades === null) expect(record.grade).toBeNull();
  else if (grades !== undefined) expect(record.grade?.grades).toEqual(grades);
  if (gradeLabel !== undefined) expect(record.grade?.label).toBe(gradeLabel);
}

describe('variations: other bodies\' formats', () => {
  it('has a row for every file and a file for every row', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(FILES);
  });

  it.each(FILES)('%s', (file) => {
    expectFields(read(readFileSync(join(DIR, file), 'utf8')), EXPECTED[file] ?? {});
  });

  // A selection or a PDF copy loses every line break. Not re-flowed: posts listed one a line
  // with nothing but the line break between them, a short page with a single "Label:", and a
  // board's copy whose title is only its first line.
  const NEEDS_LINES = new Set(['aircom-posts-with-post-numbers.txt', 'nspa-ref-no-short-page.txt']);
  // A title, or a letterhead's place, printed on a line of its own with no label: once the line
  // breaks are gone nothing says where it starts and ends, so the reading gives none (never a
  // run of words made a title or a place).
  const ON_THEIR_LINES: Record<string, Expected> = {
    'nspa-vacancy-notice-number-salary-in-prose.txt': { title: null, location: null },
    'ncia-labels-between-bars.txt': { title: null },
    'is-letterhead-title-dates-in-sentences.txt': { title: null },
    'board-copy-job-post-suffix-post-number.txt': { title: null },
    'nif-board-copy-no-reference.txt': { title: null },
    'board-chrome-skip-link-language-banner.txt': { title: null },
    'board-chrome-french-interface.txt': { titleFr: null },
    'nspa-post-code-title-dash-requirements.txt': { title: null },
    'nspa-french-post-code-title.txt': { titleFr: null },
    'jfcnp-counts-in-words-same-grade-on-posts.txt': { location: null },
  };
  it.each(FILES.filter((f) => !NEEDS_LINES.has(f)))('%s, its line breaks lost', (file) => {
    expectFields(read(readFileSync(join(DIR, file), 'utf8').replace(/\s+/g, ' ')), { ...EXPECTED[file], ...ON_THEIR_LINES[file] });
  });
});
