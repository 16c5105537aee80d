import { describe, expect, it } from 'vitest';
import { storedVacancy } from '../../test/unit/record-factory';
import { reminderForAlarm } from '../background/reminders';
import { DEFAULT_SETTINGS } from '../settings/settings';
import type { Preparation } from '../record/preparation-schema';

const CLOSES = '2026-01-04T22:59:00.000Z';
const HOUR = 3_600_000;
const at = (hoursBefore: number) => new Date(Date.parse(CLOSES) - hoursBefore * HOUR);
const asked: Preparation = {
  documents: [
    { kind: 'essay', quote: 'Candidates are asked to attach one MS Word document.' },
    { kind: 'cv', quote: 'Please upload your CV.' },
    { kind: 'diplomas', quote: 'Attach your diplomas, in English or French.', languages: ['en', 'fr'] },
  ],
  rules: [],
};

describe('reminders name the documents not ready in the last 3 days', () => {
  it.each([
    ['24 h before, 2 of 3 not ticked', 24, ['essay'], 'en', 'Closes in 24 h: Sun 4 Jan, 23:59 Brussels 2 documents not ready.'],
    ['72 h before, 1 not ticked, in French', 72, ['essay', 'cv'], 'fr', 'Clôture dans 3 jours : dim. 4 janv. à 23:59 (heure de Bruxelles) 1 document pas prêt.'],
    ['24 h before, all ticked', 24, ['essay', 'cv', 'diplomas'], 'en', 'Closes in 24 h: Sun 4 Jan, 23:59 Brussels'],
    // A week before, on 28 Dec 2025: no year, as the date is within the next six months.
    ['7 days before: not yet', 168, [], 'en', 'Closes in 7 days: Sun 4 Jan, 23:59 Brussels'],
  ] as const)('%s', (_case, hoursBefore, ready, locale, message) => {
    const records = [storedVacancy({ closesAt: CLOSES, preparation: asked, documentsReady: [...ready] })];
    expect(reminderForAlarm(`reminder:251836:${hoursBefore}`, records, DEFAULT_SETTINGS, at(hoursBefore), new Set(), locale)?.message).toBe(message);
  });

  it('says nothing of documents for a notice that asks for none or was never read', () => {
    const records = [storedVacancy({ closesAt: CLOSES })];
    expect(reminderForAlarm('reminder:251836:24', records, DEFAULT_SETTINGS, at(24), new Set(), 'en')?.message).toBe('Closes in 24 h: Sun 4 Jan, 23:59 Brussels');
  });
});
