import type { KeyedVacancy } from '../record/vacancy-record';
import { sendRequest } from '../messaging-client';
import type { MergeResult } from './merge';
import type { StoredVacancy } from './stored-vacancy';
import { VacancyStore, type UserFieldsPatch } from './vacancy-store';

/**
 * The popup's store: it reads the database itself (live queries), but its edits go to the
 * background, which validates them, writes them and re-plans reminders and the badge at once.
 */
export class BackgroundBackedStore extends VacancyStore {
  override async updateUserFields(reference: string, patch: UserFieldsPatch): Promise<StoredVacancy> {
    const reply = await sendRequest({ type: 'update-user-fields', reference, patch });
    if (!reply.ok) throw new Error(reply.error);
    return reply.record;
  }

  override async markChangesSeen(reference: string): Promise<StoredVacancy | null> {
    // The background stamps the moment with its own clock.
    const reply = await sendRequest({ type: 'mark-changes-seen', reference });
    if (!reply.ok) throw new Error(reply.error);
    return null;
  }

  override async saveCapture(parsed: KeyedVacancy): Promise<MergeResult> {
    const reply = await sendRequest({ type: 'capture', record: parsed });
    if (!reply.ok) throw new Error(reply.error);
    return { record: reply.record, created: reply.created, changed: reply.changed };
  }
}
