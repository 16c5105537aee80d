import { describe, expect, it } from 'vitest';
import { G_LADDER, LETTER_STEPS, letterGradeToG } from './ladder';
import { compareGrades, gradeRangeText, normaliseGrade, type GradeKind } from './normalise-grade';
import { parseGrade, readGradeTokens } from '../parse/grades';

describe('normaliseGrade from a raw label', () => {
  it.each<[string, GradeKind, string[], boolean]>([
    ['G20', 'graded', ['G20'], false],
    ['NATO Grade G20', 'graded', ['G20'], false],
    ['NATO Grade G17-G20', 'graded', ['G17', 'G20'], false],
    ['NATO Grade G17–G20', 'graded', ['G17', 'G20'], false],
    ['G17-20', 'graded', ['G17', 'G20'], false],
    ['G15/G17', 'graded', ['G15', 'G17'], false],
    ['G5/G8', 'graded', ['G5', 'G8'], false],
    ['G11 - G15', 'graded', ['G11', 'G15'], false],
    ['A.2', 'graded', ['G15'], false],
    ['A5', 'graded', ['G22'], false],
    ['A.2 / NATO Grade G15', 'graded', ['G15'], false],
    ['B-4/G-10', 'graded', ['G10'], false],
    ['B3', 'graded', ['G8'], false],
    ['B4', 'graded', ['G10'], false],
    ['C1', 'graded', ['G1'], false],
    ['L.3', 'graded', ['G18'], false],
    ['A.3/A.4', 'graded', ['G17', 'G20'], false],
    ['g20', 'graded', ['G20'], false],
    ['nato grade g17-g20', 'graded', ['G17', 'G20'], false],
    ['  NATO   Grade  G 20 ', 'graded', ['G20'], false],
    ['a. 2', 'graded', ['G15'], false],
    ['Ｇ２０', 'graded', ['G20'], false],
    ['NATO Grade G15 TEMP', 'graded', ['G15'], true],
    ['NATO Grade G15 - 2 posts', 'graded', ['G15'], false],
    ['Unclassified', 'unclassified', [], false],
    ['UNCLASSIFIED', 'unclassified', [], false],
    ['Non classifié', 'unclassified', [], false],
    ['TEMP', 'temporary', [], true],
    ['temp', 'temporary', [], true],
    ['Temporary', 'temporary', [], true],
    ['', 'unknown', [], false],
    ['To be confirmed', 'unknown', [], false],
    ['G25', 'unknown', [], false],
    ['A8', 'unknown', [], false],
    ['L6', 'unknown', [], false],
    ['NATO Grade', 'unknown', [], false],
  ])('%j → %s %j (temporary %s)', (label, kind, grades, temporary) => {
    const grade = normaliseGrade(label);
    expect(grade.kind).toBe(kind);
    expect(grade.kind === 'graded' ? grade.grades : []).toEqual(grades);
    expect(grade.temporary).toBe(temporary);
    expect(grade.label).toBe(label);
  });

  it('marks twin grades and their ladder ends', () => {
    expect(normaliseGrade('NATO Grade G17-G20')).toMatchObject({ twin: true, low: 17, high: 20 });
    expect(normaliseGrade('NATO Grade G20')).toMatchObject({ twin: false, low: 20, high: 20 });
  });
});

describe('normaliseGrade from a record grade', () => {
  it('trusts the parsed codes, sorted and without duplicates', () => {
    expect(normaliseGrade({ label: 'NATO Grade G17-G20', grades: ['G20', 'G17', 'G20'] })).toMatchObject({
      kind: 'graded',
      grades: ['G17', 'G20'],
      twin: true,
    });
  });

  it.each<[string, GradeKind, string[]]>([
    ['A.2', 'graded', ['G15']],
    ['B-4/G-10', 'graded', ['G10']],
    ['Unclassified', 'unclassified', []],
    ['TEMP', 'temporary', []],
  ])('reads the label %j when the parser left grades empty', (label, kind, grades) => {
    const grade = normaliseGrade({ label, grades: [] });
    expect(grade.kind).toBe(kind);
    expect(grade.kind === 'graded' ? grade.grades : []).toEqual(grades);
  });

  it('keeps TEMP from the label beside parsed codes', () => {
    expect(normaliseGrade({ label: 'G15 TEMP', grades: ['G15'] })).toMatchObject({ kind: 'graded', temporary: true });
  });

  it.each([null, undefined])('%s is unknown', (grade) => {
    expect(normaliseGrade(grade).kind).toBe('unknown');
  });
});

