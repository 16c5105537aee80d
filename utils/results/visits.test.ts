import { describe, expect, it } from 'vitest';
import { recordVisit, VISIT_GAP_MS, type VisitState } from './visits';

const T0 = new Date('2026-01-05T08:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);
const visit = (state: VisitState, references: string[], at: Date, section = '2') => recordVisit(state, section, references, at);

describe('rows new since my last visit', () => {
  it('the first visit of a section marks nothing; the next visit marks the rows it had not shown', () => {
    const first = visit({}, ['251836', '250875'], T0);
    expect(first).toMatchObject({ newReferences: [], firstVisit: true });
    const next = visit(first.state, ['260100', '251836', '250875'], later(VISIT_GAP_MS + 1));
    expect(next).toMatchObject({ newReferences: ['260100'], firstVisit: false });
  });

  it('a row stays new through the reloads and paging of that visit, and is old on the one after', () => {
    let state = visit({}, ['251836'], T0).state;
    state = visit(state, ['260100', '251836'], later(2 * VISIT_GAP_MS)).state;
    const reload = visit(state, ['260100', '251836'], later(2 * VISIT_GAP_MS + 60_000));
    expect(reload.newReferences).toEqual(['260100']);
    // Page 2, never reached before: its rows were not seen, not published since.
    const page2 = visit(reload.state, ['260200'], later(2 * VISIT_GAP_MS + 120_000));
    expect(page2.newReferences).toEqual([]);
    const nextVisit = visit(page2.state, ['251836', '260100', '260200'], later(4 * VISIT_GAP_MS));
    expect(nextVisit.newReferences).toEqual([]);
  });

  it('each career section keeps its own memory', () => {
    const state = visit({}, ['251836'], T0, '2').state;
    const other = visit(state, ['251836'], later(VISIT_GAP_MS + 1), '5');
    expect(other).toMatchObject({ newReferences: [], firstVisit: true });
    expect(visit(other.state, ['260100', '251836'], later(3 * VISIT_GAP_MS), '2').newReferences).toEqual(['260100']);
  });

  it('a row listed twice on a page counts once', () => {
    const state = visit({}, ['251836'], T0).state;
    expect(visit(state, ['260100', '260100', '251836'], later(VISIT_GAP_MS + 1)).newReferences).toEqual(['260100']);
  });
});

describe('paging through the results', () => {
  // Pages of a section's list, in page order. A–F were on the portal from the start; N, M were
  // published later.
  type Step = [page: string[], minutesLater: number, expectedNew: string[]];
  it.each<[string, Step[]]>([
    ['a row seen only on page 2 is not new when it moves up to page 1', [
      [['A', 'B', 'C'], 0, []],
      [['D', 'E', 'F'], 1, []],
      [['B', 'C', 'D'], 60, []],
    ]],
    ['page 2 reached for the first time marks nothing, and its rows are known from then on', [
      [['A', 'B', 'C'], 0, []],
      [['A', 'B', 'C'], 60, []],
      [['D', 'E', 'F'], 61, []],
      [['D', 'E', 'F'], 120, []],
    ]],
    ['on page 2 once it is known, a vacancy published since among its rows is new', [
      [['A', 'B', 'C'], 0, []],
      [['D', 'E', 'F'], 1, []],
      [['D', 'N', 'E'], 60, ['N']],
      [['A', 'B', 'C'], 61, []],
    ]],
    ['on page 1, new ones among the known rows are new; one below every known row cannot be told from a row pushed up from page 2', [
      [['A', 'B', 'C'], 0, []],
      [['N', 'A', 'M', 'B', 'D'], 60, ['N', 'M']],
    ]],
    ['a new row stays new through the paging of that visit, and not after', [
      [['A', 'B', 'C'], 0, []],
      [['D', 'E', 'F'], 1, []],
      [['A', 'N', 'B'], 60, ['N']],
      [['D', 'E', 'F'], 61, []],
      [['A', 'N', 'B'], 62, ['N']],
      [['A', 'N', 'B'], 120, []],
    ]],
  ])('%s', (_case, steps) => {
    let state: VisitState = {};
    for (const [page, minutesLater, expectedNew] of steps) {
      const outcome = visit(state, page, later(minutesLater * 60_000));
      expect({ page, newReferences: outcome.newReferences }).toEqual({ page, newReferences: expectedNew });
      state = outcome.state;
    }
  });
});

describe('a page longer than one request, sent in batches from the bottom up', () => {
  // Page order: N1 A N2 B N3 C, where A–C were seen on the visit before; batches of two.
  it.each<[string, string[], boolean, string[], boolean]>([
    ['the bottom batch: a new row above a known one', ['N3', 'C'], false, ['N3'], true],
    ['a batch with a known row below it: every unseen row is new', ['N1', 'A'], true, ['N1'], true],
    ['a batch of unseen rows only, a known row below', ['N1', 'N2'], true, ['N1', 'N2'], false],
    ['a batch of unseen rows only, nothing known below: not new (a page never reached)', ['N1', 'N2'], false, [], false],
  ])('%s', (_case, batch, knownBelow, expectedNew, knownAmong) => {
    const seen = visit({}, ['A', 'B', 'C'], T0).state;
    const outcome = recordVisit(seen, '2', batch, later(VISIT_GAP_MS + 1), knownBelow);
    expect({ newReferences: outcome.newReferences, knownAmong: outcome.knownAmong }).toEqual({ newReferences: expectedNew, knownAmong });
  });
});
