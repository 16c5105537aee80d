import type { Status, StoredVacancy } from '../db/stored-vacancy';
import { msUntilClose } from './time-left';

/** Ordering, archive split and filtering of the tracker list; pure, so the popup stays fast. */

/** What ordering needs of a record: the paged queries sort index entries with it, not records. */
export type ClosingKey = Pick<StoredVacancy, 'closesAt' | 'reference'>;

function closingInstant(record: Pick<StoredVacancy, 'closesAt'>): number | null {
  if (record.closesAt === null) return null;
  const at = Date.parse(record.closesAt);
  return Number.isNaN(at) ? null : at;
}

/**
 * The one closing-time order: soonest closing first, unknown deadlines last, ties by reference.
 * Compares instants, not strings: "…00Z" and "…00.000Z" are the same moment. The store hands
 * records out in this order; the lists, the essay check's picker and the CSV report keep it.
 */
export function compareByClosing(a: ClosingKey, b: ClosingKey): number {
  return compareInstants(closingInstant(a), closingInstant(b)) || compareReferences(a.reference, b.reference);
}

function compareInstants(at: number | null, bt: number | null): number {
  if (at === bt) return 0;
  if (at === null) return 1;
  if (bt === null) return -1;
  return at - bt;
}

let collator: Intl.Collator | undefined;

/** `a.localeCompare(b)`, through one collator: the same order, without building one per call. */
function compareReferences(a: string, b: string): number {
  return (collator ??= new Intl.Collator()).compare(a, b);
}

/**
 * compareByClosing's order, each instant parsed once rather than at every comparison: 10,000
 * records are some 280,000 comparisons (the store's all(), the export, every re-plan).
 */
export function sortByClosing<T extends ClosingKey>(records: readonly T[]): T[] {
  const keyed = records.map((record) => ({ record, at: closingInstant(record) }));
  keyed.sort((a, b) => compareInstants(a.at, b.at) || compareReferences(a.record.reference, b.record.reference));
  return keyed.map((entry) => entry.record);
}

/** The records in closing order, sorting only when they are not in it already (the store's are). */
export function inClosingOrder<T extends ClosingKey>(records: readonly T[]): readonly T[] {
  for (let i = 1; i < records.length; i += 1) {
    if (compareByClosing(records[i - 1]!, records[i]!) > 0) return sortByClosing(records);
  }
  return records;
}

export function isClosed(record: Pick<StoredVacancy, 'closesAt'>, now: Date): boolean {
  const left = msUntilClose(record.closesAt, now);
  return left !== null && left <= 0;
}

/**
 * Open ones soonest first (unknown deadlines at the end); closed ones most recently closed first,
 * since the one that just closed is the one the user still thinks about.
 */
export function splitArchive(records: readonly StoredVacancy[], now: Date): { open: StoredVacancy[]; closed: StoredVacancy[] } {
  const open: StoredVacancy[] = [];
  const closed: StoredVacancy[] = [];
  for (const record of inClosingOrder(records)) (isClosed(record, now) ? closed : open).push(record);
  closed.reverse();
  return { open, closed };
}

/** Lower case without accents, so "defense" finds "Défense" and "securite" finds "Sécurité". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

const haystacks = new WeakMap<StoredVacancy, string>();

/** The text a search looks in: both titles, the reference and the organisation, folded. */
export function searchText(record: Pick<StoredVacancy, 'title' | 'titleFr' | 'reference' | 'organisation'>): string {
  return foldForSearch([record.title, record.titleFr, record.reference, record.organisation].filter(Boolean).join('\n'));
}

function haystack(record: StoredVacancy): string {
  let text = haystacks.get(record);
  if (text === undefined) {
    text = searchText(record);
    haystacks.set(record, text);
  }
  return text;
}

/** A query's words, folded: a record matches when its search text contains every one. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean);
}

export interface TrackerFilter {
  status: Status | 'all';
  /** Free text; every word must appear in the title (EN or FR), reference or organisation. */
  query: string;
}

export function filterVacancies(records: readonly StoredVacancy[], { status, query }: TrackerFilter): StoredVacancy[] {
  const words = searchWords(query);
  return records.filter(
    (record) =>
      (status === 'all' || record.status === status) && words.every((word) => haystack(record).includes(word)),
  );
}
