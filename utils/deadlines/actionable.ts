import type { Status, StoredVacancy } from '../record/stored-vacancy';

/**
 * Statuses where the application is still to be sent, so the closing date still matters.
 * Reminders and the toolbar badge are for these only: once applied (or in assessment, or with an
 * offer, or rejected, or withdrawn by the user) the application deadline no longer asks anything.
 */
export const STATUSES_BEFORE_APPLYING: readonly Status[] = ['interested', 'drafting'];

/** Still to apply and still listed on the portal (a withdrawn job cannot be applied to). */
export function awaitsApplication(record: Pick<StoredVacancy, 'status' | 'portalState'>): boolean {
  return STATUSES_BEFORE_APPLYING.includes(record.status) && record.portalState !== 'withdrawn';
}
