import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { VacancyDatabase, VacancyStore } from '../../utils/db-writer/vacancy-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { makeStoredVacancies } from './popup-fixtures';
import { withFloor, type Figures } from './figures';

/**
 * Backup timings for 10,000 tracked vacancies on fake-indexeddb (slower than a browser's
 * IndexedDB, so these are upper bounds). Each figure is the whole user action:
 * - import: read and validate the file text, preview against the store, send it as the popup does;
 *   the background checks the request again and applies it in one transaction (into an empty
 *   store, the worst case: every record is written);
 * - export: read every record from the store and serialise the backup.
 * A 500-record round runs untimed first, so the figures are for warm code.
 * Floors, timed in the same round on another empty store: import = JSON.parse of the same text and
 * one bulkPut of its records (no checking, no merge plan); export = one toArray and JSON.stringify.
 */
const COUNT = 10_000;
const NOW = new Date('2026-11-23T10:00:00Z');

/**
 * The backup modules validate settings with utils/settings/settings.ts, which defines a WXT storage item when
 * imported and so needs an extension API: plain Node gets the fake one first. (Static imports
 * would run before this line, hence the dynamic import.)
 */
async function loadReader() {
  const global = globalThis as { chrome?: unknown };
  global.chrome ??= fakeBrowser;
  const [{ readBackup }, { buildBackup, serializeBackup }, { DEFAULT_SETTINGS }, { handleRequest }] = await Promise.all([
    import('../../utils/backup/read-backup'),
    import('../../utils/backup/export-backup'),
    import('../../utils/settings/settings'),
    import('../../utils/background/handle-request'),
  ]);
  return { readBackup, buildBackup, serializeBackup, handleRequest, settings: DEFAULT_SETTINGS };
}
type Reader = Awaited<ReturnType<typeof loadReader>>;

/**
 * The whole path of a user's import: the popup reads and checks the file and previews it, then
 * sends one request, which the background checks again (it trusts no message) and applies. The
 * message is JSON-copied as runtime messaging copies it.
 */
async function importText(store: VacancyStore, text: string, { readBackup, handleRequest }: Reader): Promise<number> {
  const reading = readBackup(text);
  if (!reading.ok || reading.rejected.length > 0) throw new Error('bench backup was refused');
  const records = reading.valid.map((item) => item.record);
  await store.previewImport(records);
  const message = JSON.parse(JSON.stringify({ type: 'import-backup', vacancies: records, settings: null, sentAt: new Date().toISOString() }));
  const reply = await handleRequest(message, 'extension-page', { store, openPopup: async () => undefined });
  if (!reply.ok || !('counts' in reply)) throw new Error(`bench import was refused: ${JSON.stringify(reply).slice(0, 200)}`);
  return reply.counts.new + reply.counts.updated + reply.counts.unchanged;
}

async function exportText(store: VacancyStore, { buildBackup, serializeBackup, settings }: Reader): Promise<string> {
  return serializeBackup(buildBackup(await store.all(), settings, NOW));
}

interface Timings {
  importMs: number;
  exportMs: number;
}

async function floorRound(count: number, text: string): Promise<Timings> {
  const db = new VacancyDatabase(`import-floor-${count}-${Date.now()}`);
  try {
    const importStart = performance.now();
    const { vacancies } = JSON.parse(text) as { vacancies: StoredVacancy[] };
    await db.vacancies.bulkPut(vacancies);
    const importMs = performance.now() - importStart;
    const exportStart = performance.now();
    const exported = JSON.stringify(await db.vacancies.toArray());
    const exportMs = performance.now() - exportStart;
    if (vacancies.length !== count || exported.length < text.length * 0.5) throw new Error('floor round lost records');
    return { importMs, exportMs };
  } finally {
    await db.delete();
  }
}

async function round(count: number, reader: Reader): Promise<Timings & { floor: Timings }> {
  const text = reader.serializeBackup(reader.buildBackup(makeStoredVacancies(count, NOW), reader.settings, NOW));
  const floor = await floorRound(count, text);
  const store = new VacancyStore(new VacancyDatabase(`import-bench-${count}-${Date.now()}`));
  try {
    const importStart = performance.now();
    const imported = await importText(store, text, reader);
    const importMs = performance.now() - importStart;
    if (imported !== count) throw new Error(`imported ${imported} of ${count}`);
    const exportStart = performance.now();
    const exported = await exportText(store, reader);
    const exportMs = performance.now() - exportStart;
    if (exported.length < text.length * 0.9) throw new Error('export lost records');
    return { importMs, exportMs, floor };
  } finally {
    await store.db.delete();
  }
}

export async function benchImport(): Promise<Figures> {
  const reader = await loadReader();
  await round(500, reader);
  const { importMs, exportMs, floor } = await round(COUNT, reader);
  return {
    ...withFloor(`import.${COUNT}.ms`, importMs, floor.importMs, 0),
    ...withFloor(`export.${COUNT}.ms`, exportMs, floor.exportMs, 0),
  };
}
