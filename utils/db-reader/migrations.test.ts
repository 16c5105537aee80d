import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VacancyDatabase } from './vacancy-reader';
import { declareSchemaVersions, LATEST_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema-versions';
import { SCHEMA_VERSION_REASONS } from './schema-reasons';
import { headsNaspInProgress, storedVacancy } from '../../test/unit/record-factory';
import { StoredVacancySchema, type StoredVacancy } from '../record/stored-vacancy';

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

/** Rows as the current release writes them; release 1's differ only in their warnings (below). */
const CURRENT_ROWS = [
  storedVacancy({ ...headsNaspInProgress, reference: '250875', status: 'drafting', closesAt: '2025-06-18T21:59:00.000Z', updatedAt: '2025-06-01T10:00:00.000Z' }),
  storedVacancy({ ...headsNaspInProgress, reference: '251836', status: 'submitted', closesAt: '2026-01-04T22:59:00.000Z', updatedAt: '2025-12-02T18:30:00.000Z' }),
  storedVacancy({ ...headsNaspInProgress, reference: '250443', status: 'submitted', closesAt: null, deadline: null, updatedAt: '2025-03-01T09:00:00.000Z' }),
];

async function seedVersion(name: string, version: number, rows: readonly object[]) {
  const old = new Dexie(name);
  declareSchemaVersions(old, SCHEMA_VERSIONS.filter((entry) => entry.version <= version));
  await old.open();
  await old.table('vacancies').bulkPut([...rows]);
  old.close();
}

/**
 * Release 1 stored each warning as the English sentence its template wrote (these are such
 * sentences, as the parser, the capture and the results-row merge wrote them); version 2 stores
 * `{ id, values }`. A sentence no template wrote (edited by hand) is kept, as `unrecognised`.
 */
const V1_WARNINGS = [
  'contract.maxYears: not stated',
  'salary: no currency in "5 400,00 per month"',
  'closesAt: the time shown (00:59:00) is not 23:59 in Brussels in the page time zone "CET"; it was taken as the 23:59 Brussels close of 2023-06-22',
  'titleFr: no French half',
  'Only the results-page row was read: open the vacancy to capture the full notice.',
  'Call HR before applying',
];
const V2_WARNINGS = [
  { id: 'notStated', values: { field: 'contract.maxYears' } },
  { id: 'salaryNoCurrency', values: { value: '5 400,00 per month' } },
  { id: 'zoneSnapped', values: { time: '00:59:00', zone: 'CET', date: '2023-06-22' } },
  { id: 'noFrenchHalf', values: {} },
  { id: 'rowOnly', values: {} },
  { id: 'unrecognised', values: { text: 'Call HR before applying' } },
];

/** A row as releases 1 and 2 wrote it: following did not exist. */
const beforeFollowing = ({ followedAt: _followedAt, ...row }: StoredVacancy) => row;

/**
 * Release 2 saved every notice opened as "Interested" with reminders on. Version 3 keeps as
 * followed what the candidate touched (utils/record/follow-rule.ts, wasFollowedBefore): these rows are
 * one untouched notice and one for each thing that counts as touching it.
 */
const AT = { capturedAt: '2025-11-02T08:00:00.000Z', updatedAt: '2025-11-03T08:00:00.000Z' };
const V2_ROWS: { row: StoredVacancy; followed: boolean }[] = [
  { row: storedVacancy({ ...AT, reference: 'GLANCED-1' }), followed: false },
  { row: storedVacancy({ ...AT, reference: 'DRAFTING-2', status: 'drafting' }), followed: true },
  { row: storedVacancy({ ...AT, reference: 'NOTES-3', notes: 'Ask about telework' }), followed: true },
  { row: storedVacancy({ ...AT, reference: 'BLANK-NOTES-4', notes: '  \n' }), followed: false },
  { row: storedVacancy({ ...AT, reference: 'ESSAY-5', essayFileName: 'ESSAY-5 Key challenges.docx' }), followed: true },
  { row: storedVacancy({ ...AT, reference: 'QUIET-6', remindersEnabled: false }), followed: true },
  { row: storedVacancy({ ...AT, reference: 'ROW-7', completeness: 'row' }), followed: true },
];

/**
 * One seeder per schema version BEFORE the latest: it writes rows as that release did, and the
 * tests below open them with today's VacancyDatabase, which must upgrade them.
 */
/** Releases before schema version 5 stored one of seven statuses: each becomes a stage (written by hand). */
const STATUS_TO_STAGE = [
  ['interested', 'interested'],
  ['drafting', 'drafting'],
  ['applied', 'submitted'],
  ['assessment', 'written-test'],
  ['offer', 'conditional-offer'],
  ['rejected', 'not-selected'],
  ['withdrawn', 'withdrawn'],
] as const;
const ONE_ROW_PER_STATUS = STATUS_TO_STAGE.map(([status], index) => ({ ...CURRENT_ROWS[0]!, reference: String(260000 + index), status }));
/** A row as releases before version 5 wrote it: 'submitted' was 'applied'. */
const withOldStatus = <Row extends { status: string }>(row: Row) => ({ ...row, status: row.status === 'submitted' ? 'applied' : row.status });

const SEEDERS: Record<number, (name: string) => Promise<void>> = {
  1: (name) => seedVersion(name, 1, CURRENT_ROWS.map((row) => withOldStatus({ ...beforeFollowing(row), warnings: V1_WARNINGS }))),
  2: (name) => seedVersion(name, 2, V2_ROWS.map(({ row }) => beforeFollowing(row))),
  // Version 3's rows are today's (followedAt included) but for the statuses; version 4 only adds the answers table.
  3: (name) => seedVersion(name, 3, V2_ROWS.map(({ row, followed }) => ({ ...row, followedAt: followed ? AT.capturedAt : null }))),
  // Version 4 still stored the seven statuses: one row for each, followed since it was captured.
  4: (name) => seedVersion(name, 4, ONE_ROW_PER_STATUS),
};

/** What each seeded version's rows must read as once upgraded (today's shape). */
const UPGRADED_ROWS: Record<number, readonly object[]> = {
  // Every one of these has a status beyond the first: followed since it was captured.
  1: CURRENT_ROWS.map((row) => ({ ...row, warnings: V2_WARNINGS, followedAt: row.capturedAt })),
  2: V2_ROWS.map(({ row, followed }) => ({ ...row, followedAt: followed ? AT.capturedAt : null })),
  3: V2_ROWS.map(({ row, followed }) => ({ ...row, followedAt: followed ? AT.capturedAt : null })),
  4: STATUS_TO_STAGE.map(([, stage], index) => ({ ...CURRENT_ROWS[0]!, reference: String(260000 + index), status: stage })),
};

describe('schema versions', () => {
  it('are numbered upwards and each says why it exists', () => {
    const numbers = SCHEMA_VERSIONS.map((entry) => entry.version);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(new Set(numbers).size).toBe(numbers.length);
    for (const entry of SCHEMA_VERSIONS) expect(SCHEMA_VERSION_REASONS[entry.version]?.length ?? 0).toBeGreaterThan(10);
  });

  it('every version before the latest has a seeder, and only those, so every upgrade is tested', () => {
    const older = SCHEMA_VERSIONS.map((entry) => entry.version).filter((version) => version < LATEST_SCHEMA_VERSION);
    expect(Object.keys(SEEDERS).map(Number).sort((a, b) => a - b)).toEqual(older);
    expect(Object.keys(UPGRADED_ROWS).map(Number).sort((a, b) => a - b)).toEqual(older);
  });
});

describe.each(Object.keys(SEEDERS).map(Number))('a database left by schema version %i', (version) => {
  it('is upgraded by the current VacancyDatabase, rows intact and valid', async () => {
    expect(version).toBeLessThan(LATEST_SCHEMA_VERSION);
    const name = dbName();
    await SEEDERS[version]!(name);
    const db = new VacancyDatabase(name);
    const rows = await db.vacancies.toArray();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    db.close();
    expect(rows.map((row) => StoredVacancySchema.parse(row))).toEqual(expect.arrayContaining([...UPGRADED_ROWS[version]!]));
    expect(rows).toHaveLength(UPGRADED_ROWS[version]!.length);
  });

  it('has an empty answers table, keyed by reference and question, found by reference', async () => {
    const name = dbName();
    await SEEDERS[version]!(name);
    const db = new VacancyDatabase(name);
    expect(await db.answers.count()).toBe(0);
    const row = { reference: '250875', id: 'q1', position: 0, question: 'Why?', limit: null, draft: 'Because.', sent: [], updatedAt: '2025-06-01T10:00:00.000Z' };
    await db.answers.put(row);
    expect(await db.answers.where('reference').equals('250875').toArray()).toEqual([row]);
    expect(await db.answers.get(['250875', 'q1'])).toEqual(row);
    db.close();
  });
});

describe('a database the current release wrote', () => {
  it('opens at the latest version and answers through every index the store declares', async () => {
    const name = dbName();
    await seedVersion(name, LATEST_SCHEMA_VERSION, CURRENT_ROWS);
    const db = new VacancyDatabase(name);
    await db.open();
    expect(db.verno).toBe(LATEST_SCHEMA_VERSION);
    const indexes = db.vacancies.schema.indexes.map((index) => index.name).sort();
    expect(indexes).toEqual(['closesAt', 'followedAt', 'status', 'updatedAt']);
    // Only followed rows are in the followedAt index (null is no key).
    expect(await db.vacancies.orderBy('followedAt').count()).toBe(CURRENT_ROWS.length);
    expect(db.removed.schema.primKey.name).toBe('reference');
    expect(await db.vacancies.where('status').equals('submitted').primaryKeys()).toEqual(['250443', '251836']);
    // Rows with a null closing time are not in that index, as IndexedDB skips null keys.
    expect(await db.vacancies.orderBy('closesAt').primaryKeys()).toEqual(['250875', '251836']);
    expect(await db.vacancies.where('updatedAt').above('2025-05-01T00:00:00.000Z').primaryKeys()).toEqual(['250875', '251836']);
    expect((await db.vacancies.toArray()).map((row) => StoredVacancySchema.parse(row))).toEqual(expect.arrayContaining(CURRENT_ROWS));
    db.close();
  });
});

it('the mechanism runs an upgrade when a version adds one (a rehearsal of a future version)', async () => {
  const name = dbName();
  const legacyRow = { ...CURRENT_ROWS[0]!, portalState: undefined };
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
      // Rehearsal only: index portalState and fill it on old rows.
    },
  ];
  const next = new Dexie(name);
  declareSchemaVersions(next, rehearsal);
  await next.open();
  // Opened as the rehearsal's version, one above the seeded one: the upgrade really ran.
  expect(next.verno).toBe(LATEST_SCHEMA_VERSION + 1);
  expect(await next.table('vacancies').where('portalState').equals('listed').primaryKeys()).toEqual(['250875']);
  next.close();
});
