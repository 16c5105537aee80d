import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseNotice } from '../parse/parse-notice';
import type { ParsedVacancy } from '../record/vacancy-record';
import { EMPTY_PROFILE, type Profile } from './profile';
import { clearanceLevel, meetsAllStated, readiness, readinessSummary, type ItemState, type ReadinessInput } from './readiness';
import { refusalLine } from '../../test/unit/english-reason';

// What each real notice states (read from the text):
// 251836: nationals of NATO member countries only; V in one, I in the other; at least 6 years;
//         a university degree; NS, granted on appointment by the national authority.
// 250875: the same rule; V and II; at least 10 years; a university degree; NS on appointment.
// 250443: no nationality rule; VI and I; at least 15 years; a university degree or equivalent; CTS.
const VACANCIES = join(import.meta.dirname, '../../test/fixtures/vacancies');
function notice(file: string): ParsedVacancy {
  const result = parseNotice(readFileSync(join(VACANCIES, file), 'utf8'));
  if (!result.ok) throw new Error(refusalLine(result.reason));
  return result.record;
}
const OFFICER = notice('251836-officer-defence-policy.txt');
const HEADS = notice('250875-heads-nasp-and-mo.txt');
const ASG = notice('250443-asg-defence-policy-planning.md');

const BELGIAN: Profile = {
  nationality: 'BE', english: 'V', french: 'II', stanagProfile: null, experienceYears: 8, highestDegree: 'master', clearanceHeld: null,
};

type States = [ItemState, ItemState, ItemState, ItemState, ItemState]; // nationality, languages, experience, degree, clearance
const states = (record: ReadinessInput, profile: Profile) => readiness(record, profile).map((item) => item.state);

describe('the real notices against profiles', () => {
  it.each<[string, ParsedVacancy, Profile, States]>([
    ['251836, a Belgian with 8 years, V/II, a master', OFFICER, BELGIAN, ['met', 'met', 'met', 'met', 'met']],
    ['250875 wants 10 years: 8 is short', HEADS, BELGIAN, ['met', 'met', 'not-met', 'met', 'met']],
    ['250443 states no nationality rule, wants VI and 15 years', ASG, BELGIAN, ['not-stated', 'not-met', 'not-met', 'met', 'met']],
    ['251836, a national of a non-member state', OFFICER, { ...BELGIAN, nationality: 'other' }, ['not-met', 'met', 'met', 'met', 'not-met']],
    ['251836, French V and no English level: V in one suffices, I in the other is unknown', OFFICER, { ...BELGIAN, english: null, french: 'V' }, ['met', 'not-in-profile', 'met', 'met', 'met']],
    ['250875, English III only: V is in neither known language, but French could be V', HEADS, { ...BELGIAN, english: 'III', french: null }, ['met', 'not-in-profile', 'not-met', 'met', 'met']],
    ['250875, English I only: below the II of either role', HEADS, { ...BELGIAN, english: 'I', french: null }, ['met', 'not-met', 'not-met', 'met', 'met']],
    ['251836, secondary education only', OFFICER, { ...BELGIAN, highestDegree: 'secondary' }, ['met', 'met', 'met', 'not-met', 'met']],
    ['251836 with an empty profile: nothing judged', OFFICER, EMPTY_PROFILE, ['not-in-profile', 'not-in-profile', 'not-in-profile', 'not-in-profile', 'not-in-profile']],
    ['250443, CTS already held, nationality not given', ASG, { ...EMPTY_PROFILE, clearanceHeld: 'CTS' }, ['not-stated', 'not-in-profile', 'not-in-profile', 'not-in-profile', 'met']],
  ])('%s', (_case, record, profile, expected) => {
    expect(states(record, profile)).toEqual(expected);
  });

  it('only the first profile of the table meets all stated requirements of 251836', () => {
    expect(meetsAllStated(readiness(OFFICER, BELGIAN))).toBe(true);
    expect(meetsAllStated(readiness(HEADS, BELGIAN))).toBe(false);
    expect(readinessSummary(readiness(HEADS, BELGIAN))).toBe('not-met');
    expect(readinessSummary(readiness(OFFICER, EMPTY_PROFILE))).toBe('not-in-profile');
  });
});

