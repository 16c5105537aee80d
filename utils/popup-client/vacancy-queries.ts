import type { Observable } from 'dexie';
import { isClosed, searchText, searchWords } from '../deadlines/list';
import { compareByClosing, type ClosingKey } from '../record/closing-order';
import type { Status, StoredVacancy } from '../record/stored-vacancy';
import type { VacancyReader, VacancyTable } from '../db-reader/vacancy-reader';
import { isFollowed } from '../record/follow-rule';

/**
 * The popup's reads, sized to what it shows. The deadline list reads one page through the
 * `closesAt` index, so opening the popup costs the same with 100 or 10,000 vacancies. Counting
 * an index costs time in proportion to its size in Chromium (about 100 ms for 10,000 rows), so
 * the first screen may leave the counts out (`counts: false`) and the live query that follows
 * brings them. A filter or a search reads index keys (no records) and then only the page. Live
 * queries re-run only when a write touches what they read (Dexie tracks the ranges), so a
 * capture re-reads a page, never the table. Nothing here writes.
 */

export interface DeadlineRequest {
  now: Date;
  status: Status | 'all';
  /** Free text; every word must appear in the title (EN or FR), reference or organisation. */
  query: string;
  /** Open rows wanted: one page, then more as the user asks. */
  openLimit: number;
  /** Closed rows wanted; 0 while the archive is folded. */
  closedLimit: number;
  /**
   * A test that needs the whole record (readiness against the user's profile): when given, every
   * vacancy the other filters let through is read. Only on demand, never for the first screen.
   */
  keep?: (record: StoredVacancy) => boolean;
  /** Whether to count the matches (a filter or a search always does: it reads the keys anyway). */
  counts: boolean;
}

export interface DeadlinePage {
  /** Open ones soonest first, unknown deadlines last (the order of utils/deadlines/list.ts). */
  open: StoredVacancy[];
  /** More open ones than the rows read. */
  moreOpen: boolean;
  /** Closed ones most recently closed first. */
  closed: StoredVacancy[];
  moreClosed: boolean;
  /** Any closed one matches (the archive is shown, folded or not). */
  anyClosed: boolean;
  /** Nothing is followed at all, whatever the filter (notices only seen are listed apart: readSeen). */
  empty: boolean;
  /** How many match, open and closed; null when the request left counting out. */
  counts: { open: number; closed: number } | null;
}

/** The table the queries read: the popup's read-only store hands it over inside a transaction. */
type Table = VacancyTable;

// Two spellings of one instant ("…:59Z", "…:59.000Z") differ only after the seconds, so the
// index orders instants of different seconds correctly. Rows within one second are few; they
// are read together and ordered by instant, at the split from now and at a page's last row.
const SECOND = 'YYYY-MM-DDTHH:mm:ss'.length;
const AFTER = '\uffff';
const secondOf = (instant: string) => instant.slice(0, SECOND);
const newestFirst = (a: ClosingKey, b: ClosingKey) => compareByClosing(b, a);

/**
 * The deadline list is the vacancies the candidate follows. The `followedAt` index holds only
 * those (a null is no key), so it counts them; pages read through `closesAt` skip the others.
 */
export function readDeadlinePage(vacancies: Table, request: DeadlineRequest): Promise<DeadlinePage> {
  return request.status === 'all' && searchWords(request.query).length === 0 && !request.keep
    ? readUnfiltered(vacancies, request)
    : readFiltered(vacancies, request);
}

/** Live: re-emits when a write touches the page or its counts, in any extension context. */
export function watchDeadlinePage(reader: VacancyReader, request: DeadlineRequest): Observable<DeadlinePage> {
  return reader.live((vacancies) => readDeadlinePage(vacancies, request));
}

/** Live: one vacancy (undefined once it is gone). */
export function watchVacancy(reader: VacancyReader, reference: string): Observable<StoredVacancy | undefined> {
  return reader.live((vacancies) => vacancies.get(reference));
}

