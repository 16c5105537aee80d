import type { StoredVacancy } from './stored-vacancy';

/**
 * The one closing-time order of records, pure: the store hands records out in it (the reader's
 * all()), and the lists, the essay check's picker and the CSV report keep it. Here, below both
 * the database and the deadline list, so each reaches it without the other.
 */

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
