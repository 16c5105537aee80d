import type { StoredVacancy } from '../record/stored-vacancy';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { appliedBefore, wasApplied, type EarlierApplication } from './applied-before';

/**
 * For the in-page panel: the earlier postings of a just-captured notice's post that the candidate
 * applied to, read by the background (content scripts read no database), at most three.
 */
export async function earlierApplications(store: VacancyStore, record: StoredVacancy, now: Date): Promise<EarlierApplication[]> {
  return appliedBefore(record, await store.all(), now, wasApplied).slice(0, 3);
}
