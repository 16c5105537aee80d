import { describe, expect, it } from 'vitest';
import { brusselsWall, draftOf, isHistory, stepOf, type StepDraft } from './step-draft';

const ID = 'invitation-1772442000000';
const BLANK: StepDraft = { kind: 'panel-interview', due: '', slot: 'none', start: '', end: '', from: '', to: '', zoneAsStated: null };

describe('brusselsWall: an instant on Brussels’ wall clock, daylight saving included', () => {
  it.each([
    ['2026-01-15T13:00:00.000Z', '2026-01-15T14:00'], // CET, UTC+1
    ['2026-07-15T12:00:00.000Z', '2026-07-15T14:00'], // CEST, UTC+2
    ['2026-03-29T00:30:00.000Z', '2026-03-29T01:30'], // before the spring change at 01:00 UTC
    ['2026-03-29T01:30:00.000Z', '2026-03-29T03:30'], // after it
    ['2026-10-24T21:59:00.000Z', '2026-10-24T23:59'],
  ])('%s', (instant, wall) => {
    expect(brusselsWall(instant)).toBe(wall);
  });
});

describe('draftOf → stepOf: what the form shows, and the step it confirms', () => {
  it('a video interview due 6 March 2026 23:59 Brussels comes back unchanged', () => {
    const proposal = { kind: 'video-interview', reference: '251836', due: '2026-03-06T22:59:00.000Z', slot: null, zoneAsStated: 'Brussels time' } as const;
    const draft = draftOf(proposal);
    expect(draft).toMatchObject({ due: '2026-03-06T23:59', slot: 'none', zoneAsStated: 'Brussels time' });
    expect(stepOf(draft, ID)).toEqual({ ok: true, step: { id: ID, kind: 'video-interview', due: '2026-03-06T22:59:00.000Z', slot: null, zoneAsStated: 'Brussels time' } });
  });

  it('a test on 14 July 2026 from 10:00 to 12:00 CEST, then moved by the candidate to 11:00', () => {
    const draft = draftOf({ kind: 'written-test', reference: null, due: null, slot: { start: '2026-07-14T08:00:00.000Z', end: '2026-07-14T10:00:00.000Z' }, zoneAsStated: 'CEST' });
    expect(draft).toMatchObject({ slot: 'time', start: '2026-07-14T10:00', end: '2026-07-14T12:00' });
    expect(stepOf({ ...draft, start: '2026-07-14T11:00' }, ID)).toMatchObject({ ok: true, step: { slot: { start: '2026-07-14T09:00:00.000Z', end: '2026-07-14T10:00:00.000Z' } } });
  });

  it.each([
    [{ date: '2026-05-12' }, { from: '2026-05-12', to: '2026-05-12' }, { date: '2026-05-12' }],
    [{ from: '2026-05-12', to: '2026-05-13' }, { from: '2026-05-12', to: '2026-05-13' }, { from: '2026-05-12', to: '2026-05-13' }],
  ])('whole days %j', (slot, shown, saved) => {
    const draft = draftOf({ kind: 'assessment', reference: null, due: null, slot, zoneAsStated: null });
    expect(draft).toMatchObject({ slot: 'days', ...shown });
    expect(stepOf(draft, ID)).toMatchObject({ ok: true, step: { slot: saved } });
  });

  it.each([
    ['no moment at all', BLANK, 'noMoment'],
    ['an end before the start', { ...BLANK, slot: 'time', start: '2026-07-14T11:00', end: '2026-07-14T10:00' }, 'endBeforeStart'],
    ['a last day before the first', { ...BLANK, slot: 'days', from: '2026-05-13', to: '2026-05-12' }, 'endBeforeStart'],
    ['a time slot without its start', { ...BLANK, slot: 'time', start: '' }, 'badMoment'],
    ['a malformed due', { ...BLANK, due: '14/07/2026' }, 'badMoment'],
  ] as const)('refuses %s', (_why, draft, problem) => {
    expect(stepOf(draft as StepDraft, ID)).toEqual({ ok: false, problem });
  });
});

describe('isHistory: a step whose every moment is past is kept with no reminder', () => {
  const now = new Date('2026-03-02T09:00:00Z');
  it.each([
    [{ due: '2026-03-01T22:59:00.000Z', slot: null }, true],
    [{ due: null, slot: { start: '2026-03-02T08:00:00.000Z', end: null } }, true],
    [{ due: null, slot: { start: '2026-03-02T08:00:00.000Z', end: '2026-03-02T10:00:00.000Z' } }, false],
    [{ due: null, slot: { date: '2026-03-02' } }, false], // the day runs to 23:59 Brussels
    [{ due: null, slot: { date: '2026-03-01' } }, true],
    [{ due: '2026-03-01T22:59:00.000Z', slot: { date: '2026-03-05' } }, false],
  ] as const)('%j', (moments, expected) => {
    expect(isHistory({ id: ID, kind: 'written-test', zoneAsStated: null, ...moments }, now)).toBe(expected);
  });
});
