import { describe, expect, it } from 'vitest';
import { countOutcomes, mergeBackupRecord, planBackupMerge } from './backup-merge';
import { headsNaspInProgress, storedVacancy } from '../../test/unit/record-factory';
import { DEFAULT_USER_FIELDS, type StoredVacancy } from '../record/stored-vacancy';

const EARLY = '2025-06-01T10:00:00.000Z';
const LATE = '2025-06-05T10:00:00.000Z';

describe('mergeBackupRecord', () => {
  it('a reference the store lacks is new, taken whole', () => {
    const incoming = storedVacancy(headsNaspInProgress);
    expect(mergeBackupRecord(undefined, incoming)).toEqual({ reference: '250875', outcome: 'new', record: incoming });
  });

  it('the same record again is unchanged', () => {
    const record = storedVacancy(headsNaspInProgress);
    expect(mergeBackupRecord(record, structuredClone(record))).toMatchObject({ outcome: 'unchanged', record });
  });

  it('keeps both sides\' stage timelines, each stage reached once, oldest first; importing again changes nothing', () => {
    const submitted = { stage: 'submitted' as const, reachedAt: '2025-06-01T10:00:00.000Z' };
    const video = { stage: 'video-interview' as const, reachedAt: '2025-07-02T08:00:00.000Z' };
    const panel = { stage: 'panel-interview' as const, reachedAt: '2025-08-03T08:00:00.000Z' };
    const stored = storedVacancy({ ...headsNaspInProgress, status: 'panel-interview', stageHistory: [submitted, panel], updatedAt: LATE });
    const backup = storedVacancy({ ...headsNaspInProgress, status: 'video-interview', stageHistory: [submitted, video], updatedAt: EARLY });
    const { record } = mergeBackupRecord(stored, backup);
    expect(record.stageHistory).toEqual([submitted, video, panel]);
    expect(mergeBackupRecord(record, backup).outcome).toBe('unchanged');
  });

  it('keeps both sides\' dated steps by id, the newer side\'s version of a step both hold', () => {
    const video = { id: 'v1', kind: 'video-interview' as const, due: '2025-07-09T21:59:00.000Z', slot: null, zoneAsStated: null };
    const moved = { ...video, due: '2025-07-12T21:59:00.000Z' };
    const panel = { id: 'p1', kind: 'panel-interview' as const, due: null, slot: { date: '2025-09-15' }, zoneAsStated: null };
    const stored = storedVacancy({ ...headsNaspInProgress, steps: [moved], updatedAt: LATE });
    const backup = storedVacancy({ ...headsNaspInProgress, steps: [video, panel], updatedAt: EARLY });
    expect(mergeBackupRecord(stored, backup).record.steps).toEqual([moved, panel]);
  });

  // Who wins, by updatedAt. Each side edits notes and the title (a parsed field).
  it.each([
    ['backup newer: its user and parsed fields win', LATE, EARLY, 'backup'],
    ['store newer: the stored record is kept', EARLY, LATE, 'store'],
    ['same time: the stored record is kept', EARLY, EARLY, 'store'],
  ] as const)('%s', (_name, backupAt, storeAt, winner) => {
    const stored = storedVacancy({ ...headsNaspInProgress, notes: 'store notes', status: 'submitted', title: 'Store title', updatedAt: storeAt });
    const backup = storedVacancy({ ...headsNaspInProgress, notes: 'backup notes', status: 'conditional-offer', title: 'Backup title', updatedAt: backupAt });
    const { record, outcome } = mergeBackupRecord(stored, backup);
    const from = winner === 'backup' ? backup : stored;
    expect(record).toMatchObject({ notes: from.notes, status: from.status, title: from.title, updatedAt: from.updatedAt });
    expect(outcome).toBe(winner === 'backup' ? 'updated' : 'unchanged');
  });

  it.each([
    ['store newer but untouched (re-captured on a fresh browser)', 'store'],
    ['backup newer but untouched', 'backup'],
  ] as const)('an untouched default never erases a user value: %s', (_name, defaultSide) => {
    const edited: Partial<StoredVacancy> = { status: 'submitted', notes: 'Sent', essayFileName: 'essay.docx', remindersEnabled: false };
    const stored = storedVacancy({ ...headsNaspInProgress, ...(defaultSide === 'store' ? { ...DEFAULT_USER_FIELDS, updatedAt: LATE } : { ...edited, updatedAt: EARLY }) });
    const backup = storedVacancy({ ...headsNaspInProgress, ...(defaultSide === 'backup' ? { ...DEFAULT_USER_FIELDS, updatedAt: LATE } : { ...edited, updatedAt: EARLY }) });
    expect(mergeBackupRecord(stored, backup).record).toMatchObject({ ...edited, updatedAt: LATE });
  });

  // Field by field, by when the user set it: [stored notes, its time, backup notes, its time, kept].
  it.each([
    ['cleared in the store after the backup', '', LATE, 'backup note', EARLY, ''],
    ['cleared in the backup after the store set it', 'store note', EARLY, '', LATE, ''],
    ['set later in the backup', 'store note', EARLY, 'backup note', LATE, 'backup note'],
    ['never set in the store (no time), set in the backup', '', undefined, 'backup note', EARLY, 'backup note'],
    ['set in the store, the backup from before these times, older', 'store note', LATE, 'backup note', undefined, 'store note'],
  ] as const)('notes %s', (_name, storeNotes, storeSet, backupNotes, backupSet, kept) => {
    // The record's updatedAt says nothing here: the store's is the later on every row.
    const stored = storedVacancy({ ...headsNaspInProgress, notes: storeNotes, updatedAt: LATE, ...(storeSet ? { userFieldsSetAt: { notes: storeSet } } : {}) });
    const backup = storedVacancy({ ...headsNaspInProgress, notes: backupNotes, updatedAt: EARLY, ...(backupSet ? { userFieldsSetAt: { notes: backupSet } } : {}) });
    expect(mergeBackupRecord(stored, backup).record.notes).toBe(kept);
  });

  it('changes seen on either side stay seen: the later changesSeenAt is kept', () => {
    const stored = storedVacancy({ ...headsNaspInProgress, changesSeenAt: EARLY });
    const backup = storedVacancy({ ...headsNaspInProgress, changesSeenAt: LATE });
    expect(mergeBackupRecord(stored, backup)).toMatchObject({ outcome: 'updated', record: { changesSeenAt: LATE } });
    expect(mergeBackupRecord(backup, stored)).toMatchObject({ outcome: 'unchanged', record: { changesSeenAt: LATE } });
  });

  it('a newer results-row record keeps the older notice, taking only the deadline it shows', () => {
    const notice = storedVacancy({ ...headsNaspInProgress, updatedAt: EARLY, history: [] });
    const row = storedVacancy({
      ...headsNaspInProgress,
      completeness: 'row',
      salary: null,
      essay: null,
      deadline: '2025-06-25',
      closesAt: '2025-06-25T21:59:00.000Z',
      portalState: 'withdrawn',
      history: [],
      updatedAt: LATE,
    });
    const { record } = mergeBackupRecord(row, notice);
    expect(record).toMatchObject({
      completeness: 'notice',
      salary: notice.salary,
      essay: notice.essay,
      deadline: '2025-06-25',
      closesAt: '2025-06-25T21:59:00.000Z',
      portalState: 'withdrawn',
      updatedAt: LATE,
    });
    expect(record.history).toEqual([
      { field: 'deadline', from: '2025-06-18', to: '2025-06-25', changedAt: LATE },
      { field: 'closesAt', from: '2025-06-18T21:59:00.000Z', to: '2025-06-25T21:59:00.000Z', changedAt: LATE },
    ]);
  });

  it('unions history without duplicates (key order ignored), in time order', () => {
    const shared = { field: 'deadline', from: '2025-06-11', to: '2025-06-18', changedAt: '2025-05-30T08:00:00.000Z' };
    const reordered = { changedAt: shared.changedAt, to: shared.to, from: shared.from, field: shared.field };
    const storeOnly = { field: 'salary', from: null, to: { amount: 1, currency: 'EUR', period: 'month' }, changedAt: '2025-06-02T08:00:00.000Z' };
    const backupOnly = { field: 'title', from: 'Old', to: 'New', changedAt: '2025-05-01T08:00:00.000Z' };
    const stored = storedVacancy({ ...headsNaspInProgress, history: [shared, storeOnly], updatedAt: LATE });
    const backup = storedVacancy({ ...headsNaspInProgress, history: [backupOnly, reordered], updatedAt: EARLY });
    const merged = mergeBackupRecord(stored, backup);
    expect(merged.outcome).toBe('updated');
    expect(merged.record.history).toEqual([backupOnly, shared, storeOnly]);
  });

  it('keeps the earlier capturedAt', () => {
    const stored = storedVacancy({ ...headsNaspInProgress, capturedAt: '2025-06-03T00:00:00.000Z', updatedAt: LATE });
    const backup = storedVacancy({ ...headsNaspInProgress, capturedAt: '2025-05-01T00:00:00.000Z', updatedAt: EARLY });
    expect(mergeBackupRecord(stored, backup).record.capturedAt).toBe('2025-05-01T00:00:00.000Z');
  });

  it('merging twice gives the same as merging once', () => {
    const stored = storedVacancy({ ...headsNaspInProgress, notes: 'a', updatedAt: EARLY });
    const backup = storedVacancy({ ...headsNaspInProgress, notes: 'b', updatedAt: LATE, history: [] });
    const once = mergeBackupRecord(stored, backup).record;
    expect(mergeBackupRecord(once, backup)).toEqual({ reference: '250875', outcome: 'unchanged', record: once });
  });
});

it('plans and counts each incoming record against what the store holds', () => {
  const stored = [storedVacancy({ ...headsNaspInProgress, reference: '300001' }), undefined, storedVacancy({ ...headsNaspInProgress, reference: '300003', updatedAt: EARLY })];
  const incoming = [storedVacancy({ ...headsNaspInProgress, reference: '300001' }), storedVacancy({ ...headsNaspInProgress, reference: '300002' }), storedVacancy({ ...headsNaspInProgress, reference: '300003', updatedAt: LATE })];
  const plan = planBackupMerge(stored, incoming);
  expect(plan.map((item) => [item.reference, item.outcome])).toEqual([
    ['300001', 'unchanged'],
    ['300002', 'new'],
    ['300003', 'updated'],
  ]);
  expect(countOutcomes(plan)).toEqual({ new: 1, updated: 1, unchanged: 1 });
});
