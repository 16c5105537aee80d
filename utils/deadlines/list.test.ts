import { describe, expect, it } from 'vitest';
import { storedVacancy } from '../../test/unit/record-factory';
import { awaitsApplication } from './actionable';
import { filterVacancies, foldForSearch, splitArchive } from './list';
import { compareByClosing, inClosingOrder, sortByClosing } from '../record/closing-order';

const NOW = new Date('2026-01-10T12:00:00Z');
// No French title unless a case sets one, so each search hit is deliberate.
const vacancy: typeof storedVacancy = (overrides) => storedVacancy({ titleFr: null, ...overrides });

const records = [
  vacancy({ reference: '250001', title: 'Officer, Plans', closesAt: '2026-02-01T22:59:00.000Z', organisation: 'NATO Office of Resources (NOR)' }),
  vacancy({ reference: '250002', title: 'Chef, Sécurité énergétique', closesAt: null, status: 'drafting' }),
  vacancy({ reference: '250003', title: 'Officer, Défense Policy', closesAt: '2026-01-12T22:59:00.000Z', status: 'submitted' }),
  vacancy({ reference: '250004', title: 'Assistant, Registry', closesAt: '2026-01-05T22:59:00.000Z' }),
  vacancy({ reference: '250005', title: 'Head, Finance', closesAt: '2025-12-20T22:59:00.000Z', status: 'not-selected' }),
  // Same instant as 250003 written without milliseconds: ties go by reference.
  vacancy({ reference: '250000', title: 'Analyst', closesAt: '2026-01-12T22:59:00Z', titleFr: 'Analyste, Sûreté' }),
];
const refs = (list: readonly { reference: string }[]) => list.map((record) => record.reference);

describe('sorting and archive', () => {
  it('sorts by closing instant, unknown deadlines last, ties by reference', () => {
    expect(refs(sortByClosing(records))).toEqual(['250005', '250004', '250000', '250003', '250001', '250002']);
  });

  it('does not reorder its input', () => {
    const before = refs(records);
    sortByClosing(records);
    expect(refs(records)).toEqual(before);
  });

  it('sorts only what is not in closing order already', () => {
    const sorted = sortByClosing(records);
    expect(inClosingOrder(sorted)).toBe(sorted);
    expect(refs(inClosingOrder(records))).toEqual(refs(sorted));
    expect(inClosingOrder(records)).not.toBe(records);
  });

  it('puts closed ones in the archive, most recently closed first', () => {
    const { open, closed } = splitArchive(records, NOW);
    expect(refs(open)).toEqual(['250000', '250003', '250001', '250002']);
    expect(refs(closed)).toEqual(['250004', '250005']);
  });

  it('a vacancy is archived from its closing instant on', () => {
    const one = [vacancy({ closesAt: '2026-01-04T22:59:00.000Z' })];
    expect(splitArchive(one, new Date('2026-01-04T22:58:59.999Z')).closed).toHaveLength(0);
    expect(splitArchive(one, new Date('2026-01-04T22:59:00.000Z')).closed).toHaveLength(1);
  });

  it('compares instants rather than strings', () => {
    const a = vacancy({ reference: 'AAA1', closesAt: '2026-01-04T22:59:00.5Z' });
    const b = vacancy({ reference: 'BBB1', closesAt: '2026-01-04T22:59:00.100Z' });
    expect(compareByClosing(a, b)).toBeGreaterThan(0);
  });
});

describe('filtering', () => {
  it.each([
    ['', 'all', ['250001', '250002', '250003', '250004', '250005', '250000']],
    ['defense', 'all', ['250003']],
    ['SECURITE', 'all', ['250002']],
    ['surete', 'all', ['250000']],
    ['nor', 'all', ['250001']],
    ['2500', 'drafting', ['250002']],
    ['officer plans', 'all', ['250001']],
    ['officer   policy', 'all', ['250003']],
    ['officer', 'not-selected', []],
    ['', 'submitted', ['250003']],
  ] as const)('query %j, status %s', (query, status, expected) => {
    expect(refs(filterVacancies(records, { query, status }))).toEqual(expected);
  });

  it('folds accents and case', () => {
    expect(foldForSearch('Sécurité Énergétique Ça')).toBe('securite energetique ca');
  });
});

describe('awaitsApplication', () => {
  it.each([
    ['interested', 'listed', true],
    ['drafting', 'listed', true],
    ['submitted', 'listed', false],
    ['written-test', 'listed', false],
    ['conditional-offer', 'listed', false],
    ['not-selected', 'listed', false],
    ['withdrawn', 'listed', false],
    ['interested', 'withdrawn', false],
  ] as const)('%s, %s on the portal → %s', (status, portalState, expected) => {
    expect(awaitsApplication({ status, portalState })).toBe(expected);
  });
});