describe('letter grades', () => {
  it.each([
    ['A.2', 'G15'],
    ['A5', 'G22'],
    ['B3', 'G8'],
    ['B4', 'G10'],
  ])('the seen pair %s = %s holds', (letter, code) => {
    expect(letterGradeToG(letter)).toBe(code);
  });

  it('the four categories cover G1–G24 exactly once, and no step beyond them maps', () => {
    const all: string[] = [];
    for (const [category, steps] of Object.entries(LETTER_STEPS)) {
      for (let step = 1; step <= steps; step += 1) all.push(letterGradeToG(`${category}${step}`) ?? 'none');
      expect(letterGradeToG(`${category}${steps + 1}`)).toBeNull();
    }
    expect(all.sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)))).toEqual(G_LADDER);
  });
});

describe('grade order', () => {
  const labels = [
    'TEMP',
    'Unclassified',
    'nonsense',
    'G22',
    'G17-G20',
    'A.2',
    'G20',
    'B-4/G-10',
    'G17',
    'G15/G17',
    'C1',
  ];

  it('sorts by lowest grade, then highest; unscaled and unknown after, apart', () => {
    const sorted = labels.map((label) => normaliseGrade(label)).sort(compareGrades);
    expect(sorted.map((grade) => grade.label)).toEqual([
      'C1',
      'B-4/G-10',
      'A.2',
      'G15/G17',
      'G17',
      'G17-G20',
      'G20',
      'G22',
      'Unclassified',
      'TEMP',
      'nonsense',
    ]);
  });

  it.each([
    ['G20', 'NATO Grade G20', 0],
    ['A.2', 'G15', 0],
    ['G17', 'G17-G20', -1],
    ['G17-G20', 'G20', -1],
    ['G24', 'Unclassified', -1],
    ['Unclassified', 'TEMP', -1],
    ['TEMP', '', -1],
  ])('%j vs %j → %i', (a, b, sign) => {
    expect(Math.sign(compareGrades(normaliseGrade(a), normaliseGrade(b)))).toBe(sign);
    expect(Math.sign(compareGrades(normaliseGrade(b), normaliseGrade(a)))).toBe(-sign || 0);
  });

  it.each([
    ['NATO Grade G17-G20', 'G17–G20'],
    ['A5', 'G22'],
    ['Unclassified', null],
  ])('range text of %j is %j', (label, text) => {
    expect(gradeRangeText(normaliseGrade(label))).toBe(text);
  });
});

describe('one reader of printed grades (utils/parse/grades.ts)', () => {
  it.each([
    ['NATO Grade G20', ['G20']],
    ['NATO Grade G17-G20', ['G17', 'G20']],
    ['G17-20', ['G17', 'G20']],
    ['G15/17', ['G15', 'G17']],
    ['G15 - 2 posts', ['G15']],
    ['NG15', ['G15']],
    ['NATO Grade 15', ['G15']],
    ['A.3/A.4', ['G17', 'G20']],
    ['B-4/G-10', ['G10']],
  ])('the parser and the ladder read %j as %j', (label, grades) => {
    expect(parseGrade(label).grade?.grades).toEqual(grades);
    const normalised = normaliseGrade(label);
    expect(normalised.kind === 'graded' ? normalised.grades : []).toEqual(grades);
  });

  it('tells letter grades from G codes, keeping the printed text', () => {
    expect(readGradeTokens('A.2 / NATO Grade G15')).toEqual([
      { text: 'A.2', code: 'G15', letter: true },
      { text: 'G15', code: 'G15', letter: false },
    ]);
    expect(readGradeTokens('G17-20')).toEqual([
      { text: 'G17', code: 'G17', letter: false },
      { text: '20', code: 'G20', letter: false },
    ]);
    expect(readGradeTokens('G25')).toEqual([{ text: 'G25', code: null, letter: false }]);
  });
});
