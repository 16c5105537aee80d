import { expect, it } from 'vitest';
import { storedVacancy } from '../../test/unit/record-factory';
import type { StoredVacancy } from '../record/stored-vacancy';
import { replanner } from './replan';

/** A table whose reads resolve when the test says, so runs overlap as writes do. */
function slowTable() {
  let rows: StoredVacancy[] = [];
  const reads: (() => void)[] = [];
  return {
    set: (next: StoredVacancy[]) => void (rows = next),
    // What the table holds when the read starts, answered later.
    all: () => {
      const snapshot = [...rows];
      return new Promise<StoredVacancy[]>((resolve) => reads.push(() => resolve(snapshot)));
    },
    answerReads: () => reads.splice(0).forEach((answer) => answer()),
    pendingReads: () => reads.length,
  };
}

it('calls during a run share one next run, which sees the last write', async () => {
  const table = slowTable();
  const applied: string[][] = [];
  const replan = replanner({
    store: table,
    reminders: { resync: async () => undefined },
    badge: { refresh: async (records) => void applied.push(records.map((record) => record.reference)) },
    onError: (error) => {
      throw error;
    },
  });
  table.set([storedVacancy({ reference: '100001' })]);
  const first = replan();
  table.set([storedVacancy({ reference: '100001' }), storedVacancy({ reference: '100002' })]);
  const second = replan();
  table.set([storedVacancy({ reference: '100001' }), storedVacancy({ reference: '100002' }), storedVacancy({ reference: '100003' })]);
  const third = replan();
  expect(table.pendingReads()).toBe(1);
  table.answerReads();
  await first;
  table.answerReads();
  await Promise.all([second, third]);
  expect(applied).toEqual([['100001'], ['100001', '100002', '100003']]);
});

it('a failing run is reported and does not stop the next one', async () => {
  const errors: unknown[] = [];
  let fail = true;
  const refreshed: number[] = [];
  const replan = replanner({
    store: { all: async () => [storedVacancy()] },
    reminders: { resync: async () => (fail ? Promise.reject(new Error('alarms gone')) : undefined) },
    badge: { refresh: async (records) => void refreshed.push(records.length) },
    onError: (error) => void errors.push(error),
  });
  await replan();
  fail = false;
  await replan();
  expect(errors).toEqual([new Error('alarms gone')]);
  expect(refreshed).toEqual([1, 1]);
});
