import { StoredVacancySchema, type StoredVacancy } from '../../db/stored-vacancy';

/**
 * Test records: full StoredVacancy objects, validated by the storage schema so this factory fails
 * loudly if the record shape moves on. Shaped like the three fixture notices plus two more.
 */
export function makeStoredVacancy(overrides: Partial<StoredVacancy> & Pick<StoredVacancy, 'reference'>): StoredVacancy {
  return StoredVacancySchema.parse({
    title: `Vacancy ${overrides.reference}`,
    titleFr: null,
    languages: ['en'],
    location: null,
    organisation: null,
    schedule: 'Full-time',
    deadline: null,
    closesAt: null,
    salary: null,
    grade: null,
    clearance: null,
    languageRequirement: null,
    languageProfile: null,
    minExperienceYears: null,
    positions: 1,
    posts: [],
    essay: null,
    keyChallenges: [],
    assessments: [],
    contract: null,
    competencies: [],
    sourceUrl: null,
    warnings: [],
    status: 'interested',
    notes: '',
    essayFileName: null,
    remindersEnabled: true,
    completeness: 'notice',
    portalState: 'listed',
    history: [],
    capturedAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    ...overrides,
  });
}

const IS_BRUSSELS = { location: 'Belgium-Brussels', organisation: 'NATO International Staff (NATO IS)' };

/** 251836: G20, 9,253.21 EUR, NS, closes 4 Jan 2026. */
export const officerDefencePolicy = makeStoredVacancy({
  reference: '251836',
  title: 'Officer, Defence Policy',
  ...IS_BRUSSELS,
  deadline: '2026-01-04',
  closesAt: '2026-01-04T22:59:00.000Z',
  salary: { amount: 9253.21, currency: 'EUR', period: 'month' },
  grade: { label: 'NATO Grade G20', grades: ['G20'] },
  clearance: 'NS',
  languageRequirement: { primary: 'V', secondary: 'I' },
  minExperienceYears: 6,
  contract: { initialYears: 3, renewableYears: 3, maxYears: 6 },
});

/** 250875: G22, 10,742.69 EUR, two posts, closes 18 Jun 2025. */
export const headsNaspAndMo = makeStoredVacancy({
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
export const asgDefencePolicy = makeStoredVacancy({
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
export const twinGradedOfficer = makeStoredVacancy({
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
export const weselAssistant = makeStoredVacancy({
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
