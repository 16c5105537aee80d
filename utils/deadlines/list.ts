import type { Status, StoredVacancy } from '../record/stored-vacancy';
import { msUntilClose } from './time-left';
import { inClosingOrder } from '../record/closing-order';

/** Archive split and filtering of the tracker list (its order: utils/record/closing-order.ts); pure, so the popup stays fast. */

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
