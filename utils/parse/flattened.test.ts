import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedVacancy } from '../record/vacancy-record';
import { ParsedVacancySchema } from '../record/vacancy-record';
import type { ParseOptions } from './parse-notice';
import { parseNotice } from './parse-notice';
import { refusalLine } from '../../test/unit/english-reason';

// What the context-menu capture receives: the browser's selection text (and a PDF viewer's copy)
// with every line break collapsed into a space. It must read as the notice itself does.

const VACANCIES = join(import.meta.dirname, '../../test/fixtures/vacancies');
const FILES = {
  '251836': '251836-officer-defence-policy.txt',
  '250875': '250875-heads-nasp-and-mo.txt',
  '250443': '250443-asg-defence-policy-planning.md',
};
type Reference = keyof typeof FILES;
const REFERENCES = Object.keys(FILES) as Reference[];

const flatten = (text: string): string => text.replace(/\s+/g, ' ');
const notice = (reference: Reference): string => readFileSync(join(VACANCIES, FILES[reference]), 'utf8');

function read(text: string, options?: ParseOptions): ParsedVacancy {
  const result = parseNotice(text, options);
  if (!result.ok) throw new Error(refusalLine(result.reason));
  expect(ParsedVacancySchema.safeParse(result.record).success).toBe(true);
  return result.record;
}

const ORIGINAL = Object.fromEntries(REFERENCES.map((r) => [r, read(notice(r))])) as Record<Reference, ParsedVacancy>;
const FLAT = Object.fromEntries(REFERENCES.map((r) => [r, read(flatten(notice(r)))])) as Record<Reference, ParsedVacancy>;

const FIELDS = ['reference', 'title', 'deadline', 'closesAt', 'salary', 'grade', 'clearance', 'languageRequirement', 'minExperienceYears', 'positions', 'essay'] as const;

describe('the three real notices with their line breaks collapsed', () => {
  it.each(REFERENCES)('%s: the same reference, title, deadline, salary, grade, clearance, languages, experience, positions and essay', (reference) => {
    for (const field of FIELDS) expect(FLAT[reference][field], field).toEqual(ORIGINAL[reference][field]);
  });

  it.each<[Reference, string, string, number | null, string[] | null]>([
    ['251836', 'Officer, Defence Policy', '2026-01-04T22:59:00.000Z', null, null],
    ['250875', 'Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post)', '2025-06-18T21:59:00.000Z', 1, ['250875', 'Key challenges']],
    ['250443', 'Assistant Secretary General, Defence Policy and Planning', '2025-04-06T21:59:00.000Z', 2, ['250443', 'Key challenges']],
  ])('%s: as the design table says', (reference, title, closesAt, maxPages, titleMustInclude) => {
    const record = FLAT[reference];
    expect(record).toMatchObject({ reference, title, closesAt });
    expect(record.essay?.maxPages ?? null).toBe(maxPages);
    expect(record.essay?.titleMustInclude ?? null).toEqual(titleMustInclude);
  });

  it.each<[Reference, number]>([
    ['251836', 0],
    ['250875', 3],
    ['250443', 5],
  ])('%s: the same %i key challenges, each whole and ending where its list ends', (reference, count) => {
    expect(FLAT[reference].keyChallenges).toHaveLength(count);
    expect(FLAT[reference].keyChallenges).toEqual(ORIGINAL[reference].keyChallenges);
  });

  it.each(REFERENCES)('%s: everything else too (French title, header, posts, contract, competencies, steps, warnings)', (reference) => {
    expect(FLAT[reference]).toEqual(ORIGINAL[reference]);
  });

  it.each(REFERENCES)('%s: the same when the page was selected with tabs and odd spaces left in', (reference) => {
    const text = notice(reference).replace(/\n+/g, (breaks) => (breaks.length > 1 ? ' \u00a0 ' : '\t'));
    expect(read(text)).toEqual(ORIGINAL[reference]);
  });
});

