import { describe, expect, it } from 'vitest';
import { storedVacancy } from '../../test/unit/record-factory';
import { listOrder } from './list-order';
import type { DatedStep } from '../record/dated-step';

const NOW = new Date('2026-03-20T12:00:00.000Z');
const open = (reference: string, closesAt: string) => storedVacancy({ reference, closesAt, status: 'drafting' });
const applied = (reference: string, steps: DatedStep[], patch: Parameters<typeof storedVacancy>[0] = {}) =>
  storedVacancy({ reference, closesAt: '2026-02-01T22:59:00.000Z', status: 'submitted', steps, ...patch });
const due = (id: string, at: string): DatedStep => ({ id, kind: 'video-interview', due: at, slot: null, zoneAsStated: null });
const slot = (id: string, start: string): DatedStep => ({ id, kind: 'panel-interview', due: null, slot: { start, end: null }, zoneAsStated: null });

// Closing moments: 23:59 Brussels. Brussels moves to summer time on Sunday 29 March 2026 (UTC+1 → UTC+2).
const A = open('260001', '2026-03-27T22:59:00.000Z'); // Fri 27 Mar 23:59 Brussels (UTC+1)
const B = open('260002', '2026-03-30T21:59:00.000Z'); // Mon 30 Mar 23:59 Brussels (UTC+2)

describe('listOrder: next steps among the closing moments', () => {
  it.each([
    // 09:00 in New York on Fri 27 Mar (UTC−4 since 8 March) is 13:00 UTC: before A's close.
    ['a step in New York time before a Brussels close', slot('p', '2026-03-27T13:00:00.000Z'), ['260003', '260001', '260002']],
    // 23:30 Brussels on Mon 30 Mar (UTC+2, after the change) is 21:30 UTC: 29 minutes before B's close.
    ['a step just before a close across the DST change', due('v', '2026-03-30T21:30:00.000Z'), ['260001', '260003', '260002']],
    // 00:30 Brussels on Tue 31 Mar is 22:30 UTC on the 30th: after B's close though the UTC date is the same.
    ['a step after the last close', due('v', '2026-03-30T22:30:00.000Z'), ['260001', '260002', '260003']],
  ])('%s', (_name, step, order) => {
    expect(listOrder([A, B], [applied('260003', [step])], NOW, { moreOpen: false, noNewsDays: 60 }).map((item) => item.record.reference)).toEqual(order);
  });

  it('puts the earliest step ahead, not a past one', () => {
    const record = applied('260003', [slot('old', '2026-03-10T09:00:00.000Z'), due('later', '2026-04-02T21:59:00.000Z'), due('sooner', '2026-03-28T10:00:00.000Z')]);
    const [item] = listOrder([], [record], NOW, { moreOpen: false, noNewsDays: 60 });
    expect(item?.next?.key).toBe('step:260003:sooner:due');
  });

  it('with more open rows unread, a step later than the last one shown waits', () => {
    const items = listOrder([A], [applied('260003', [due('v', '2026-03-29T10:00:00.000Z')])], NOW, { moreOpen: true, noNewsDays: 60 });
    expect(items.map((item) => item.record.reference)).toEqual(['260001']);
  });

  it('lists the silent applications last, with the moment the silence began; others not at all', () => {
    const windowOver = applied('260004', [], { selectionWindow: { from: '2026-02-16', to: '2026-02-28' } });
    // Closed 1 Feb 22:59 UTC; 30 days later is 3 Mar 22:59 UTC.
    const longAgo = applied('260005', []);
    const waiting = applied('260006', [], { selectionWindow: { from: '2026-04-01', to: '2026-04-30' } });
    const items = listOrder([A], [windowOver, longAgo, waiting], NOW, { moreOpen: false, noNewsDays: 30 });
    expect(items.map((item) => [item.record.reference, item.noNews])).toEqual([
      ['260001', null],
      // 28 February 23:59 Brussels (UTC+1) is 22:59 UTC.
      ['260004', '2026-02-28T22:59:00.000Z'],
      ['260005', '2026-03-03T22:59:00.000Z'],
    ]);
  });
});
