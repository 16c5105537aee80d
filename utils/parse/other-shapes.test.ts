import { englishWarning } from '../../test/unit/template-english';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParsedVacancy } from '../record/vacancy-record';
import { parseNotice } from './parse-notice';
import { refusalLine } from '../../test/unit/english-reason';

/**
 * Every real notice in test/fixtures/vacancies/other-shapes/ (see its README), read end to end.
 * Each row holds what the notice's own text states, written by reading the file (never by
 * running the parser); a field a row leaves out is one the text does not state clearly, and a
 * field set to null is one the text does not state at all (the parser must not invent it).
 * The first line of each file is a SOURCE line describing the copy: it is not part of the notice.
 */

const DIR = join(import.meta.dirname, '../../test/fixtures/vacancies/other-shapes');

type Expected = Partial<Pick<ParsedVacancy,
  'reference' | 'title' | 'location' | 'organisation' | 'schedule' | 'deadline' | 'closesAt' | 'salary' | 'clearance' | 'positions' | 'minExperienceYears'>> & {
  grades?: string[] | null;
  gradeLabel?: string;
};

const IS = 'NATO International Staff (NATO IS)';
const IMS = 'International Military Staff (IMS)';
const SHAPE = 'Supreme Headquarters Allied Powers Europe (SHAPE)';
const ACT = 'Allied Command Transformation (ACT)';
const AIRCOM = 'Allied Air Command (AIRCOM)';
const CSO = 'Collaboration Support Office (CSO)';
const NSPA = 'NATO Support and Procurement Agency (NSPA)';