describe('other flattened shapes', () => {
  it('a portal header with values glued to the next label', () => {
    const text =
      'Job Description - Buyer (261340) Buyer-261340Primary Location Germany-WeselNATO Body Joint Force Command Brunssum (JFCBS)' +
      'Schedule Full-timeApplication Deadline 11-Oct-2026, 9:59:00 PMSalary (Pay Basis) : 5,260.65Euro (EUR) MonthlyGrade NATO Grade G10' +
      'Description: POST CONTEXT/POST SUMMARY The Purchasing and Contracting Branch in Wesel supports the command. ESSENTIAL QUALIFICATIONS ' +
      'Professional Experience: - Minimum 3 years of experience in procurement within the last 5 years. Language: - English - SLP 3322 in ' +
      'accordance with STANAG 6001. DESIRABLE QUALIFICATIONS - Minimum 1 year experience working in a NATO procurement office.';
    expect(read(text, { pageTimeZone: 'GMT+00:00' })).toMatchObject({
      reference: '261340',
      title: 'Buyer',
      location: 'Germany-Wesel',
      organisation: 'Joint Force Command Brunssum (JFCBS)',
      schedule: 'Full-time',
      deadline: '2026-10-11',
      closesAt: '2026-10-11T21:59:00.000Z',
      salary: { amount: 5260.65, currency: 'EUR', period: 'month' },
      grade: { label: 'NATO Grade G10', grades: ['G10'] },
      languageProfile: '3322',
      // "Minimum 1 year" is desirable, not essential.
      minExperienceYears: 3,
    });
  });

  it("the portal's French page, its heading and values glued to the labels", () => {
    const text =
      "Aller au contenu principal. Description de l'offre d'emploi - Acheteur (261340) Acheteur-261340Emplacement principal Allemagne-Wesel" +
      'Organisation Joint Force Command Brunssum (JFCBS)Horaire Temps pleinDate de retrait 11-oct.-2026, 23:59:00Salaire (Base de paie) : ' +
      '5 260,65Euro (EUR) MensuelleGrade NATO Grade G10Description : 1. RÉSUMÉ La branche achats soutient le commandement. 2. QUALIFICATIONS ' +
      "ET EXPÉRIENCE ACQUIS ESSENTIELS La personne titulaire du poste doit : - avoir au moins trois ans d'expérience dans les achats ; " +
      "- posséder le niveau V (« avancé ») dans l'une des deux langues et le niveau I (« débutant ») dans l'autre.";
    expect(read(text, { pageTimeZone: 'Europe/Brussels' })).toMatchObject({
      reference: '261340',
      title: 'Acheteur',
      languages: ['fr'],
      location: 'Allemagne-Wesel',
      organisation: 'Joint Force Command Brunssum (JFCBS)',
      closesAt: '2026-10-11T21:59:00.000Z',
      salary: { amount: 5260.65, currency: 'EUR', period: 'month' },
      grade: { label: 'NATO Grade G10', grades: ['G10'] },
      minExperienceYears: 3,
      languageRequirement: { primary: 'V', secondary: 'I' },
    });
  });

  it('the French half on its own reads as it does with its line breaks', () => {
    const text = notice('251836');
    const french = text.slice(text.indexOf('Administratrice/Administrateur'));
    const record = read(flatten(french));
    expect(record).toEqual(read(french));
    expect(record).toMatchObject({
      reference: '251836',
      title: 'Administratrice/Administrateur, Politique de défense',
      languages: ['fr'],
      location: 'Belgique-Bruxelles',
      deadline: '2026-01-04',
      salary: { amount: 9253.21, currency: 'EUR', period: 'month' },
      clearance: 'NS',
      languageRequirement: { primary: 'V', secondary: 'I' },
      minExperienceYears: 6,
    });
  });

  it('a markdown notice whose marks are left in the flattened text', () => {
    const text =
      '## VACANCY NOTIFICATION ### Officer, Plans (260334) **Primary Location:** Belgium-Brussels **Application Deadline:** 02-Mar-2025 ' +
      '**Grade** NATO Grade G17-G20 **Description** #### 1. SUMMARY The Division plans. ## **2. QUALIFICATIONS AND EXPERIENCE** **ESSENTIAL** ' +
      'The candidate must: - have at least 8 years of experience; - possess V ("Advanced") in one; II ("Elementary") in the other. ' +
      '## **DESIRABLE** - at least 2 years abroad.';
    expect(read(text)).toMatchObject({
      reference: '260334',
      title: 'Officer, Plans',
      location: 'Belgium-Brussels',
      deadline: '2025-03-02',
      grade: { label: 'NATO Grade G17-G20', grades: ['G17', 'G20'] },
      languageRequirement: { primary: 'V', secondary: 'II' },
      minExperienceYears: 8,
    });
  });
});

describe('a flattened notice without its title line is still read, with no reference invented', () => {
  const text = notice('251836');
  it('a notice body without its title and header', () => {
    const result = parseNotice(flatten(text.slice(text.indexOf('1. SUMMARY'), text.indexOf('Administratrice'))));
    if (!result.ok) throw new Error(refusalLine(result.reason));
    expect(result.record).toMatchObject({ reference: null, title: null, minExperienceYears: 6, languageRequirement: { primary: 'V', secondary: 'I' } });
  });
  it('a header without a title line', () => {
    const result = parseNotice('Primary Location: Belgium-Brussels NATO Body: NATO International Staff (NATO IS) Application Deadline: 4-Jan-2026 Grade NATO Grade G20 Description: 1. SUMMARY The Division leads.');
    if (!result.ok) throw new Error(refusalLine(result.reason));
    expect(result.record).toMatchObject({ reference: null, location: 'Belgium-Brussels', organisation: 'NATO International Staff (NATO IS)', deadline: '2026-01-04', grade: { grades: ['G20'] } });
  });
});

describe('flattened text that is not a notice stays not a notice', () => {
  it.each([
    [
      'a letter naming the vacancy and header words',
      'Dear Madam or Sir, I apply for the Officer, Defence Policy vacancy (251836). Before the Application Deadline of 4 January 2026 I will send my essay. My Primary Location preference is Brussels and my Clearance Level is NS. Kind regards.',
    ],
    ['a news article', 'NATO Allies met in Brussels today. - Ministers agreed on a new plan; - the Secretary General said: "We are ready." 1. Ministers will meet again in June. '.repeat(20)],
  ])('%s', (_case, flat) => {
    const result = parseNotice(flat);
    expect(result).toMatchObject({ ok: false, error: 'not-a-notice' });
    if (!result.ok) expect(refusalLine(result.reason)).not.toContain('\n');
  });
});
