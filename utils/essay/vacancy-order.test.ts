import { describe, expect, it } from 'vitest';
import { onlyOpenEssayVacancy, orderForEssayCheck } from './vacancy-order';
import { VACANCY_250443, VACANCY_250875 } from '../../test/unit/record-factory';
import type { EssayVacancy } from './finding';

const NO_ESSAY: EssayVacancy = { reference: '251836', closesAt: '2026-01-04T22:59:00.000Z', essay: null };
const NO_ESSAY_EARLIER: EssayVacancy = { reference: '240001', closesAt: null, essay: null };
const ESSAY_NO_CLOSING: EssayVacancy = { ...VACANCY_250875, reference: '260001', closesAt: null };

describe('orderForEssayCheck', () => {
  it.each([
    ['both open: soonest first', '2025-03-01T00:00:00Z', ['250443', '250875', '260001', '240001', '251836']],
    ['250443 closed: open essays first, closed after', '2025-05-01T00:00:00Z', ['250875', '260001', '250443', '240001', '251836']],
    ['both closed', '2025-12-01T00:00:00Z', ['260001', '250443', '250875', '240001', '251836']],
  ])('%s', (_name, now, expected) => {
    const records = [NO_ESSAY, VACANCY_250875, NO_ESSAY_EARLIER, ESSAY_NO_CLOSING, VACANCY_250443];
    expect(orderForEssayCheck(records, new Date(now)).map((r) => r.reference)).toEqual(expected);
  });
});

describe('onlyOpenEssayVacancy', () => {
  it.each([
    ['two open', '2025-03-01T00:00:00Z', [VACANCY_250443, VACANCY_250875, NO_ESSAY], null],
    ['one open, one closed', '2025-05-01T00:00:00Z', [VACANCY_250443, VACANCY_250875, NO_ESSAY], '250875'],
    ['none open', '2025-12-01T00:00:00Z', [VACANCY_250443, VACANCY_250875], null],
    ['no essays', '2025-03-01T00:00:00Z', [NO_ESSAY], null],
  ])('%s', (_name, now, records, expected) => {
    expect(onlyOpenEssayVacancy(records, new Date(now))?.reference ?? null).toBe(expected);
  });
});
