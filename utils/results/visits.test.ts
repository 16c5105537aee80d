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
    state = visit(state, ['251836', '260100'], later(2 * VISIT_GAP_MS)).state;
    const reload = visit(state, ['251836', '260100'], later(2 * VISIT_GAP_MS + 60_000));
    expect(reload.newReferences).toEqual(['260100']);
    const page2 = visit(reload.state, ['260200'], later(2 * VISIT_GAP_MS + 120_000));
    expect(page2.newReferences).toEqual(['260200']);
    const nextVisit = visit(page2.state, ['251836', '260100', '260200'], later(4 * VISIT_GAP_MS));
    expect(nextVisit.newReferences).toEqual([]);
  });

  it('each career section keeps its own memory', () => {
    const state = visit({}, ['251836'], T0, '2').state;
    const other = visit(state, ['251836'], later(VISIT_GAP_MS + 1), '5');
    expect(other).toMatchObject({ newReferences: [], firstVisit: true });
    expect(visit(other.state, ['251836', '260100'], later(3 * VISIT_GAP_MS), '2').newReferences).toEqual(['260100']);
  });

  it('a row listed twice on a page counts once', () => {
    const state = visit({}, ['251836'], T0).state;
    expect(visit(state, ['260100', '260100'], later(VISIT_GAP_MS + 1)).newReferences).toEqual(['260100']);
  });
});