async function readUnfiltered(table: Table, request: DeadlineRequest): Promise<DeadlinePage> {
  const second = secondOf(request.now.toISOString());
  const earlier = () => table.where('closesAt').below(second).filter(isFollowed);
  // All reads are asked for at once: the database answers them in one go, not one after another.
  const thisSecond = table.where('closesAt').between(second, second + AFTER).filter(isFollowed).toArray();
  const openNow = thisSecond.then((rows) => rows.filter((record) => !isClosed(record, request.now)));
  const closedNow = thisSecond.then((rows) => rows.filter((record) => isClosed(record, request.now)));
  // One row past each page says whether there are more; at least one closed row, whether any.
  const [open, closed, counted, closedThisSecond] = await Promise.all([
    firstRows(table, table.where('closesAt').above(second + AFTER).filter(isFollowed), openNow, request.openLimit + 1, compareByClosing),
    firstRows(table, earlier().reverse(), closedNow, Math.max(request.closedLimit, 0) + 1, newestFirst),
    request.counts ? countFollowed(table, second) : null,
    closedNow,
  ]);
  // The dated ones ran out within the page: the unknown deadlines come next.
  if (open.length <= request.openLimit) open.push(...(await unknownDeadlines(table, request.openLimit + 1 - open.length)));
  const counts = counted && { open: counted[0] - counted[1] - closedThisSecond.length, closed: counted[1] + closedThisSecond.length };
  return {
    open: open.slice(0, request.openLimit),
    moreOpen: open.length > request.openLimit,
    closed: closed.slice(0, request.closedLimit),
    moreClosed: closed.length > request.closedLimit,
    anyClosed: closed.length > 0,
    empty: open.length === 0 && closed.length === 0,
    counts,
  };
}

/** Followed ones in all, and those closed before `second`: from index keys only, no record read. */
async function countFollowed(table: Table, second: string): Promise<[number, number]> {
  const [followed, closedBefore] = await Promise.all([
    table.orderBy('followedAt').primaryKeys(),
    table.where('closesAt').below(second).primaryKeys(),
  ]);
  const isFollowedKey = new Set(followed);
  return [followed.length, closedBefore.filter((reference) => isFollowedKey.has(reference)).length];
}

/**
 * The first `limit` rows of an index range in `order`, with `extra` rows merged in. A page
 * that ends inside a second reads that whole second, so a tie is ordered by instant.
 */
async function firstRows(
  table: Table,
  range: ReturnType<Table['toCollection']>,
  extra: Promise<StoredVacancy[]>,
  limit: number,
  order: (a: ClosingKey, b: ClosingKey) => number,
): Promise<StoredVacancy[]> {
  const [rows, extraRows] = await Promise.all([range.limit(limit).toArray(), extra]);
  const last = rows.at(-1)?.closesAt;
  if (rows.length === limit && last) {
    const seen = new Set(rows.map((record) => record.reference));
    const tie = secondOf(last);
    for (const record of await table.where('closesAt').between(tie, tie + AFTER).filter(isFollowed).toArray()) {
      if (!seen.has(record.reference)) rows.push(record);
    }
  }
  return [...extraRows, ...rows].sort(order).slice(0, limit);
}

/** Followed vacancies without a closing time: not in the `closesAt` index, found by primary keys. */
async function unknownDeadlines(table: Table, limit: number): Promise<StoredVacancy[]> {
  const [all, dated] = await Promise.all([table.toCollection().primaryKeys(), table.orderBy('closesAt').primaryKeys()]);
  const datedSet = new Set(dated);
  const references = all.filter((reference) => !datedSet.has(reference));
  return present(await table.bulkGet(references)).filter(isFollowed).slice(0, limit);
}

/**
 * A status filter or a search: index keys say which vacancies match and in what order, then
 * only the page's records are read. A search also needs each record's text (kept below).
 */
