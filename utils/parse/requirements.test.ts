import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Requirements } from '../record/requirements';
import { parseNotice } from './parse-notice';
import { findClearanceRule, findDegreeRequirement, findNationalityRule } from './requirements';
import { refusalLine } from '../../test/unit/english-reason';

// Expected values come from reading each notice (line numbers in the comments).
const VACANCIES = join(import.meta.dirname, '../../test/fixtures/vacancies');
const read = (file: string) => readFileSync(join(VACANCIES, file), 'utf8');
/** Other shapes: the first line says where the copy came from and is not part of the notice. */
const shape = (file: string) => read(`other-shapes/${file}`).split('\n').slice(1).join('\n');

describe('the three full notices, read end to end', () => {
  it.each<[string, Requirements]>([
    // l.125 "we can only accept applications from nationals of NATO member countries"; l.40 "possess a
    // university degree" (the MA of l.55 is desirable); l.136 "subject to receipt of a **security clearance**".
    ['251836-officer-defence-policy.txt', { nationality: 'nato-member-states', degree: { level: 'bachelor', orEquivalent: false }, clearanceRule: 'on-appointment' }],
    // l.274 the same rule wrapped over two lines; l.114 university degree (post-graduate l.154 is desirable); l.310.
    ['250875-heads-nasp-and-mo.txt', { nationality: 'nato-member-states', degree: { level: 'bachelor', orEquivalent: false }, clearanceRule: 'on-appointment' }],
    // No nationality rule anywhere; l.48 "university degree (Master's level preferred) or equivalent level"; l.125.
    ['250443-asg-defence-policy-planning.md', { nationality: null, degree: { level: 'bachelor', orEquivalent: true }, clearanceRule: 'on-appointment' }],
  ])('%s', (file, expected) => {
    const result = parseNotice(read(file));
    if (!result.ok) throw new Error(refusalLine(result.reason));
    expect(result.record.requirements).toEqual(expected);
  });

  it('keeps the rules when the notice arrives flattened (a selection)', () => {
    const result = parseNotice(read('251836-officer-defence-policy.txt').replace(/\s+/g, ' '));
    if (!result.ok) throw new Error(refusalLine(result.reason));
    expect(result.record.requirements?.nationality).toBe('nato-member-states');
    expect(result.record.requirements?.clearanceRule).toBe('on-appointment');
  });
});

describe('nationality rule', () => {
  it.each([
    ['210701.txt', 'nato-member-states'], // "Open to nationals of NATO member states only."
    ['250640.txt', 'nato-member-states'], // "OPEN TO NATIONALS OF NATO MEMBER STATES ONLY"
    ['noref-impactpool-1217066.txt', 'nato-member-states'], // the same, above the title
    ['noref-devex-1387405.txt', 'nato-member-states'], // "external candidates who are nationals of a NATO member country"
    ['241656.txt', null], // fast-track call: the rule is about clearances, not nationality
    ['180495.txt', null], // "protect NATO's 1 billion citizens" is no rule
    ['170023.txt', null],
    ['210291.txt', null],
  ])('%s', (file, expected) => {
    expect(findNationalityRule(shape(file))).toBe(expected);
  });

  it.each([
    ["On notera que seules les candidatures de ressortissant(e)s de pays de l'OTAN pourront être acceptées.", 'nato-member-states'],
    ["Poste ouvert aux ressortissants des États membres de l’OTAN uniquement.", 'nato-member-states'],
    // The diversity line of 250875 (l.334) welcomes everyone; the contract line names member States.
    ['NATO welcomes applications of nationals from all member Nations, and strongly encourages women to apply.', null],
    ["If the successful applicant is seconded from the national administration of one of NATO's member States", null],
  ])('%s', (text, expected) => {
    expect(findNationalityRule(text)).toBe(expected);
  });
});

describe('degree', () => {
  it.each<[string, Requirements['degree']]>([
    ['noref-taffin-MjMxNjc2.txt', { level: 'secondary', orEquivalent: false }], // "education to the higher secondary level"
    ['noref-unjoblink-policy-officer-2.txt', { level: 'bachelor', orEquivalent: true }], // "a University degree or an equivalent"
    ['180495.txt', null], // "a high degree of autonomy" is no qualification
    ['210701.txt', null],
  ])('%s', (file, expected) => {
    expect(findDegreeRequirement(shape(file))).toEqual(expected);
  });

  it.each<[string, Requirements['degree']]>([
    ["- possess a university degree from an institute of recognized standing, preferably in political science;", { level: 'bachelor', orEquivalent: false }],
    ["- hold a university degree, preferably a post-graduate degree in law;", { level: 'bachelor', orEquivalent: false }],
    ["- possess a university degree at Master's level in engineering;", { level: 'master', orEquivalent: false }],
    ['- a university degree in a relevant field, or higher secondary education and 4 more years of experience;', { level: 'secondary', orEquivalent: true }],
    ['- a PhD in physics or a related discipline;', { level: 'doctorate', orEquivalent: false }],
    ["- un diplôme universitaire de deuxième cycle dans un domaine en lien avec le poste ;", { level: 'master', orEquivalent: false }],
    ["- posséder un diplôme délivré par un établissement universitaire de valeur reconnue ;", { level: 'bachelor', orEquivalent: false }],
    ['- a valid driving licence; the ability to master new tools quickly;', null],
  ])('%s', (text, expected) => {
    expect(findDegreeRequirement(text)).toEqual(expected);
  });
});

describe('clearance rule', () => {
  it.each([
    ['241656.txt', 'must-hold'], // "open to candidates who already hold a valid NATO personnel security clearance"
    ['noref-impactpool-1217066.txt', null], // "Security Clearance – NATO SECRET (NS) or h": a level, no rule
    ['210701.txt', null],
  ])('%s', (file, expected) => {
    expect(findClearanceRule(shape(file))).toBe(expected);
  });

  it.each([
    ['The candidate must hold or be able to obtain a NATO SECRET security clearance.', 'hold-or-obtain'],
    ['Must hold, or be able to obtain, a NATO SECRET clearance', 'hold-or-obtain'],
    ["La nomination se fera sous réserve de la délivrance d'une habilitation de sécurité par les autorités du pays", 'on-appointment'],
    ['NATO SECRET', null],
    // A PDF copy's line breaks and a markdown copy's bold inside the phrase.
    ['The successful candidate must\n**hold** or be able\n\nto obtain a NATO SECRET clearance.', 'hold-or-obtain'],
    ['Appointment will be subject to __receipt__ of a\n   **security clearance** (provided by the national Authorities)', 'on-appointment'],
    // The two rules in one text: holding or obtaining says more than "on appointment".
    ['Appointment will be subject to receipt of a security clearance. Candidates must hold or obtain NATO SECRET.', 'hold-or-obtain'],
    // "threshold or obtain" and "household" hold no rule word.
    ['a threshold or obtain a household security clearance', null],
  ])('%s', (text, expected) => {
    expect(findClearanceRule(text)).toBe(expected);
  });
});
