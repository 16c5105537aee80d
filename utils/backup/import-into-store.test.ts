import { describe, expect, it } from 'vitest';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { freshStore } from '../../test/unit/fresh-store';
import { DEFAULT_SETTINGS, type Settings } from '../settings/settings';
import { buildBackup, serializeBackup } from './export-backup';
import { readBackup } from './read-backup';
import { headsNaspInProgress, parsedVacancy, storedVacancy, storedVacancySeries } from '../../test/unit/record-factory';
import legacyV0 from '../../test/fixtures/backup/backup-v0.json';

const NOW = new Date('2026-11-23T10:00:00Z');

/** What the popup does: read, and apply only a file with no rejected entry. */
async function importText(store: VacancyStore, text: string) {
  const reading = readBackup(text);
  if (!reading.ok || reading.rejected.length > 0) return { applied: false as const, reading };
  const records = reading.valid.map((item) => item.record);
  const preview = await store.previewImport(records);
  const counts = await store.applyImport(records);
  return { applied: true as const, reading, preview, counts };
}

async function snapshot(store: VacancyStore) {
  return store.db.vacancies.orderBy('reference').toArray();
}

describe('export → import', () => {
  it('is lossless: every record and the settings come back deep-equal', async () => {
    const source = freshStore();
    await source.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
    await source.updateUserFields('251836', { status: 'submitted', notes: 'Sent, "on time" =1+1', essayFileName: 'essay.docx' });
    await source.saveCapture(parsedVacancy({ deadline: '2026-01-11', closesAt: '2026-01-11T22:59:00.000Z' }), new Date('2025-12-05T10:00:00Z'));
    await source.trackRow({ reference: '260334', title: 'Officer, Plans', location: null, organisation: null, deadline: '2026-03-01', closesAt: '2026-03-01T22:59:00.000Z', grade: null, sourceUrl: null });
    await source.markWithdrawn('260334');
    for (const record of storedVacancySeries(30, NOW)) await source.db.vacancies.put(record);
    const settings: Settings = { ...DEFAULT_SETTINGS, locale: 'fr', backupReminder: true, ownPosition: { grade: 'G18', monthlySalaryCents: 812_345, currency: 'EUR' } };

    const text = serializeBackup(buildBackup(await source.all(), settings, NOW));
    const target = freshStore();
    const result = await importText(target, text);

    expect(result.applied).toBe(true);
    expect(result.reading.ok && result.reading.settings).toEqual(settings);
    expect(await snapshot(target)).toEqual(await snapshot(source));
    expect((await target.get('251836'))?.history.map((entry) => entry.field)).toEqual(['deadline', 'closesAt']);
  });

  it('importing the same backup again counts everything unchanged and writes nothing', async () => {
    const store = freshStore();
    const records = storedVacancySeries(12, NOW);
    const text = serializeBackup(buildBackup(records, DEFAULT_SETTINGS, NOW));
    expect((await importText(store, text)).counts).toEqual({ new: 12, updated: 0, unchanged: 0 });
    const before = await snapshot(store);
    const again = await importText(store, text);
    expect(again.preview?.every((item) => item.outcome === 'unchanged')).toBe(true);
    expect(again.counts).toEqual({ new: 0, updated: 0, unchanged: 12 });
    expect(await snapshot(store)).toEqual(before);
  });

  it('keeps newer user edits made after the backup, and adds what only the backup has', async () => {
    const store = freshStore();
    const backedUp = storedVacancy({ ...headsNaspInProgress, notes: 'old note', status: 'drafting', updatedAt: '2025-06-01T10:00:00.000Z' });
    const text = serializeBackup(buildBackup([backedUp, storedVacancy({ ...headsNaspInProgress, reference: '300001' })], DEFAULT_SETTINGS, NOW));
    await store.db.vacancies.put(backedUp);
    await store.updateUserFields('250875', { notes: 'newer note', status: 'submitted' }, new Date('2025-06-10T10:00:00Z'));

    const result = await importText(store, text);
    expect(result.counts).toEqual({ new: 1, updated: 0, unchanged: 1 });
    expect(await store.get('250875')).toMatchObject({ notes: 'newer note', status: 'submitted' });
    expect(await store.get('300001')).toBeDefined();
  });

  it('the backup just exported, imported back, counts 0 changed and keeps the seen changes seen', async () => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
    await store.updateUserFields('251836', { status: 'submitted', notes: 'Sent' }, new Date('2025-12-02T10:00:00Z'));
    // The portal moved the deadline, and the user opened the vacancy since: no Changed mark.
    await store.saveCapture(parsedVacancy({ deadline: '2026-01-11', closesAt: '2026-01-11T22:59:00.000Z' }), new Date('2025-12-05T10:00:00Z'));
    await store.markChangesSeen('251836', new Date('2025-12-06T10:00:00Z'));
    const before = await snapshot(store);

    const result = await importText(store, serializeBackup(buildBackup(await store.all(), DEFAULT_SETTINGS, NOW)));
    expect(result.counts).toEqual({ new: 0, updated: 0, unchanged: 1 });
    expect(await snapshot(store)).toEqual(before);
    expect((await store.get('251836'))?.changesSeenAt).toBe('2025-12-06T10:00:00.000Z');
  });

  it('a note cleared after the export stays cleared; a field never set takes the backup\'s value', async () => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
    await store.updateUserFields('251836', { notes: 'Ask about the start date', essayFileName: 'essay.docx' }, new Date('2025-12-02T10:00:00Z'));
    const text = serializeBackup(buildBackup(await store.all(), DEFAULT_SETTINGS, new Date('2025-12-03T10:00:00Z')));
    await store.updateUserFields('251836', { notes: '' }, new Date('2025-12-04T10:00:00Z'));

    expect((await importText(store, text)).counts).toEqual({ new: 0, updated: 0, unchanged: 1 });
    expect(await store.get('251836')).toMatchObject({ notes: '', essayFileName: 'essay.docx' });

    // Another browser where the vacancy was captured, never annotated: the backup's note comes in.
    const other = freshStore();
    await other.saveCapture(parsedVacancy(), new Date('2025-12-10T10:00:00Z'));
    expect((await importText(other, text)).counts).toEqual({ new: 0, updated: 1, unchanged: 0 });
    expect(await other.get('251836')).toMatchObject({ notes: 'Ask about the start date', essayFileName: 'essay.docx' });
  });

  it.each(['javascript:alert(document.domain)', 'data:text/html,<b>x</b>', 'http://nato.taleo.net/careersection/2/jobdetail.ftl?job=250875'])(
    'a backup entry linking to %s is imported without its link, everything else kept',
    async (sourceUrl) => {
      const store = freshStore();
      const entry = storedVacancy({ ...headsNaspInProgress, sourceUrl });
      const result = await importText(store, serializeBackup(buildBackup([entry], DEFAULT_SETTINGS, NOW)));
      expect(result.counts).toEqual({ new: 1, updated: 0, unchanged: 0 });
      expect(await store.get('250875')).toEqual({ ...entry, sourceUrl: null });
    },
  );

  it('never deletes: records missing from the backup stay', async () => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy());
    await importText(store, serializeBackup(buildBackup([storedVacancy(headsNaspInProgress)], DEFAULT_SETTINGS, NOW)));
    expect((await snapshot(store)).map((record) => record.reference)).toEqual(['250875', '251836']);
  });

  it('a capture landing between preview and apply is merged, not overwritten', async () => {
    const store = freshStore();
    const backup = [storedVacancy({ ...headsNaspInProgress, reference: '251836', notes: 'from backup', status: 'submitted', updatedAt: '2025-01-01T00:00:00.000Z' })];
    await store.previewImport(backup);
    await store.saveCapture(parsedVacancy({ title: 'Officer, Defence Policy (re-read)' }), new Date('2025-12-01T10:00:00Z'));
    await store.applyImport(backup);
    expect(await store.get('251836')).toMatchObject({ title: 'Officer, Defence Policy (re-read)', notes: 'from backup', status: 'submitted' });
  });
});