function readFiltered(table: Table, request: DeadlineRequest): Promise<DeadlinePage> {
  const words = searchWords(request.query);
  // One transaction, so the index keys read below line up with each other.
  return table.db.transaction('r', table, async () => {
    const [followedRefs, closingAt, closingRefs, statusRefs, texts] = await Promise.all([
      table.orderBy('followedAt').primaryKeys(),
      table.orderBy('closesAt').keys(),
      table.orderBy('closesAt').primaryKeys(),
      request.status === 'all' ? null : table.where('status').equals(request.status).primaryKeys(),
      words.length > 0 ? searchTexts(table) : null,
    ]);
    const followed = new Set(followedRefs);
    const all = [...followed];
    const withStatus = statusRefs && new Set(statusRefs);
    const byKeys = (reference: string) =>
      (!withStatus || withStatus.has(reference)) &&
      (!texts || words.every((word) => texts.get(reference)?.text.includes(word)));
    const kept = request.keep && (await keptBy(table, all.filter(byKeys), request.keep));
    const wanted = (reference: string) => (kept ? kept.has(reference) : byKeys(reference));
    const open: ClosingKey[] = [];
    const closed: ClosingKey[] = [];
    closingRefs.forEach((reference, index) => {
      if (!followed.has(reference) || !wanted(reference)) return;
      const key = { reference, closesAt: String(closingAt[index]) };
      (isClosed(key, request.now) ? closed : open).push(key);
    });
    open.sort(compareByClosing);
    closed.sort(newestFirst);
    const dated = new Set(closingRefs);
    const unknown = all.filter((reference) => !dated.has(reference) && wanted(reference)).sort();
    const openRefs = [...open.map((key) => key.reference), ...unknown];
    const [openRows, closedRows] = await Promise.all([
      table.bulkGet(openRefs.slice(0, request.openLimit)),
      table.bulkGet(closed.slice(0, request.closedLimit).map((key) => key.reference)),
    ]);
    return {
      open: present(openRows),
      moreOpen: openRefs.length > request.openLimit,
      closed: present(closedRows),
      moreClosed: closed.length > request.closedLimit,
      anyClosed: closed.length > 0,
      empty: all.length === 0,
      counts: { open: openRefs.length, closed: closed.length },
    };
  });
}

/** The references among `candidates` whose record passes `keep`. */
async function keptBy(table: Table, candidates: string[], keep: (record: StoredVacancy) => boolean): Promise<Set<string>> {
  const records = present(await table.bulkGet(candidates));
  return new Set(records.filter(keep).map((record) => record.reference));
}

const present = (rows: (StoredVacancy | undefined)[]) => rows.filter((row): row is StoredVacancy => row !== undefined);

type SearchTexts = Map<string, { updatedAt: string; text: string }>;

/**
 * Each vacancy's search text, per database: read on the first search (never at first render),
 * then kept. Every write sets `updatedAt`, so the `updatedAt` index (keys only) says which texts
 * are stale; only those records are read again.
 */
const textsByDatabase = new Map<string, SearchTexts>();

async function searchTexts(table: Table): Promise<SearchTexts> {
  const [stamps, references] = await Promise.all([table.orderBy('updatedAt').keys(), table.orderBy('updatedAt').primaryKeys()]);
  const known = textsByDatabase.get(table.db.name) ?? new Map();
  const texts: SearchTexts = new Map();
  const stale: string[] = [];
  references.forEach((reference, index) => {
    const updatedAt = String(stamps[index]);
    const entry = known.get(reference);
    if (entry?.updatedAt === updatedAt) texts.set(reference, entry);
    else stale.push(reference);
  });
  for (const record of present(await table.bulkGet(stale))) {
    texts.set(record.reference, { updatedAt: record.updatedAt, text: searchText(record) });
  }
  textsByDatabase.set(table.db.name, texts);
  return texts;
}

/** The notices only seen (opened, never followed): how many, and, when asked, which, latest seen first. */
export interface SeenList {
  count: number;
  rows: StoredVacancy[];
}

/** `withRows` false counts from index keys only; the rows are read when the list is unfolded. */
export async function readSeen(table: Table, withRows: boolean): Promise<SeenList> {
  const [all, followed] = await Promise.all([table.count(), table.orderBy('followedAt').count()]);
  if (!withRows) return { count: all - followed, rows: [] };
  const rows = await table.filter((record) => !isFollowed(record)).toArray();
  return { count: rows.length, rows: rows.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt) || a.reference.localeCompare(b.reference)) };
}

export function watchSeen(reader: VacancyReader, withRows: boolean): Observable<SeenList> {
  return reader.live((vacancies) => readSeen(vacancies, withRows));
}
