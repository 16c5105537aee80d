import { liveQuery, type Observable } from 'dexie';
import { compareByClosing, isClosed, searchText, searchWords, type ClosingKey } from '../deadlines/list';
import type { Status, StoredVacancy } from './stored-vacancy';
import type { VacancyDatabase } from './vacancy-store';

/**
 * The popup's reads, sized to what it shows. The deadline list reads one page through the
 * `closesAt` index and counts by index, so opening the popup costs the same with 100 or 10,000
 * vacancies; a filter or a search reads index keys (no records) and then only the page. Live
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
}

export interface DeadlinePage {
  /** Open ones soonest first, unknown deadlines last (the order of utils/deadlines/list.ts). */
  open: StoredVacancy[];
  openCount: number;
  /** Closed ones most recently closed first. */
  closed: StoredVacancy[];
  closedCount: number;
  /** Every tracked vacancy, whatever the filter: 0 means the tracker is empty. */
  total: number;
}

type Table = VacancyDatabase['vacancies'];

// Two spellings of one instant ("…:59Z", "…:59.000Z") differ only after the seconds, so the
// index orders instants of different seconds correctly. Rows within one second are few; they
// are read together and ordered by instant, at the split from now and at a page's last row.
const SECOND = 'YYYY-MM-DDTHH:mm:ss'.length;
const AFTER = '\uffff';
const secondOf = (instant: string) => instant.slice(0, SECOND);
const newestFirst = (a: ClosingKey, b: ClosingKey) => compareByClosing(b, a);

export function readDeadlinePage(db: VacancyDatabase, request: DeadlineRequest): Promise<DeadlinePage> {
  return request.status === 'all' && searchWords(request.query).length === 0
    ? readUnfiltered(db.vacancies, request)
    : readFiltered(db, request);
}

/** Live: re-emits when a write touches the page or its counts, in any extension context. */
export function watchDeadlinePage(db: VacancyDatabase, request: DeadlineRequest): Observable<DeadlinePage> {
  return liveQuery(() => readDeadlinePage(db, request));
}

/** Live: one vacancy (undefined once it is gone). */
export function watchVacancy(db: VacancyDatabase, reference: string): Observable<StoredVacancy | undefined> {
  return liveQuery(() => db.vacancies.get(reference));
}

async function readUnfiltered(table: Table, request: DeadlineRequest): Promise<DeadlinePage> {
  const second = secondOf(request.now.toISOString());
  const later = () => table.where('closesAt').above(second + AFTER);
  const earlier = () => table.where('closesAt').below(second);
  const [total, laterCount, earlierCount, thisSecond] = await Promise.all([
    table.count(),
    later().count(),
    earlier().count(),
    table.where('closesAt').between(second, second + AFTER).toArray(),
  ]);
  const openNow = thisSecond.filter((record) => !isClosed(record, request.now));
  const closedNow = thisSecond.filter((record) => isClosed(record, request.now));
  const openCount = total - earlierCount - closedNow.length; // the dated ones, and every unknown
  const closedCount = earlierCount + closedNow.length;
  const [open, closed] = await Promise.all([
    firstRows(table, later(), openNow, request.openLimit, compareByClosing),
    request.closedLimit > 0 ? firstRows(table, earlier().reverse(), closedNow, request.closedLimit, newestFirst) : [],
  ]);
  const unknownCount = openCount - laterCount - openNow.length;
  if (open.length < request.openLimit && unknownCount > 0) {
    open.push(...(await unknownDeadlines(table, request.openLimit - open.length)));
  }
  return { open, openCount, closed, closedCount, total };
}

/**
 * The first `limit` rows of an index range in `order`, with `extra` rows merged in. A page
 * that ends inside a second reads that whole second, so a tie is ordered by instant.
 */
async function firstRows(
  table: Table,
  range: ReturnType<Table['toCollection']>,
  extra: StoredVacancy[],
  limit: number,
  order: (a: ClosingKey, b: ClosingKey) => number,
): Promise<StoredVacancy[]> {
  const rows = await range.limit(limit).toArray();
  const last = rows.at(-1)?.closesAt;
  if (rows.length === limit && last) {
    const seen = new Set(rows.map((record) => record.reference));
    const tie = secondOf(last);
    for (const record of await table.where('closesAt').between(tie, tie + AFTER).toArray()) {
      if (!seen.has(record.reference)) rows.push(record);
    }
  }
  return [...extra, ...rows].sort(order).slice(0, limit);
}

/** Vacancies without a closing time: not in the `closesAt` index, found by primary keys. */
async function unknownDeadlines(table: Table, limit: number): Promise<StoredVacancy[]> {
  const [all, dated] = await Promise.all([table.toCollection().primaryKeys(), table.orderBy('closesAt').primaryKeys()]);
  const datedSet = new Set(dated);
  const references = all.filter((reference) => !datedSet.has(reference)).slice(0, limit);
  return present(await table.bulkGet(references));
}

/**
 * A status filter or a search: index keys say which vacancies match and in what order, then
 * only the page's records are read. A search also needs each record's text (kept below).
 */
function readFiltered(db: VacancyDatabase, request: DeadlineRequest): Promise<DeadlinePage> {
  const table = db.vacancies;
  const words = searchWords(request.query);
  return db.transaction('r', table, async () => {
    const [all, closingAt, closingRefs, statusRefs, texts] = await Promise.all([
      table.toCollection().primaryKeys(),
      table.orderBy('closesAt').keys(),
      table.orderBy('closesAt').primaryKeys(),
      request.status === 'all' ? null : table.where('status').equals(request.status).primaryKeys(),
      words.length > 0 ? searchTexts(db) : null,
    ]);
    const withStatus = statusRefs && new Set(statusRefs);
    const wanted = (reference: string) =>
      (!withStatus || withStatus.has(reference)) &&
      (!texts || words.every((word) => texts.get(reference)?.text.includes(word)));
    const open: ClosingKey[] = [];
    const closed: ClosingKey[] = [];
    closingRefs.forEach((reference, index) => {
      if (!wanted(reference)) return;
      const key = { reference, closesAt: String(closingAt[index]) };
      (isClosed(key, request.now) ? closed : open).push(key);
    });
    open.sort(compareByClosing);
    closed.sort(newestFirst);
    const dated = new Set(closingRefs);
    const unknown = all.filter((reference) => !dated.has(reference) && wanted(reference));
    const openRefs = [...open.map((key) => key.reference), ...unknown];
    const [openRows, closedRows] = await Promise.all([
      table.bulkGet(openRefs.slice(0, request.openLimit)),
      table.bulkGet(closed.slice(0, request.closedLimit).map((key) => key.reference)),
    ]);
    return { open: present(openRows), openCount: openRefs.length, closed: present(closedRows), closedCount: closed.length, total: all.length };
  });
}

const present = (rows: (StoredVacancy | undefined)[]) => rows.filter((row): row is StoredVacancy => row !== undefined);

type SearchTexts = Map<string, { updatedAt: string; text: string }>;

/**
 * Each vacancy's search text, per database: read on the first search (never at first render),
 * then kept. Every write sets `updatedAt`, so the `updatedAt` index (keys only) says which texts
 * are stale; only those records are read again.
 */
const textsByDatabase = new Map<string, SearchTexts>();

async function searchTexts(db: VacancyDatabase): Promise<SearchTexts> {
  const table = db.vacancies;
  const [stamps, references] = await Promise.all([table.orderBy('updatedAt').keys(), table.orderBy('updatedAt').primaryKeys()]);
  const known = textsByDatabase.get(db.name) ?? new Map();
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
  textsByDatabase.set(db.name, texts);
  return texts;
}
