// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResultRows } from '../portal/results-page';
import { choicesOf, isFiltering, NO_FILTER, rowMatches, type ResultsFilter } from './row-filter';

// The real rendered results list (50 rows). Counts read from its inline list data: grades
// G20 ×7, G22 ×5, G17-G20 ×2, G23 ×2, G24 ×1, and 5 rows with no readable grade (3 blank,
// "MCiv-4", "TEMP"); DIANA ×5, NCI Agency ×11; Italy-Naples ×2.
const page = new DOMParser().parseFromString(readFileSync('test/fixtures/portal/taleo-jobsearch-2023-rendered.html', 'utf8'), 'text/html');
const TRACKED = new Set(['230611', '230592', '230557']);
const rows = readResultRows(page).map((row) => ({ ...row, tracked: TRACKED.has(row.reference) }));
const shown = (filter: Partial<ResultsFilter>) => rows.filter((row) => rowMatches(row, { ...NO_FILTER, ...filter })).length;

describe('the results filter on the real page', () => {
  it.each<[string, Partial<ResultsFilter>, number]>([
    ['no filter', {}, 50],
    ['G20 to G22 (a G17-G20 post reaches into it; unreadable grades stay)', { gradeFrom: 'G20', gradeTo: 'G22' }, 7 + 5 + 2 + 5],
    ['G23 and above', { gradeFrom: 'G23' }, 2 + 1 + 5],
    ['one NATO body', { organisation: 'Defence Innovation Accelerator for the North Atlantic (DIANA)' }, 5],
    ['another', { organisation: 'NATO Communications and Information Agency (NCI Agency)' }, 11],
    ['one location', { location: 'Italy-Naples' }, 2],
    ['hide the three I track', { hideTracked: true }, 47],
  ])('%s', (_case, filter, count) => {
    expect(shown(filter)).toBe(count);
  });

  it('offers the bodies the page shows, each once, sorted', () => {
    const bodies = choicesOf(rows.map((row) => row.organisation), 'en');
    expect(bodies).toHaveLength(11);
    expect(bodies[0]).toBe('Centre for Maritime Research and Experimentation (CMRE)');
    expect(bodies).toContain('HQ NAEW & C Force Geilenkirchen');
  });

  it('says whether anything is filtered', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(isFiltering({ ...NO_FILTER, hideTracked: true })).toBe(true);
    expect(isFiltering({ ...NO_FILTER, location: 'Belgium-Mons' })).toBe(true);
  });
});
