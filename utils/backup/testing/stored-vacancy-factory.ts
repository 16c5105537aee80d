import { StoredVacancySchema, type StoredVacancy } from '../../db/stored-vacancy';

/** A schema-valid stored record shaped like notice 250875 (essay, two posts, history). */
export function storedVacancy(overrides: Partial<StoredVacancy> = {}): StoredVacancy {
  return StoredVacancySchema.parse({
    reference: '250875',
    title: 'Head NATO Affairs and Security Policy Section',
    titleFr: 'Chef(fe) de la Section Affaires OTAN et politique de sécurité',
    languages: ['en', 'fr'],
    location: 'Belgium-Brussels',
    organisation: 'NATO International Staff (NATO IS)',
    schedule: 'Full-time',
    deadline: '2025-06-18',
    closesAt: '2025-06-18T21:59:00.000Z',
    salary: { amount: 10742.69, currency: 'EUR', period: 'month' },
    grade: { label: 'NATO Grade G22', grades: ['G22'] },
    clearance: 'NS',
    languageRequirement: { primary: 'V', secondary: 'II' },
    languageProfile: null,
    minExperienceYears: 10,
    positions: 2,
    posts: [{ title: 'Head NATO Affairs', code: 'PASP0109' }, { title: 'Head Multilateral Organisations', code: 'PASP0016' }],
    essay: { required: true, format: 'MS Word', maxPages: 1, titleMustInclude: ['250875', 'Key challenges'], dueDate: '2025-06-18' },
    keyChallenges: ['Shape the policy agenda.'],
    assessments: ['Selective assessment: first half of July 2025'],
    contract: { initialYears: 3, renewableYears: 3, maxYears: 6 },
    competencies: ['Achievement: Works to meet standards.'],
    sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=250875&lang=en',
    warnings: [],
    status: 'drafting',
    notes: 'Ask Anna about the section.',
    essayFileName: '250875 Key challenges.docx',
    remindersEnabled: true,
    completeness: 'notice',
    portalState: 'listed',
    history: [{ field: 'deadline', from: '2025-06-11', to: '2025-06-18', changedAt: '2025-05-30T08:00:00.000Z' }],
    capturedAt: '2025-05-20T09:00:00.000Z',
    updatedAt: '2025-06-01T10:00:00.000Z',
    ...overrides,
  });
}

const STATUSES = ['interested', 'drafting', 'applied', 'assessment', 'offer', 'rejected', 'withdrawn'] as const;

/** `count` distinct, varied records (references 300000…), dated around `now`. */
export function makeStoredVacancies(count: number, now: Date): StoredVacancy[] {
  const day = 24 * 60 * 60 * 1000;
  return Array.from({ length: count }, (_, index) => {
    const closes = new Date(now.getTime() + ((index % 90) - 30) * day);
    closes.setUTCHours(21, 59, 0, 0);
    return storedVacancy({
      reference: String(300000 + index),
      title: `Officer ${index}, Defence Policy`,
      deadline: closes.toISOString().slice(0, 10),
      closesAt: closes.toISOString(),
      status: STATUSES[index % STATUSES.length]!,
      notes: index % 3 === 0 ? `Note ${index}, with "quotes"` : '',
      essay: index % 2 === 0 ? null : storedVacancy().essay,
      history: index % 5 === 0 ? [] : storedVacancy().history,
      capturedAt: new Date(now.getTime() - 40 * day).toISOString(),
      updatedAt: new Date(now.getTime() - (index % 20) * day).toISOString(),
    });
  });
}
