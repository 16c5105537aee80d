import { describe, expect, it } from 'vitest';
import { applicationStepEvents, nextStep, noNewsSince, type StepRecord } from './steps';
import type { DatedStep } from '../record/dated-step';

const video: DatedStep = { id: 'a', kind: 'video-interview', due: '2026-03-09T22:59:00.000Z', slot: null, zoneAsStated: 'CET' };
const panel: DatedStep = { id: 'b', kind: 'panel-interview', due: '2026-03-20T22:59:00.000Z', slot: { start: '2026-04-21T12:30:00.000Z', end: null }, zoneAsStated: null };
// Two whole days in January: the first begins at 00:00 Brussels (UTC+1), 23:00 UTC the day before
const centre: DatedStep = { id: 'c', kind: 'assessment', due: null, slot: { from: '2026-01-12', to: '2026-01-13' }, zoneAsStated: null };
const record = (patch: Partial<StepRecord> = {}): StepRecord => ({ reference: '251836', status: 'video-interview', closesAt: '2025-12-20T22:59:00.000Z', steps: [video, panel, centre], ...patch });

describe('applicationStepEvents', () => {
  it('gives each due and each slot start, in time order', () => {
    expect(applicationStepEvents(record()).map((event) => [event.key, event.at])).toEqual([
      ['step:251836:c:start', '2026-01-11T23:00:00.000Z'],
      ['step:251836:a:due', '2026-03-09T22:59:00.000Z'],
      ['step:251836:b:due', '2026-03-20T22:59:00.000Z'],
      ['step:251836:b:start', '2026-04-21T12:30:00.000Z'],
    ]);
  });

  it('gives none once the application is over', () => {
    expect(applicationStepEvents(record({ status: 'not-selected' }))).toEqual([]);
    expect(applicationStepEvents(record({ status: 'withdrawn' }))).toEqual([]);
  });
});

describe('nextStep', () => {
  it.each([
    ['before everything', '2026-01-01T00:00:00Z', 'step:251836:c:start'],
    ['a minute before the video deadline', '2026-03-09T22:58:00Z', 'step:251836:a:due'],
    ['at the video deadline: the next one', '2026-03-09T22:59:00Z', 'step:251836:b:due'],
    ['after everything', '2026-05-01T00:00:00Z', null],
  ])('%s', (_name, now, key) => {
    expect(nextStep(record(), new Date(now))?.key ?? null).toBe(key);
  });
});

describe('noNewsSince: a submitted application and silence after the window', () => {
  const submitted = (patch: Partial<StepRecord>) => record({ status: 'submitted', steps: [], ...patch });
  it.each([
    // The window ends 30 September 2025: 23:59 Brussels (UTC+2) is 21:59 UTC
    ['window over', submitted({ selectionWindow: { from: '2025-07-01', to: '2025-09-30' } }), '2025-10-01T08:00:00Z', '2025-09-30T21:59:00.000Z'],
    ['window not over', submitted({ selectionWindow: { from: '2025-07-01', to: '2025-09-30' } }), '2025-09-30T12:00:00Z', null],
    // No window: 60 days after the close of 20 December 2025, 22:59 UTC
    ['no window, 60 days after the close', submitted({ selectionWindow: null }), '2026-02-18T23:00:00Z', '2026-02-18T22:59:00.000Z'],
    ['no window, 59 days after the close', submitted({ selectionWindow: null }), '2026-02-17T23:00:00Z', null],
    ['a step is recorded', submitted({ selectionWindow: { from: '2025-07-01', to: '2025-09-30' }, steps: [video] }), '2025-10-01T08:00:00Z', null],
    ['not submitted', record({ status: 'drafting', steps: [], selectionWindow: { from: '2025-07-01', to: '2025-09-30' } }), '2025-10-01T08:00:00Z', null],
  ])('%s', (_name, rec, now, since) => {
    expect(noNewsSince(rec, new Date(now))).toBe(since);
  });
});
