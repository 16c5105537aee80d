import { warning } from '../../utils/parse/warning-templates';
import type { Status, StoredVacancy } from '../../utils/record/stored-vacancy';
import { BRUSSELS, brusselsEndOfDay, zonedDateKey } from '../../utils/time/zones';
import { storedVacancy } from '../unit/record-factory';

/**
 * Seeded, schema-valid tracked vacancies for the popup benchmark (1,000 / 10,000 rows), the demo
 * and component tests. Shapes follow the three real notices in test/fixtures/vacancies/ and the
 * grades and salaries in utils/grades/README.md; the same (count, now, seed) gives the same
 * records. Each one is built (and checked) by storedVacancy in test/unit/record-factory.ts; a
 * single record for a test comes from there too.
 */

interface Template {
  title: string;
  titleFr: string;
  grade: { label: string; grades: string[] };
  salary: number | null;
  clearance: string;
  languages: { primary: 'IV' | 'V' | 'VI'; secondary: 'I' | 'II' | 'III' };
  years: number;
  essayPages: number | null;
  keyChallenges: string[];
}

const CHALLENGES = [
  'Provide timely, high-quality policy advice to senior leadership on defence issues.',
  'Coordinate positions across Allies and NATO bodies under tight deadlines.',
  'Lead a multinational team through a period of organisational change.',
  'Manage competing priorities while keeping stakeholders informed.',
  'Strengthen partnerships with multilateral organisations.',
];

const TEMPLATES: Template[] = [
  { title: 'Officer, Defence Policy', titleFr: 'Chargé(e) de la politique de défense', grade: { label: 'NATO Grade G20', grades: ['G20'] }, salary: 9253.21, clearance: 'NS', languages: { primary: 'V', secondary: 'I' }, years: 6, essayPages: null, keyChallenges: [] },
  { title: 'Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post)', titleFr: 'Chef de la Section Affaires OTAN et politique de sécurité', grade: { label: 'NATO Grade G22', grades: ['G22'] }, salary: 10742.69, clearance: 'NS', languages: { primary: 'V', secondary: 'II' }, years: 10, essayPages: 1, keyChallenges: CHALLENGES.slice(0, 3) },
  { title: 'Assistant Secretary General, Defence Policy and Planning', titleFr: 'Secrétaire général(e) adjoint(e) pour la politique et les plans de défense', grade: { label: 'Unclassified', grades: [] }, salary: null, clearance: 'CTS', languages: { primary: 'VI', secondary: 'I' }, years: 15, essayPages: 2, keyChallenges: CHALLENGES },
  { title: 'Assistant, Registry', titleFr: 'Assistant(e) du Bureau d’enregistrement', grade: { label: 'NATO Grade G10', grades: ['G10'] }, salary: 4565.36, clearance: 'NS', languages: { primary: 'IV', secondary: 'I' }, years: 3, essayPages: null, keyChallenges: [] },
  { title: 'Officer, Plans', titleFr: 'Chargé(e) des plans', grade: { label: 'NATO Grade G15', grades: ['G15'] }, salary: 6467.3, clearance: 'NS', languages: { primary: 'V', secondary: 'I' }, years: 4, essayPages: null, keyChallenges: [] },
  { title: 'Senior Officer, Capability Development', titleFr: 'Chargé(e) principal(e) du développement des capacités', grade: { label: 'NATO Grade G17-G20', grades: ['G17', 'G20'] }, salary: 8273.12, clearance: 'NS', languages: { primary: 'V', secondary: 'II' }, years: 8, essayPages: 1, keyChallenges: CHALLENGES.slice(1, 4) },
  { title: 'Principal Officer, Sécurité énergétique', titleFr: 'Chargé(e) principal(e), sécurité énergétique', grade: { label: 'NATO Grade G23', grades: ['G23'] }, salary: 13206.07, clearance: 'CTS', languages: { primary: 'V', secondary: 'III' }, years: 12, essayPages: 2, keyChallenges: CHALLENGES.slice(2) },
  { title: 'Deputy Assistant Secretary General, Operations', titleFr: 'Secrétaire général(e) adjoint(e) délégué(e), opérations', grade: { label: 'NATO Grade G24', grades: ['G24'] }, salary: null, clearance: 'CTS', languages: { primary: 'VI', secondary: 'II' }, years: 15, essayPages: 2, keyChallenges: CHALLENGES.slice(0, 4) },
];