describe('a bad file changes nothing', () => {
  it.each([
    ['malformed JSON', '{"format":"vacancy-companion-backup","version":1,'],
    ['a newer version', JSON.stringify({ format: 'vacancy-companion-backup', version: 3, vacancies: [] })],
    ['one bad entry among good ones', serializeBackup(buildBackup(storedVacancySeries(5, NOW), DEFAULT_SETTINGS, NOW)).replace('"status": "submitted"', '"status": "hired"')],
    ['a duplicate reference', serializeBackup(buildBackup([storedVacancy(headsNaspInProgress), storedVacancy({ ...headsNaspInProgress, notes: 'copy' })], DEFAULT_SETTINGS, NOW))],
  ])('%s', async (_name, text) => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy());
    await store.db.vacancies.bulkPut(storedVacancySeries(3, new Date('2025-01-01T00:00:00Z')));
    const before = await snapshot(store);
    expect((await importText(store, text)).applied).toBe(false);
    expect(await snapshot(store)).toEqual(before);
  });

  it('a failing write inside the transaction leaves the store as it was', async () => {
    const store = freshStore();
    await store.db.vacancies.bulkPut(storedVacancySeries(3, NOW));
    const before = await snapshot(store);
    const updated = storedVacancySeries(3, NOW).map((record) => ({ ...record, notes: 'changed', updatedAt: '2027-01-01T00:00:00.000Z' }));
    const broken = { ...storedVacancy({ ...headsNaspInProgress, reference: '399999' }), reference: undefined } as never; // no key: the put fails
    await expect(store.applyImport([...updated, broken])).rejects.toThrow();
    expect(await snapshot(store)).toEqual(before);
  });
});

it('imports a version 0 backup (a plain array) with the defaults of its time', async () => {
  const store = freshStore();
  const result = await importText(store, JSON.stringify(legacyV0));
  expect(result.counts).toEqual({ new: 2, updated: 0, unchanged: 0 });
  expect(await store.get('251836')).toMatchObject({ status: 'submitted', notes: 'Applied 2 Dec.', completeness: 'notice', portalState: 'listed', remindersEnabled: true });
});

it('imports 10,000 records in one go, all of them right', async () => {
  const store = freshStore();
  await store.db.vacancies.bulkPut(storedVacancySeries(100, new Date('2026-01-01T00:00:00Z')));
  const records = storedVacancySeries(10_000, NOW);
  const result = await importText(store, serializeBackup(buildBackup(records, DEFAULT_SETTINGS, NOW)));
  expect(result.reading.ok && result.reading.rejected).toEqual([]);
  expect(result.counts).toEqual({ new: 9_900, updated: 100, unchanged: 0 });
  expect(await store.db.vacancies.count()).toBe(10_000);
  expect(await store.get('309999')).toEqual(records[9_999]);
}, 120_000);
