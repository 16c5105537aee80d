import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mergeCapture, mergeRow } from '../db-writer/merge';
import { keyedNotice } from '../../test/unit/keyed-notice';
import { alertsFromWrite, hasUnseenChange, unseenChanges } from './changes';

const CAPTURED = new Date('2025-12-01T09:00:00Z');
const LATER = new Date('2025-12-10T09:00:00Z');
function officer(text = readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8')) {
  return keyedNotice(text);
}
// 251836 closes on 4 January 2026 at 23:59 Brussels; salary 9,253.21 EUR a month.
const first = mergeCapture(undefined, officer(), CAPTURED).record;
const row = (deadline: string, closesAt: string) => ({
  reference: '251836', title: 'Officer, Defence Policy', location: null, organisation: null, deadline, closesAt, grade: null, sourceUrl: null,
});

describe('alerts from a write', () => {
  it('a first capture alerts nothing', () => {
    expect(alertsFromWrite(mergeCapture(undefined, officer(), CAPTURED))).toEqual([]);
  });

  it('a re-capture with the deadline extended alerts once, by its closing moment', () => {
    const text = readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8').replace(/04-Jan-2026|4-Jan-2026/g, '11-Jan-2026');
    const result = mergeCapture(first, officer(text), LATER);
    expect(result.changed).toEqual(expect.arrayContaining(['deadline', 'closesAt']));
    expect(alertsFromWrite(result)).toEqual([
      { field: 'closesAt', from: '2026-01-04T22:59:00.000Z', to: '2026-01-11T22:59:00.000Z', changedAt: LATER.toISOString() },
    ]);
  });

  it('a corrected salary alerts', () => {
    const text = readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8').replaceAll('9,253.21', '9,600.00');
    const alerts = alertsFromWrite(mergeCapture(first, officer(text), LATER));
    expect(alerts.map((entry) => entry.field)).toEqual(['salary']);
  });

  it('a results row with a later closing moment alerts; the same row again does not', () => {
    const moved = mergeRow(first, row('2026-01-11', '2026-01-11T22:59:00.000Z'), LATER);
    expect(alertsFromWrite(moved).map((entry) => [entry.field, entry.to])).toEqual([['closesAt', '2026-01-11T22:59:00.000Z']]);
    expect(alertsFromWrite(mergeRow(moved.record, row('2026-01-11', '2026-01-11T22:59:00.000Z'), LATER))).toEqual([]);
  });

  it('a change of a field nobody is alerted about (the title) alerts nothing', () => {
    const text = readFileSync('test/fixtures/vacancies/251836-officer-defence-policy.txt', 'utf8').replace('possess at least 6 years', 'possess at least 7 years');
    const result = mergeCapture(first, officer(text), LATER);
    expect(result.changed).toEqual(['minExperienceYears']);
    expect(alertsFromWrite(result)).toEqual([]);
  });
});

describe('the "changed" mark', () => {
  const moved = mergeRow(first, row('2026-01-11', '2026-01-11T22:59:00.000Z'), LATER).record;

  it('stays until the vacancy is opened after the change', () => {
    expect(hasUnseenChange(first)).toBe(false);
    expect(unseenChanges(moved).map((entry) => entry.field)).toEqual(['closesAt']);
    expect(hasUnseenChange({ ...moved, changesSeenAt: '2025-12-05T00:00:00.000Z' })).toBe(true);
    expect(hasUnseenChange({ ...moved, changesSeenAt: '2025-12-10T09:00:00.001Z' })).toBe(false);
  });

  it('a withdrawal in the history is a change', () => {
    const history = [...first.history, { field: 'portalState', from: 'listed', to: 'withdrawn', changedAt: LATER.toISOString() }];
    expect(hasUnseenChange({ ...first, history })).toBe(true);
  });
});
