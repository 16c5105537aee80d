import type { KeyedVacancy } from '../record/vacancy-record';
import { PARSED_FIELD_NAMES as PARSED_FIELDS } from '../record/parsed-fields';
import { DEFAULT_USER_FIELDS, USER_FIELD_NAMES as USER_FIELDS } from '../record/user-defaults';
import { sameValue } from '../record/same-value';
import { keptSourceUrl } from '../record/source-url';
import type { HistoryEntry, StoredVacancy, UserFields } from '../record/stored-vacancy';

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
 * 2. The user fields go field by field, by when the user set each (`userFieldsSetAt`): the later
 *    setting wins, so a note cleared after the backup was made stays cleared ("cleared since"),
 *    and a field the user never set takes the other side's value ("never set"). A field set on
 *    one side only (the other from before these times were kept) wins unless the other side holds
 *    a value of its own written later. With no time on either side, the newer record's value,
 *    except that an untouched default never erases what the user entered: restoring a backup
 *    onto a fresh browser where the vacancy was just captured again must not drop the status.
 * 3. Likewise a newer results-row record (completeness 'row') never erases an older full notice:
 *    the notice's parsed fields stay, and only the deadline the row shows is taken, the old one
 *    going to history (as a row re-read does in mergeRow).
 * 0. A backup's `sourceUrl` is kept only when it is an https: address (keptSourceUrl).
 * 4. History is the union of both lists without duplicates; `capturedAt` is the earlier one,
 *    `changesSeenAt` the later one (changes seen on either side stay seen).
 *
 * So importing the backup just exported changes nothing and counts every entry unchanged.
 */
export function mergeBackupRecord(existing: StoredVacancy | undefined, fromFile: StoredVacancy): PlannedImport {
  // Only an https: link comes in from a file (utils/record/source-url.ts).
  const incoming = { ...fromFile, sourceUrl: keptSourceUrl(fromFile.sourceUrl, fromFile.completeness) };
  if (!existing) return { reference: incoming.reference, outcome: 'new', record: incoming };
  const incomingIsNewer = Date.parse(incoming.updatedAt) > Date.parse(existing.updatedAt);
  const newer = incomingIsNewer ? incoming : existing;
  const older = incomingIsNewer ? existing : incoming;
  const { parsed, completeness, rowHistory } = parsedPart(newer, older);
  const user = userPart(existing, incoming, newer);
  const seen = later(existing.changesSeenAt, incoming.changesSeenAt);
  const record: StoredVacancy = {
    ...parsed,
    ...user.fields,
    ...(user.setAt === undefined ? {} : { userFieldsSetAt: user.setAt }),
    ...(seen === undefined ? {} : { changesSeenAt: seen }),
    // The stage timeline: what either side kept, each stage reached once, oldest first.
    ...stageTimeline(existing, incoming),
    // The dated steps: both sides' (by id), the newer side's version of a step both hold.
    ...datedSteps(newer, older),
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

type SetAt = NonNullable<StoredVacancy['userFieldsSetAt']>;

function userPart(existing: StoredVacancy, incoming: StoredVacancy, newer: StoredVacancy): { fields: UserFields; setAt: SetAt | undefined } {
  const fields = {} as Record<keyof UserFields, unknown>;
  const setAt: SetAt = {};
  for (const field of USER_FIELDS) {
    const winner = userFieldWinner(field, existing, incoming, newer);
    // An optional field the winner lacks stays absent rather than present as undefined.
    if (winner[field] !== undefined) fields[field] = winner[field];
    const stamp = winner.userFieldsSetAt?.[field];
    if (stamp !== undefined) setAt[field] = stamp;
  }
  const stamped = existing.userFieldsSetAt !== undefined || incoming.userFieldsSetAt !== undefined;
  return { fields: fields as UserFields, setAt: stamped ? setAt : undefined };
}

/** Which side's value of one user field the merged record takes (rule 2); a tie keeps the stored one. */
function userFieldWinner(field: keyof UserFields, existing: StoredVacancy, incoming: StoredVacancy, newer: StoredVacancy): StoredVacancy {
  // documentsReady has no default: absent is "none ticked".
  const isDefault = (side: StoredVacancy) => sameValue(side[field], (DEFAULT_USER_FIELDS as Partial<UserFields>)[field]);
  if (sameValue(existing[field], incoming[field])) return existing;
  const setExisting = existing.userFieldsSetAt?.[field];
  const setIncoming = incoming.userFieldsSetAt?.[field];
  if (setExisting !== undefined && setIncoming !== undefined) {
    return Date.parse(setIncoming) > Date.parse(setExisting) ? incoming : existing;
  }
  if (setExisting !== undefined || setIncoming !== undefined) {
    const [timed, untimed] = setExisting !== undefined ? [existing, incoming] : [incoming, existing];
    const stamp = Date.parse((setExisting ?? setIncoming)!);
    // The untimed value was written at the latest at its record's updatedAt.
    return isDefault(untimed) || stamp >= Date.parse(untimed.updatedAt) ? timed : untimed;
  }
  const older = newer === existing ? incoming : existing;
  return isDefault(newer) && !isDefault(older) ? older : newer;
}

type StageReached = NonNullable<StoredVacancy['stageHistory']>[number];

/**
 * The stage timeline of both sides: every stage reached (by stage and moment) once, oldest first,
 * so importing the same file twice changes nothing and neither side's steps are lost.
 */
function stageTimeline(existing: StoredVacancy, incoming: StoredVacancy): { stageHistory?: StageReached[] } {
  if (existing.stageHistory === undefined && incoming.stageHistory === undefined) return {};
  const seen = new Map<string, StageReached>();
  for (const entry of [...(existing.stageHistory ?? []), ...(incoming.stageHistory ?? [])]) seen.set(`${entry.stage} ${entry.reachedAt}`, entry);
  return { stageHistory: [...seen.values()].sort((a, b) => Date.parse(a.reachedAt) - Date.parse(b.reachedAt)) };
}

function datedSteps(newer: StoredVacancy, older: StoredVacancy): { steps?: NonNullable<StoredVacancy['steps']> } {
  if (newer.steps === undefined && older.steps === undefined) return {};
  const byId = new Map((older.steps ?? []).map((step) => [step.id, step]));
  for (const step of newer.steps ?? []) byId.set(step.id, step);
  return { steps: [...byId.values()] };
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined || b === undefined) return a ?? b;
  return Date.parse(b) > Date.parse(a) ? b : a;
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
