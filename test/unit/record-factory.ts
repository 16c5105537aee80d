import { KeyedVacancySchema, type KeyedVacancy } from '../../utils/record/vacancy-record';
import { StoredVacancySchema, type StoredVacancy } from '../../utils/record/stored-vacancy';
import type { EssayVacancy } from '../../utils/essay/finding';
import { OFFICER_DEFENCE_POLICY } from '../expected/251836';

/**
 * The one place tests, the bench and the demo get vacancy records from. Every builder runs its
 * result through the schema it claims to satisfy, so a change to the record shape fails here,
 * loudly, instead of leaving stale fixtures behind. The named records follow the real notices in
 * test/fixtures/vacancies/ (plus the grade shapes the comparison needs); tests assert on their
 * values, so change those only together with the tests.
 */

/** Notice 251836 (Officer, Defence Policy) as the parser gives it. */
const NOTICE_251836: KeyedVacancy = {
  ...OFFICER_DEFENCE_POLICY,
  titleFr: 'Officier(ère), Politique de défense',
  languages: ['en', 'fr'],
  languageProfile: null,
  positions: 1,
  posts: [],
  essay: null,
  keyChallenges: [],
  assessments: [],
  contract: { initialYears: 3, renewableYears: 3, maxYears: 6 },
  competencies: ['Analytical Thinking: Sees multiple relationships.'],
  sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
  warnings: [],
};

/**
 * What storing a capture adds: the user's fields untouched, no history yet, and followed (most
 * tests are about vacancies the candidate follows; a test of a notice only seen sets
 * `followedAt: null`, as a capture of an opened page stores it).
 */
const FRESHLY_STORED: Omit<StoredVacancy, keyof KeyedVacancy> = {
  status: 'interested',
  notes: '',
  essayFileName: null,
  remindersEnabled: true,
  followedAt: '2025-12-01T09:00:00.000Z',
  completeness: 'notice',
  portalState: 'listed',
  history: [],
  capturedAt: '2025-12-01T09:00:00.000Z',
  updatedAt: '2025-12-01T09:00:00.000Z',
};

/** A schema-valid parsed record shaped like notice 251836; override what a test is about. */
export function parsedVacancy(overrides: Partial<KeyedVacancy> = {}): KeyedVacancy {
  return KeyedVacancySchema.parse({ ...NOTICE_251836, ...overrides });
}

/** A schema-valid stored record: notice 251836 freshly captured; override what a test is about. */
export function storedVacancy(overrides: Partial<StoredVacancy> = {}): StoredVacancy {
  return StoredVacancySchema.parse({ ...NOTICE_251836, ...FRESHLY_STORED, ...overrides });
}

/**
 * An English-only notice that states little: every field a notice may leave out, left out.
 * Spread it first, then add what a test is about: `storedVacancy({ ...BARE_NOTICE, salary })`.
 */
export const BARE_NOTICE: Partial<KeyedVacancy> = {
  titleFr: null,
  languages: ['en'],
  location: null,
  organisation: null,
  deadline: null,
  closesAt: null,
  salary: null,
  grade: null,
  clearance: null,
  languageRequirement: null,
  languageProfile: null,
  minExperienceYears: null,
  contract: null,
  competencies: [],
  sourceUrl: null,
};

const IS_BRUSSELS = { location: 'Belgium-Brussels', organisation: 'NATO International Staff (NATO IS)' };

// ---- Grade and salary comparison: the three fixture notices plus two more grade shapes. ----

const COMPARED = { ...BARE_NOTICE, capturedAt: '2025-03-01T09:00:00.000Z', updatedAt: '2025-03-01T09:00:00.000Z' };

/** 251836: G20, 9,253.21 EUR, NS, closes 4 Jan 2026. */
export const officerDefencePolicy = storedVacancy({
  ...COMPARED,
  ...OFFICER_DEFENCE_POLICY,
  contract: { initialYears: 3, renewableYears: 3, maxYears: 6 },
});

