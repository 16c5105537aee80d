import { isReference, typedReference } from './reference';
import type { KeyedVacancy, ParsedVacancy } from './vacancy-record';

export { isReference, typedReference } from './reference';

/**
 * A parsed notice becomes a record that can be saved once its key is known. A notice that prints
 * no reference (a job board's copy) or no title gets them from the page address or from the
 * user, never from a guess; until then nothing is saved (utils/db keys records by reference).
 */

export interface GivenKey {
  reference?: string | null;
  title?: string | null;
}

/** What a record still needs before it can be saved: empty when it has its key and title. */
export function missingKey(record: ParsedVacancy, given: GivenKey = {}): ('reference' | 'title')[] {
  const missing: ('reference' | 'title')[] = [];
  const reference = record.reference ?? typedReference(given.reference ?? '');
  if (!isReference(reference)) missing.push('reference');
  if ((record.title ?? given.title?.trim() ?? '') === '') missing.push('title');
  return missing;
}

/** The record with its key, what it prints first and what was given second; null while one is missing. */
export function withKey(record: ParsedVacancy, given: GivenKey = {}): KeyedVacancy | null {
  if (missingKey(record, given).length > 0) return null;
  const reference = record.reference ?? typedReference(given.reference ?? '');
  const title = record.title ?? given.title?.trim() ?? '';
  return { ...record, reference, title };
}