describe('a notice that states no requirement passes nothing by default', () => {
  // JWC's announcement (variations/) gives title, grade, station, closing date and salary only.
  const JWC = parseNotice(readFileSync(join(import.meta.dirname, '../../test/fixtures/vacancies/variations/jwc-monthly-basic-salary-nok.txt'), 'utf8'));
  it.each([['a Belgian with a full profile', BELGIAN], ['an empty profile', EMPTY_PROFILE]] as const)('%s: nothing stated to check, not a pass', (_case, profile) => {
    if (!JWC.ok) throw new Error(refusalLine(JWC.reason));
    const items = readiness(JWC.record, profile);
    expect(items.map((item) => item.state)).toEqual(['not-stated', 'not-stated', 'not-stated', 'not-stated', 'not-stated']);
    expect(meetsAllStated(items)).toBe(false);
    expect(readinessSummary(items)).toBe('not-stated');
  });
});

describe('what was never read is not judged', () => {
  it('a results row: every item not read, so it never meets all stated requirements', () => {
    const row = { ...OFFICER, completeness: 'row' as const };
    expect(states(row, BELGIAN)).toEqual(['not-read', 'not-read', 'not-read', 'not-read', 'not-read']);
    expect(meetsAllStated(readiness(row, BELGIAN))).toBe(false);
  });

  it('a record saved before requirements were read: nationality and degree not read, the rest judged', () => {
    const { requirements: _absent, ...older } = OFFICER;
    expect(states(older, BELGIAN)).toEqual(['not-read', 'met', 'met', 'not-read', 'met']);
  });
});

describe('STANAG 6001 profiles and clearance rules', () => {
  const agency: ReadinessInput = {
    languageRequirement: null, languageProfile: '3322', minExperienceYears: null, clearance: 'CTS/A',
    requirements: { nationality: null, degree: null, clearanceRule: 'must-hold' },
  };
  it.each<[string, Profile, ItemState, ItemState]>([
    ['3332 meets 3322; no clearance held', { ...EMPTY_PROFILE, stanagProfile: '3332', clearanceHeld: 'none' }, 'met', 'not-met'],
    ['3222 misses the speaking 3; NS is below CTS', { ...EMPTY_PROFILE, stanagProfile: '3222', clearanceHeld: 'NS' }, 'not-met', 'not-met'],
    ['I–VI levels say nothing about a STANAG profile; CTS held', { ...EMPTY_PROFILE, english: 'VI', clearanceHeld: 'CTS' }, 'not-in-profile', 'met'],
    ['a fast-track call is not opened by nationality alone', { ...EMPTY_PROFILE, nationality: 'NO' }, 'not-in-profile', 'not-in-profile'],
  ])('%s', (_case, profile, languages, clearance) => {
    const [, lang, , , clear] = states(agency, profile);
    expect([lang, clear]).toEqual([languages, clearance]);
  });

  it.each([
    ['NS', 'NS'], ['CTS', 'CTS'], ['CTS/A', 'CTS'], ['NATO CONFIDENTIAL', 'NC'], ['NR', 'NR'], ['NU', 'none'], ['Unknown text', null], [null, null],
  ])('clearance %j is %j on the ladder', (text, level) => {
    expect(clearanceLevel(text)).toBe(level);
  });

  it('no clearance named and no rule: not stated, whatever the profile', () => {
    const none: ReadinessInput = { ...agency, clearance: null, requirements: { nationality: null, degree: null, clearanceRule: null } };
    expect(states(none, BELGIAN)[4]).toBe('not-stated');
  });
});
