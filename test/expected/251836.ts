import type { KeyedVacancy } from '../../utils/record/vacancy-record';

/**
 * Notice 251836, "Officer, Defence Policy", as its English header and requirements print it
 * (test/fixtures/vacancies/251836-officer-defence-policy.txt): the one expected record tests
 * of every path that reads it (text, page, selection, raw portal page) compare with.
 * The deadline is "Application Deadline: 4-Jan-2026", closing 23:59 Brussels (CET): 22:59 UTC.
 */
export const OFFICER_DEFENCE_POLICY = {
  reference: '251836',
  title: 'Officer, Defence Policy',
  location: 'Belgium-Brussels',
  organisation: 'NATO International Staff (NATO IS)',
  schedule: 'Full-time',
  deadline: '2026-01-04',
  closesAt: '2026-01-04T22:59:00.000Z',
  salary: { amount: 9253.21, currency: 'EUR', period: 'month' },
  grade: { label: 'NATO Grade G20', grades: ['G20'] },
  clearance: 'NS',
  languageRequirement: { primary: 'V', secondary: 'I' },
  minExperienceYears: 6,
} satisfies Partial<KeyedVacancy>;
