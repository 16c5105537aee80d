import type { KeyedVacancy } from '../record/vacancy-record';
import { PARSED_FIELD_NAMES as PARSED_FIELDS } from '../record/parsed-fields';
import { DEFAULT_USER_FIELDS, USER_FIELD_NAMES as USER_FIELDS } from './user-defaults';
import { sameValue } from './merge';
import type { HistoryEntry, StoredVacancy, UserFields } from './stored-vacancy';

export type ImportOutcome = 'new' | 'updated' | 'unchanged';

export interface PlannedImport {
  reference: string;
  outcome: ImportOutcome;
  /** What the store holds for this reference once the import is applied. */
  record: StoredVacancy;
}

export type ImportCounts = Record<ImportOutcome, number>;

/**
 * How a backup record meets the record already stored under its reference. Nothing is ever
 * deleted, and the rules are symmetric, so importing the same file twice changes nothing the
 * second time:
 *
 * 1. The newer record wins, by `updatedAt` (a tie keeps the stored one). Its user fields
 *    (status, notes, essay file, reminders), its parsed fields, completeness and portal state
 *    are taken, and its `updatedAt`.
 * 2. Except that an untouched default never erases what the user entered: a user field still at
 *    its default on the newer side takes the older side's value. Restoring a backup onto a
 *    fresh browser where the vacancy was just captured again must not drop the status or notes.
 * 3. Likewise a newer results-row record (completeness 'row') never erases an older full notice:
 *    the notice's parsed fields stay, and only the deadline the row shows is taken, the old one
 *    going to history (as a row re-read does in mergeRow).
 * 4. History is the union of both lists without duplicates; `capturedAt` is the earlier one.
 */
export function mergeBackupRecord(existing: StoredVacancy | undefined, incoming: StoredVacancy): PlannedImport {
  if (!existing) return { reference: incoming.reference, outcome: 'new', record: incoming };
  const incomingIsNewer = Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt);
  const newer = incomingIsNewer ? incoming : existing;
  const older = incomingIsNewer ? existing : incoming;
  const { parsed, completeness, rowHistory } = parsedPart(newer, older);
  const record: StoredVacancy = {
    ...parsed,
    ...userPart(newer, older),
    // The stage timeline goes with the user's fields: the newer side's, else what the older kept.
    ...((newer.stageHistory ?? older.stageHistory) === undefined ? {} : { stageHistory: newer.stageHistory ?? older.stageHistory }),
    ...((newer.steps ?? older.steps) === undefined ? {} : { steps: newer.steps ?? older.steps }),
    completeness,
    portalState: newer.portalState,
    history: unionHistory(existing.history, [...incoming.history, ...rowHistory]),
    capturedAt: existing.capturedAt <= incoming.capturedAt ? existing.capturedAt : incoming.capturedAt,
    updatedAt: newer.updatedAt,
  };
  return { reference: existing.reference, outcome: sameValue(existing, record) ? 'unchanged' : 'updated', record };
}

/** One plan entry per incoming record; `existing[i]` is what the store holds for `incoming[i]`. */
export function planBackupMerge(
  existing: readonly (StoredVacancy | undefined)[],
  incoming: readonly StoredVacancy[],
): PlannedImport[] {
  return incoming.map((record, index) => mergeBackupRecord(existing[index], record));
}

export function countOutcomes(plan: readonly Pick<PlannedImport, 'outcome'>[]): ImportCounts {
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0 };
  for (const { outcome } of plan) counts[outcome] += 1;
  return counts;
}

function pickParsed(record: StoredVacancy): KeyedVacancy {
  const parsed: Record<string, unknown> = {};
  for (const field of PARSED_FIELDS) if (record[field] !== undefined) parsed[field] = record[field];
  return parsed as KeyedVacancy;
}

function parsedPart(newer: StoredVacancy, older: StoredVacancy) {
  if (!(newer.completeness === 'row' && older.completeness === 'notice')) {
    return { parsed: pickParsed(newer), completeness: newer.completeness, rowHistory: [] as HistoryEntry[] };
  }
  const parsed = pickParsed(older);
  const rowHistory: HistoryEntry[] = [];
  for (const field of ['deadline', 'closesAt'] as const) {
    const seen = newer[field];
    if (seen === null || seen === parsed[field]) continue;
    if (parsed[field] !== null) rowHistory.push({ field, from: parsed[field], to: seen, changedAt: newer.updatedAt });
    parsed[field] = seen;
  }
  return { parsed, completeness: 'notice' as const, rowHistory };
}

function userPart(newer: StoredVacancy, older: StoredVacancy): UserFields {
  const fields = {} as Record<keyof UserFields, unknown>;
  for (const field of USER_FIELDS) {
    const untouched = sameValue(newer[field], DEFAULT_USER_FIELDS[field]);
    fields[field] = untouched && !sameValue(older[field], DEFAULT_USER_FIELDS[field]) ? older[field] : newer[field];
  }
  return fields as UserFields;
}

/** JSON with sorted keys, so two entries equal up to key order get one identity. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
}

/**
 * The stored list first, as it is; entries only the other side has are added and the whole
 * list put in time order. When nothing is added the stored order is kept untouched, so an
 * identical re-import counts as unchanged.
 */
function unionHistory(kept: readonly HistoryEntry[], other: readonly HistoryEntry[]): HistoryEntry[] {
  const seen = new Set(kept.map(canonical));
  const added = other.filter((entry) => {
    const key = canonical(entry);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (added.length === 0) return [...kept];
  return [...kept, ...added].sort((a, b) => Date.parse(a.changedAt) - Date.parse(b.changedAt));
}
