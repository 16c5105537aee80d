import { describe, expect, it } from 'vitest';
import { StoredVacancySchema } from '../../utils/record/stored-vacancy';
import { makeStoredVacancies } from '../bench/popup-fixtures';
import { storedVacancy } from './record-factory';
import { splitArchive } from '../../utils/deadlines/list';

// The bench and demo generator lives in test/bench (not a vitest folder); checked here.
describe('popup fixtures', () => {
  const now = new Date('2026-01-10T12:00:00Z');
  const records = makeStoredVacancies(1_000, now);

  it('are all valid stored records with unique references', () => {
    for (const record of records) expect(StoredVacancySchema.safeParse(record).error).toBeUndefined();
    expect(new Set(records.map((record) => record.reference)).size).toBe(1_000);
    expect(StoredVacancySchema.safeParse(storedVacancy()).success).toBe(true);
  });

  it('vary in the ways the popup has to show', () => {
    const { open, closed } = splitArchive(records, now);
    expect(open.length).toBeGreaterThan(300);
    expect(closed.length).toBeGreaterThan(200);
    expect(records.some((record) => record.closesAt === null)).toBe(true);
    expect(records.some((record) => record.completeness === 'row')).toBe(true);
    expect(records.some((record) => record.portalState === 'withdrawn')).toBe(true);
    expect(records.some((record) => record.essay !== null)).toBe(true);
    expect(records.some((record) => record.history.length > 0)).toBe(true);
    expect(new Set(records.map((record) => record.status)).size).toBe(7);
    expect(new Set(records.flatMap((record) => record.grade?.grades ?? [])).size).toBeGreaterThanOrEqual(6);
  });

  it('are reproducible for a seed and differ between seeds', () => {
    expect(makeStoredVacancies(50, now)).toEqual(makeStoredVacancies(50, now));
    expect(makeStoredVacancies(50, now, 1)).not.toEqual(makeStoredVacancies(50, now, 2));
  });
});
