import { ParsedVacancySchema, type ParsedVacancy } from '../../utils/record/vacancy-record';

/** A schema-valid parsed record shaped like notice 251836; override what a test is about. */
export function parsedVacancy(overrides: Partial<ParsedVacancy> = {}): ParsedVacancy {
  return ParsedVacancySchema.parse({
    reference: '251836',
    title: 'Officer, Defence Policy',
    titleFr: 'Officier(ère), Politique de défense',
    languages: ['en', 'fr'],
    location: 'Belgium-Brussels',
    organisation: 'NATO International Staff (NATO IS)',
    schedule: 'Full-time',
    deadline: '2026-01-04',
    closesAt: '2026-01-04T22:59:00.000Z',
    salary: { amount: 9253.21, currency: 'EUR', period: 'month' },
    grade: { label: 'NATO Grade G20', grades: ['G20'] },
    clearance: 'NS',
    languageRequirement: { primary: 'V', secondary: 'I' },
    languageProfile: null,
    minExperienceYears: 6,
    positions: 1,
    posts: [],
    essay: null,
    keyChallenges: [],
    assessments: [],
    contract: { initialYears: 3, renewableYears: 3, maxYears: 6 },
    competencies: ['Analytical Thinking: Sees multiple relationships.'],
    sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
    warnings: [],
    ...overrides,
  });
}