/** 250875: G22, 10,742.69 EUR, two posts, closes 18 Jun 2025. */
export const headsNaspAndMo = storedVacancy({
  ...COMPARED,
  reference: '250875',
  title: 'Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post)',
  ...IS_BRUSSELS,
  deadline: '2025-06-18',
  closesAt: '2025-06-18T21:59:00.000Z',
  salary: { amount: 10742.69, currency: 'EUR', period: 'month' },
  grade: { label: 'NATO Grade G22', grades: ['G22'] },
  clearance: 'NS',
  languageRequirement: { primary: 'V', secondary: 'II' },
  minExperienceYears: 10,
  positions: 2,
});

/** 250443: Unclassified, no salary, CTS, closed 6 Apr 2025. */
export const asgDefencePolicy = storedVacancy({
  ...COMPARED,
  reference: '250443',
  title: 'Assistant Secretary General, Defence Policy and Planning',
  ...IS_BRUSSELS,
  deadline: '2025-04-06',
  closesAt: '2025-04-06T21:59:00.000Z',
  grade: { label: 'Unclassified', grades: [] },
  clearance: 'CTS',
  languageRequirement: { primary: 'VI', secondary: 'I' },
  minExperienceYears: 15,
});

/** Twin-graded G17-G20: salary shown is G17's (8,273.12 EUR, Belgium 2025). */
export const twinGradedOfficer = storedVacancy({
  ...COMPARED,
  reference: '250612',
  title: 'Officer, Plans',
  ...IS_BRUSSELS,
  deadline: '2025-07-20',
  closesAt: '2025-07-20T21:59:00.000Z',
  salary: { amount: 8273.12, currency: 'EUR', period: 'month' },
  grade: { label: 'NATO Grade G17-G20', grades: ['G17', 'G20'] },
  clearance: 'NS',
  languageRequirement: { primary: 'V', secondary: 'I' },
  minExperienceYears: 5,
  contract: { initialYears: 3, renewableYears: null, maxYears: null },
});

/** G10 at Wesel (German scale, 5,260.65 EUR), written "B-4/G-10", STANAG profile. */
export const weselAssistant = storedVacancy({
  ...COMPARED,
  reference: 'NCIA-250101',
  title: 'Assistant, Service Desk',
  location: 'Germany-Wesel',
  organisation: 'NATO Communications and Information Agency (NCIA)',
  deadline: '2025-06-30',
  closesAt: '2025-06-30T21:59:00.000Z',
  salary: { amount: 5260.65, currency: 'EUR', period: 'month' },
  grade: { label: 'B-4/G-10', grades: ['G10'] },
  clearance: 'NS',
  languageProfile: '3322',
  minExperienceYears: 2,
});

export const NOTICE_RECORDS = [officerDefencePolicy, headsNaspAndMo, asgDefencePolicy, twinGradedOfficer, weselAssistant];

// ---- Essay checks: the two essay notices' rules as the parser gives them. ----

export const VACANCY_250875: EssayVacancy = {
  reference: '250875',
  closesAt: '2025-06-18T21:59:00.000Z',
  essay: { required: true, format: 'MS Word', maxPages: 1, titleMustInclude: ['250875', 'Key challenges'], dueDate: '2025-06-18' },
};
export const VACANCY_250443: EssayVacancy = {
  reference: '250443',
  closesAt: '2025-04-06T21:59:00.000Z',
  essay: { required: true, format: 'MS Word', maxPages: 2, titleMustInclude: ['250443', 'Key challenges'], dueDate: '2025-04-06' },
};

const ESSAY_CHECKED = { ...BARE_NOTICE, ...IS_BRUSSELS, capturedAt: '2025-05-01T10:00:00.000Z', updatedAt: '2025-05-01T10:00:00.000Z' };