const ORGANISATIONS = [
  ['NATO International Staff (NATO IS)', 'Belgium-Brussels'],
  ['NATO International Staff (NATO IS)', 'Belgium-Brussels'],
  ['NATO Office of Resources (NOR)', 'Belgium-Brussels'],
  ['NATO Support and Procurement Agency (NSPA)', 'Luxembourg-Capellen'],
  ['NATO Communications and Information Agency (NCIA)', 'Netherlands-The Hague'],
] as const;

/** mulberry32: tiny, fast, good enough to vary fixtures reproducibly. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const STATUS_WEIGHTS: [Status, number][] = [['interested', 40], ['drafting', 20], ['submitted', 20], ['written-test', 7], ['conditional-offer', 3], ['not-selected', 6], ['withdrawn', 4]];

export function makeStoredVacancies(count: number, now: Date, seed = 20260104): StoredVacancy[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const status = (): Status => {
    let roll = next() * 100;
    for (const [value, weight] of STATUS_WEIGHTS) if ((roll -= weight) < 0) return value;
    return 'interested';
  };
  const records: StoredVacancy[] = [];
  for (let index = 0; index < count; index += 1) {
    const reference = String(240000 + index);
    const template = pick(TEMPLATES);
    const [organisation, location] = pick(ORGANISATIONS);
    // From 60 days closed to 90 days ahead; about one in twenty without a known deadline.
    const deadline = next() < 0.05 ? null : zonedDateKey(new Date(now.getTime() + Math.floor(next() * 150 - 60) * DAY), BRUSSELS);
    const closesAt = deadline ? brusselsEndOfDay(deadline) : null; // non-null: the key is well-formed
    const rowOnly = next() < 0.1;
    const capturedAt = new Date(now.getTime() - Math.floor(next() * 90 + 1) * DAY);
    const extended = !rowOnly && closesAt !== null && next() < 0.08;
    const essay = !rowOnly && template.essayPages
      ? { required: true as const, format: 'MS Word', maxPages: template.essayPages, titleMustInclude: [reference, 'Key challenges'], dueDate: deadline }
      : null;
    records.push(storedVacancy({
      reference,
      title: template.title,
      titleFr: rowOnly ? null : template.titleFr,
      languages: rowOnly ? [] : ['en', 'fr'],
      location,
      organisation,
      schedule: rowOnly ? null : 'Full-time',
      deadline,
      closesAt,
      salary: rowOnly || template.salary === null ? null : { amount: template.salary, currency: 'EUR', period: 'month' },
      grade: template.grade,
      clearance: rowOnly ? null : template.clearance,
      languageRequirement: rowOnly ? null : template.languages,
      minExperienceYears: rowOnly ? null : template.years,
      positions: template.title.includes('(1 post) &') ? 2 : 1,
      essay,
      keyChallenges: rowOnly ? [] : template.keyChallenges,
      assessments: rowOnly ? [] : ['Selective assessment: within four weeks of the closing date'],
      contract: rowOnly ? null : { initialYears: 3, renewableYears: 3, maxYears: 6 },
      competencies: rowOnly ? [] : ['Achievement: Sets and works towards challenging goals', 'Teamwork: Builds team spirit'],
      sourceUrl: `https://nato.taleo.net/careersection/2/jobdetail.ftl?job=${reference}&lang=en`,
      warnings: rowOnly ? [warning('rowOnly')] : [],
      status: status(),
      notes: next() < 0.2 ? 'Ask former colleague about the team.' : '',
      remindersEnabled: next() < 0.9,
      completeness: rowOnly ? 'row' : 'notice',
      portalState: next() < 0.03 ? 'withdrawn' : 'listed',
      history: extended
        ? [{ field: 'closesAt', from: new Date(Date.parse(closesAt) - 7 * DAY).toISOString(), to: closesAt, changedAt: new Date(capturedAt.getTime() + DAY).toISOString() }]
        : [],
      capturedAt: capturedAt.toISOString(),
      updatedAt: new Date(capturedAt.getTime() + (extended ? DAY : 0)).toISOString(),
    }));
  }
  return records;
}
