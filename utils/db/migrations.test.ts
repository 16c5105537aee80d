import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VacancyDatabase, VacancyStore } from './vacancy-store';
import { declareSchemaVersions, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';
import { headsNaspInProgress, storedVacancy } from '../../test/unit/record-factory';
import { StoredVacancySchema } from './stored-vacancy';
import { warning } from '../parse/warning-templates';

/**
 * Opening a database left by an earlier release. Each schema version but the latest needs a
 * seeder here that writes rows the way that release did (with a plain Dexie declaring only that
 * version), and a check of the rows once the current VacancyDatabase has opened it.
 */
const names: string[] = [];
function dbName() {
  const name = `migration-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Rows as the current schema holds them. */
const CURRENT_ROWS = [
  storedVacancy({ ...headsNaspInProgress, reference: '250875', status: 'drafting', closesAt: '2025-06-18T21:59:00.000Z', updatedAt: '2025-06-01T10:00:00.000Z' }),
  storedVacancy({ ...headsNaspInProgress, reference: '251836', status: 'applied', closesAt: '2026-01-04T22:59:00.000Z', updatedAt: '2025-12-02T18:30:00.000Z' }),
  storedVacancy({ ...headsNaspInProgress, reference: '250443', status: 'applied', closesAt: null, deadline: null, updatedAt: '2025-03-01T09:00:00.000Z' }),
];

/** Release 1 stored each warning as its English sentence; version 2 keeps them as data. */
const V1_WARNINGS = ['salary: not stated', 'contract.maxYears: not stated', 'A note no template wrote'];
const V2_WARNINGS = [warning('notStated', { field: 'salary' }), warning('notStated', { field: 'contract.maxYears' }), { id: 'legacy', values: { text: 'A note no template wrote' } }];
const V1_ROWS = CURRENT_ROWS.map((row) => ({ ...row, warnings: V1_WARNINGS }));
const UPGRADED_ROWS = CURRENT_ROWS.map((row) => ({ ...row, warnings: V2_WARNINGS }));

async function seedVersion(name: string, version: number, rows: readonly object[]) {
  const old = new Dexie(name);
  declareSchemaVersions(old, SCHEMA_VERSIONS.filter((entry) => entry.version <= version));
  await old.open();
  await old.table('vacancies').bulkPut([...rows]);
  old.close();
}

const SEEDERS: Record<number, (name: string) => Promise<void>> = {
  1: (name) => seedVersion(name, 1, V1_ROWS),
};

describe('schema versions', () => {
  it('are numbered upwards and each says why it exists', () => {
    const numbers = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const entry of SCHEMA_VERSIONS) expect(entry.why.length).toBeGreaterThan(10);
  });

  it('every version before the latest has a seeder, so every upgrade is tested', () => {
    const versions = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(Object.keys(SEEDERS).map(Number).sort()).toEqual(versions.length > 1 ? versions.slice(0, -1) : versions);
  });
});

describe.each(Object.keys(SEEDERS).map(Number))('a database left by schema version %i', (version) => {
  it('opens with the current VacancyDatabase, rows intact and valid', async () => {
    const name = dbName();
    await SEEDERS[version]!(name);
    const store = new VacancyStore(new VacancyDatabase(name));
    const rows = await store.db.vacancies.toArray();
    store.db.close();
    expect(store.db.verno).toBe(LATEST_SCHEMA_VERSION);
    expect(rows.map((row) => StoredVacancySchema.parse(row))).toEqual(expect.arrayContaining(UPGRADED_ROWS));
    expect(rows).toHaveLength(UPGRADED_ROWS.length);
  });

  it('answers through every index the store declares', async () => {
    const name = dbName();
    await SEEDERS[version]!(name);
    const db = new VacancyDatabase(name);
    await db.open();
    const indexes = db.vacancies.schema.indexes.map((index) => index.name).sort();
    expect(indexes).toEqual(['closesAt', 'status', 'updatedAt']);
    expect(await db.vacancies.where('status').equals('applied').primaryKeys()).toEqual(['250443', '251836']);
    // Rows with a null closing time are not in that index, as IndexedDB skips null keys.
    expect(await db.vacancies.orderBy('closesAt').primaryKeys()).toEqual(['250875', '251836']);
    expect(await db.vacancies.where('updatedAt').above('2025-05-01T00:00:00.000Z').primaryKeys()).toEqual(['250875', '251836']);
    db.close();
  });
});

it('the mechanism runs an upgrade when a version adds one (a rehearsal of a future version 2)', async () => {
  const name = dbName();
  const legacyRow = { ...V1_ROWS[0]!, portalState: undefined };
  await seedVersion(name, 1, [legacyRow]);
  const rehearsal: SchemaVersion[] = [
    ...SCHEMA_VERSIONS,
    {
      version: LATEST_SCHEMA_VERSION + 1,
      stores: { vacancies: 'reference, closesAt, status, updatedAt, portalState' },
      upgrade: (transaction) =>
        transaction.table('vacancies').toCollection().modify((row: { portalState?: string }) => {
          row.portalState ??= 'listed';
        }),
      why: 'Rehearsal only: index portalState and fill it on old rows.',
    },
  ];
  const next = new Dexie(name);
  declareSchemaVersions(next, rehearsal);
  await next.open();
  expect(await next.table('vacancies').where('portalState').equals('listed').primaryKeys()).toEqual(['250875']);
  next.close();
});