/** The three fixture notices as stored records: two ask for an essay, 251836 does not. */
export const STORED_250875 = storedVacancy({
  ...ESSAY_CHECKED,
  ...VACANCY_250875,
  title: 'Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post)',
  deadline: '2025-06-18',
});
export const STORED_250443 = storedVacancy({
  ...ESSAY_CHECKED,
  ...VACANCY_250443,
  title: 'Assistant Secretary General, Defence Policy and Planning',
  deadline: '2025-04-06',
});
export const STORED_251836 = storedVacancy({
  ...ESSAY_CHECKED,
  reference: '251836',
  title: 'Officer, Defence Policy',
  deadline: '2026-01-04',
  closesAt: '2026-01-04T22:59:00.000Z',
});

// ---- Backups: a record the user is working on, with everything a backup has to carry. ----

/** 250875 while drafting: essay file chosen, notes, a deadline extension in its history. */
export const headsNaspInProgress = storedVacancy({
  reference: '250875',
  title: 'Head NATO Affairs and Security Policy Section',
  titleFr: 'Chef(fe) de la Section Affaires OTAN et politique de sécurité',
  languages: ['en', 'fr'],
  ...IS_BRUSSELS,
  deadline: '2025-06-18',
  closesAt: '2025-06-18T21:59:00.000Z',
  salary: { amount: 10742.69, currency: 'EUR', period: 'month' },
  grade: { label: 'NATO Grade G22', grades: ['G22'] },
  clearance: 'NS',
  languageRequirement: { primary: 'V', secondary: 'II' },
  minExperienceYears: 10,
  positions: 2,
  posts: [{ title: 'Head NATO Affairs', code: 'PASP0109' }, { title: 'Head Multilateral Organisations', code: 'PASP0016' }],
  essay: VACANCY_250875.essay,
  keyChallenges: ['Shape the policy agenda.'],
  assessments: ['Selective assessment: first half of July 2025'],
  contract: { initialYears: 3, renewableYears: 3, maxYears: 6 },
  competencies: ['Achievement: Works to meet standards.'],
  sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=250875&lang=en',
  status: 'drafting',
  notes: 'Ask Anna about the section.',
  essayFileName: '250875 Key challenges.docx',
  history: [{ field: 'deadline', from: '2025-06-11', to: '2025-06-18', changedAt: '2025-05-30T08:00:00.000Z' }],
  capturedAt: '2025-05-20T09:00:00.000Z',
  updatedAt: '2025-06-01T10:00:00.000Z',
});

// The seven stages the statuses before schema version 4 became, one of each in turn.
const STATUSES = ['interested', 'drafting', 'submitted', 'written-test', 'conditional-offer', 'not-selected', 'withdrawn'] as const;

/**
 * `count` distinct records (references 300000…) varied around headsNaspInProgress, dated around
 * `now`: every status in turn, notes with quotes, half without an essay, some without history.
 * Backup tests count on that regularity; for realistic variety use the bench's seeded
 * makeStoredVacancies (test/bench/popup-fixtures.ts).
 */
export function storedVacancySeries(count: number, now: Date): StoredVacancy[] {
  const day = 24 * 60 * 60 * 1000;
  return Array.from({ length: count }, (_, index) => {
    const closes = new Date(now.getTime() + ((index % 90) - 30) * day);
    closes.setUTCHours(21, 59, 0, 0);
    return storedVacancy({
      ...headsNaspInProgress,
      reference: String(300000 + index),
      title: `Officer ${index}, Defence Policy`,
      deadline: closes.toISOString().slice(0, 10),
      closesAt: closes.toISOString(),
      status: STATUSES[index % STATUSES.length]!,
      notes: index % 3 === 0 ? `Note ${index}, with "quotes"` : '',
      essay: index % 2 === 0 ? null : headsNaspInProgress.essay,
      history: index % 5 === 0 ? [] : headsNaspInProgress.history,
      capturedAt: new Date(now.getTime() - 40 * day).toISOString(),
      updatedAt: new Date(now.getTime() - (index % 20) * day).toISOString(),
    });
  });
}