const EXPECTED: Record<string, Expected> = {
  // "TITLE: … / GRADE: A.2/A.3 / VACANCY N° : 170023", a blog repost; no deadline or salary.
  '170023.txt': {
    reference: '170023', title: 'Programme Officer, Public Diplomacy Programme Management',
    location: 'NATO Headquarters, Brussels, Belgium', gradeLabel: 'A.2/A.3', grades: ['G15', 'G17'],
    deadline: null, closesAt: null, salary: null, positions: 1,
  },
  // Taleo repost: "Legal Adviser-180495"; the Primary Location value and the NATO Body label are lost,
  // the body's name stands alone where its value was.
  '180495.txt': {
    reference: '180495', title: 'Legal Adviser', location: null,
    organisation: 'NATO Communications and Information Agency (NCI Agency)',
    salary: { amount: 10529.88, currency: 'EUR', period: 'month' }, gradeLabel: 'A.6', grades: ['G23'],
    deadline: null, closesAt: null,
  },
  // "210291 Requisition #"; no title line; "Location:" label; SHAPE named in the body.
  '210291.txt': {
    reference: '210291', title: null, location: 'Casteau/Mons, 60 Km south of Brussels (Belgium)', organisation: SHAPE,
    deadline: null, salary: null, grades: null,
  },
  // STO letterhead, "Post Title:", "Grade:", "Duty location:", "Closing Date: 24 September 2021", "Vacancy ref.:".
  '210701.txt': {
    reference: '210701', title: 'Principal Assistant, Personnel, Administration and Logistics',
    organisation: CSO, location: 'Paris (Neuilly-sur-Seine), France', gradeLabel: 'NATO Grade G12', grades: ['G12'],
    deadline: '2021-09-24', closesAt: '2021-09-24T21:59:00.000Z', salary: null,
  },
  // Selectminds copy: title line "(2 posts)", "241321 Requisition #", "1. SUMMARY".
  '241321.txt': {
    reference: '241321', title: 'Assistant, Operations Division (2 posts)', organisation: IS, positions: 2,
    deadline: null, salary: null, grades: null,
  },
  // Clearance only in a body sentence: "requires a security clearance at COSMIC TOP SECRET/ATOMAL level".
  '241656.txt': {
    reference: '241656', title: 'Head, Divisional Support Section and Executive Officer (XO)', clearance: 'CTS/A',
    deadline: null, salary: null, grades: null,
  },
  // IMS: "Schedule: Full-time / STAFF VACANCY 250640 / DIVISION: … / TITLE: … / GRADE: A-2/G-15".
  '250640.txt': {
    reference: '250640', title: 'Staff Officer, Data, Cyber and Systems', organisation: IMS, schedule: 'Full-time',
    gradeLabel: 'A-2/G-15', grades: ['G15'], deadline: null, salary: null,
  },
  '250742.txt': {
    reference: '250742', title: 'Officer, Capacity Building in Counter Terrorism', organisation: IS,
    deadline: null, salary: null, grades: null,
  },
  // No reference, title or header: "SUMMARY", "RESPONSIBILITIES" and NATO wording only.
  'noref-devex-1387405.txt': { reference: null, title: null, deadline: null, salary: null, grades: null },
  'noref-drjobpro-MEPKWR1Z0YZPC6O.txt': { reference: null, title: null, organisation: IS, deadline: null, salary: null, grades: null },
  'noref-drjobpro-MGW0SMRZ2JWWUUL.txt': { reference: null, title: null, organisation: CSO, deadline: null, salary: null, grades: null },
  'noref-drjobpro-MIJZ45PW2Q79HII.txt': {
    reference: null, title: null, organisation: 'Joint Support and Enabling Command (JSEC)', deadline: null, salary: null, grades: null,
  },
  // Portuguese board chrome ("Localização: …") around an English SHAPE notice.
  'noref-findjob24h-136611.txt': {
    reference: null, title: 'Branch Head (SHAPE Civilian Personnel)', organisation: SHAPE, deadline: null, salary: null, grades: null,
  },
  'noref-findroles-5825054925.txt': { reference: null, title: null, organisation: ACT, deadline: null, salary: null, grades: null },
  'noref-globaljobs-29696.txt': {
    reference: null, title: 'Staff Officer (Public Affairs Officer)', organisation: 'Allied Maritime Command (MARCOM)',
    deadline: null, salary: null, grades: null,
  },
  // A pool competition: "NATO Grades B3/G8 and B4/G10", roles listed with 3 + 1 + 2 + 2 + 1 vacancies.
  'noref-impactpool-1217066.txt': {
    reference: null, organisation: IMS, grades: ['G8', 'G10'], positions: 9, clearance: 'NS', deadline: null, salary: null,
  },
  // Taleo repost: "Grade: No Grade", an empty salary, "Job Posting: 10 July 2020 – 31 August 2020".
  'noref-interlanguage-club-cmre-young-scientist-internship.txt': {
    reference: null, title: 'NATO - Young Scientist Internship Programme', location: 'Italy-La Spezia',
    organisation: 'Centre for Maritime Research and Experimentation (CMRE)', schedule: 'Full-time',
    gradeLabel: 'No Grade', grades: [], salary: null, deadline: '2020-08-31', closesAt: '2020-08-31T21:59:00.000Z',
  },
  // All line breaks lost.
  'noref-jobijoba-de-61e4087ffe2c56d7e519983532ebfc74.txt': { reference: null, title: null, organisation: AIRCOM, deadline: null, salary: null, grades: null },
  // Board header: "Application Deadline: March 30, 2025".
  'noref-jobjob-23254.txt': {
    reference: null, title: 'Officer, Digital Backbone CIS and Cybersecurity', organisation: IS,
    deadline: '2025-03-30', closesAt: '2025-03-30T21:59:00.000Z', salary: null, grades: null,
  },
  'noref-jobjob-network-and-communications-technician-3-posts.txt': {
    reference: null, title: 'Network and Communications Technician (3 posts)', organisation: 'BICES Group Executive (BGX)', positions: 3,
    deadline: '2024-06-17', closesAt: '2024-06-17T21:59:00.000Z', salary: null, grades: null,
  },
  'noref-jobjob-staff-officer-aco-workforce-policy.txt': {
    reference: null, title: 'Staff Officer (ACO Workforce Policy)', organisation: SHAPE,
    deadline: '2025-01-19', closesAt: '2025-01-19T22:59:00.000Z', salary: null, grades: null,
  },
  // "This post reports to OAC BXXX 0010 – Director of Finance (A8) – A4/G20": the superior's grade, not this post's.
  'noref-jobs-near-me-1811916.txt': { reference: null, title: null, organisation: AIRCOM, deadline: null, salary: null, grades: null },
  // "EUR 11 135.20, tax free" states no pay period; "Expiry Date" is empty.
  'noref-nato-jobs-com-planning-and-management-operations-101.txt': {
    reference: null, title: 'Planning and Management, Operations', organisation: NSPA, deadline: null, salary: null, grades: null,
  },
  // A full Taleo header on a board; the salary is a bare number (no currency, no period).
  'noref-taffin-MjMxNjc2.txt': {
    reference: null, title: 'Governance Support and Document Management Specialist', location: 'Luxembourg', organisation: IS,
    schedule: 'Full-time', deadline: '2026-03-13', salary: null, gradeLabel: 'NATO Grade G12', grades: ['G12'], minExperienceYears: 6,
  },
  // The board's header: a salary range (no single amount) and "Deadline: 21/10/2025".
  'noref-unjoblink-362871.txt': {
    reference: null, title: 'Section Head (CIS Security) – Norfolk', organisation: ACT, location: null,
    deadline: '2025-10-21', closesAt: '2025-10-21T21:59:00.000Z', salary: null, grades: null,
  },
  // "The NATO Communications and Information (NCI) Organisation …"; the post is in its Secretariat.
  // The NCI Agency is only one item of the list of the Organisation's parts.
  'noref-unjoblink-policy-officer-2.txt': {
    reference: null, title: 'Policy Officer', organisation: 'NATO Communications and Information Organisation (NCIO)', location: null, deadline: '2022-12-21', closesAt: '2022-12-21T22:59:00.000Z', salary: null, grades: null,
  },
  'noref-usajobs-532994700.txt': { reference: null, title: null, organisation: NSPA, deadline: null, salary: null, grades: null },
  // "Job title:" label with its value on the next line; "1. SUMMARYThe …" glued.
  'noref-vacanciesin-coordinator-security-implementation.txt': {
    reference: null, title: 'Coordinator, Security Implementation', deadline: null, salary: null, grades: null,
  },
  // "2. PRINCIPAL DUTIESThe incumbent's duties are:" glued.
  'noref-vindazo-54417463.txt': { reference: null, title: null, organisation: SHAPE, deadline: null, salary: null, grades: null },
};

/** The notice without its SOURCE line. */
function notice(file: string): string {
  const text = readFileSync(join(DIR, file), 'utf8');
  return text.slice(text.indexOf('\n') + 1);
}

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('other-shapes: every real notice in the folder', () => {
  it('has a row for every file and a file for every row', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(FILES);
  });

  it.each(FILES)('%s', (file) => {
    const expected = EXPECTED[file] ?? {};
    const result = parseNotice(notice(file));
    if (!result.ok) throw new Error(`refused: ${refusalLine(result.reason)}`);
    const { record } = result;
    const { grades, gradeLabel, ...fields } = expected;
    expect(record).toMatchObject(fields);
    if (grades === null) expect(record.grade).toBeNull();
    else if (grades !== undefined) expect(record.grade?.grades).toEqual(grades);
    if (gradeLabel !== undefined) expect(record.grade?.label).toBe(gradeLabel);
    if (expected.reference === null) expect(record.warnings.map(englishWarning).some((w) => /^reference: /.test(w))).toBe(true);
    if (expected.title === null) expect(record.warnings.map(englishWarning).some((w) => /^title: /.test(w))).toBe(true);
  });
});
