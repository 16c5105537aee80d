import { englishWarning } from '../../test/unit/template-english';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedVacancy } from '../record/vacancy-record';
import { ParsedVacancySchema } from '../record/vacancy-record';
import { parseNotice } from './parse-notice';
import { refusalLine } from '../../test/unit/english-reason';

// The three real notices and what utils/record/README.md says they must give.
const VACANCIES = join(import.meta.dirname, '../../test/fixtures/vacancies');

function parsedFixture(file: string): ParsedVacancy {
  const result = parseNotice(readFileSync(join(VACANCIES, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${refusalLine(result.reason)}`);
  expect(ParsedVacancySchema.safeParse(result.record).success).toBe(true);
  expect(result.record.warnings).toBe(result.warnings);
  return result.record;
}

const RECORDS = {
  '251836': parsedFixture('251836-officer-defence-policy.txt'),
  '250875': parsedFixture('250875-heads-nasp-and-mo.txt'),
  '250443': parsedFixture('250443-asg-defence-policy-planning.md'),
};
type Reference = keyof typeof RECORDS;

describe('the three fixture notices (design table)', () => {
  it.each<[Reference, string, string, string]>([
    ['251836', 'Officer, Defence Policy', '2026-01-04', '2026-01-04T22:59:00.000Z'],
    [
      '250875',
      'Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post)',
      '2025-06-18',
      '2025-06-18T21:59:00.000Z',
    ],
    ['250443', 'Assistant Secretary General, Defence Policy and Planning', '2025-04-06', '2025-04-06T21:59:00.000Z'],
  ])('%s: title, deadline, closesAt', (reference, title, deadline, closesAt) => {
    const record = RECORDS[reference];
    expect(record.reference).toBe(reference);
    expect(record.title).toBe(title);
    expect(record.deadline).toBe(deadline);
    expect(record.closesAt).toBe(closesAt);
  });

  it.each<[Reference, ParsedVacancy['salary'], string, string[], string]>([
    ['251836', { amount: 9253.21, currency: 'EUR', period: 'month' }, 'NATO Grade G20', ['G20'], 'NS'],
    ['250875', { amount: 10742.69, currency: 'EUR', period: 'month' }, 'NATO Grade G22', ['G22'], 'NS'],
    ['250443', null, 'Unclassified', [], 'CTS'],
  ])('%s: salary, grade, clearance', (reference, salary, label, grades, clearance) => {
    const record = RECORDS[reference];
    expect(record.salary).toEqual(salary);
    expect(record.grade).toEqual({ label, grades });
    expect(record.clearance).toBe(clearance);
  });

  it.each<[Reference, string, string | null, number, number]>([
    ['251836', 'V', 'I', 6, 1],
    ['250875', 'V', 'II', 10, 2],
    ['250443', 'VI', 'I', 15, 1],
  ])('%s: languages %s/%s, %i years, %i positions', (reference, primary, secondary, years, positions) => {
    const record = RECORDS[reference];
    expect(record.languageRequirement).toEqual({ primary, secondary });
    expect(record.languageProfile).toBeNull();
    expect(record.minExperienceYears).toBe(years);
    expect(record.positions).toBe(positions);
  });

  it.each<[Reference, ParsedVacancy['essay']]>([
    ['251836', null],
    ['250875', { required: true, format: 'MS Word', maxPages: 1, titleMustInclude: ['250875', 'Key challenges'], dueDate: '2025-06-18' }],
    ['250443', { required: true, format: 'MS Word', maxPages: 2, titleMustInclude: ['250443', 'Key challenges'], dueDate: '2025-04-06' }],
  ])('%s: essay', (reference, essay) => {
    expect(RECORDS[reference].essay).toEqual(essay);
  });

  it.each<[Reference, number, string | undefined]>([
    ['251836', 0, undefined],
    [
      '250875',
      3,
      'Contribute to maintaining Allied unity in an increasingly challenging domestic and international political environment.',
    ],
    [
      '250443',
      5,
      "Ensuring that NATO's Defence Planning Process adapts to the changing security environment and provides the capabilities necessary for effective deterrence and defence of all Allies",
    ],
  ])('%s: %i key challenges, the first re-joined whole', (reference, count, first) => {
    const { keyChallenges } = RECORDS[reference];
    expect(keyChallenges).toHaveLength(count);
    expect(keyChallenges[0]).toBe(first);
  });

  it.each<[Reference, string, string]>([
    ['251836', 'Administratrice/Administrateur, Politique de défense', 'Officer'],
    ['250875', 'Chef, Section Affaires OTAN et politique de sécurité (1 poste) & Chef, Section Organisations multilatérales (1 poste)', 'Head'],
    ['250443', 'Secrétaire général(e) adjoint(e) pour la politique et les plans de défense', 'Assistant'],
  ])('%s: both halves, French title', (reference, titleFr, titleStart) => {
    const record = RECORDS[reference];
    expect(record.titleFr).toBe(titleFr);
    expect(record.title?.startsWith(titleStart)).toBe(true);
    expect(record.languages).toEqual(['en', 'fr']);
    expect(record.location).toBe('Belgium-Brussels');
    expect(record.organisation).toBe('NATO International Staff (NATO IS)');
    expect(record.schedule).toBe('Full-time');
  });

  it.each<[Reference, ParsedVacancy['contract']]>([
    ['251836', { initialYears: 3, renewableYears: 3, maxYears: 6 }],
    ['250875', { initialYears: 3, renewableYears: 3, maxYears: 6 }],
    // "initial period of 3 years … possibility of a one-year extension"; no maximum stated.
    ['250443', { initialYears: 3, renewableYears: 1, maxYears: null }],
  ])('%s: contract', (reference, contract) => {
    expect(RECORDS[reference].contract).toEqual(contract);
  });

  it.each<[Reference, number, string, string]>([
    ['251836', 8, 'Analytical Thinking: Makes complex plans or analyses', 'Teamwork: Solicits inputs and encourages others'],
    ['250875', 9, 'Achievement: Sets and works to meet challenging goals', 'Self-Control: Stays composed and positive even under extreme pressure'],
    ['250443', 9, 'Achievement: Demonstrates decisiveness based on solid considerations and trade-offs', 'Self-Control: Stays composed and positive even under extreme pressure'],
  ])('%s: %i competencies of the English half', (reference, count, first, last) => {
    const { competencies } = RECORDS[reference];
    expect(competencies).toHaveLength(count);
    expect(competencies[0]).toBe(first);
    expect(competencies.at(-1)).toBe(last);
  });

  it.each<[Reference, string[]]>([
    ['251836', []],
    ['250875', ['Selective assessment: first half of July 2025', 'Final Assessments: first half of September 2025 (Brussels, Belgium)']],
    ['250443', ['Selection process: second half of May 2025 (Brussels, Belgium)']],
  ])('%s: assessments', (reference, assessments) => {
    expect(RECORDS[reference].assessments).toEqual(assessments);
  });

  it('250875: the two posts of the multi-post competition, with grade and code', () => {
    expect(RECORDS['250875'].posts).toEqual([
      { title: 'Head, NATO Affairs and Security Policy Section', grade: 'G22', code: 'PASP0109' },
      { title: 'Head, Multilateral Organizations Section', grade: 'G22', code: 'PASP0016' },
    ]);
    expect(RECORDS['251836'].posts).toEqual([]);
  });

  it.each<[Reference, string[]]>([
    ['251836', ['keyChallenges: none listed', 'assessments: no selection steps announced']],
    ['250875', []],
    ['250443', ['salary: not stated', 'contract.maxYears: not stated']],
  ])('%s: warns about exactly what is not stated', (reference, warnings) => {
    expect(RECORDS[reference].warnings.map(englishWarning)).toEqual(warnings);
    expect(RECORDS[reference].sourceUrl).toBeNull();
  });
});

describe('options', () => {
  const text = readFileSync(join(VACANCIES, '251836-officer-defence-policy.txt'), 'utf8');

  it('keeps a valid source URL and prefers its job number', () => {
    const url = 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en';
    const result = parseNotice(text, { sourceUrl: url });
    expect(result.ok && result.record.sourceUrl).toBe(url);
  });

  it('leaves out a source URL that is not one, with a warning', () => {
    const result = parseNotice(text, { sourceUrl: 'not a url' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record.sourceUrl).toBeNull();
    expect(result.warnings.map(englishWarning)).toContain('sourceUrl: "not a url" is not a URL and was left out');
  });
});
