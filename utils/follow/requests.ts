import { z } from 'zod/mini';
import { IsoInstantSchema, ReferenceSchema } from '../record/vacancy-record';
import { StoredVacancySchema, type StoredVacancy } from '../db/stored-vacancy';
import type { VacancyStore } from '../db/vacancy-store';
import { removeVacancy, restoreRemoved, setFollowed } from './follow-writes';
import type { RemovalAnswers } from './removal-answers';

/**
 * The background half of following and removing: the requests (checked with zod by
 * utils/messages.ts, which lists them) and what the background does with them.
 */

/** Content scripts may follow and unfollow (the in-page panel, the results chips): nothing is lost. */
export const followContentScriptRequests = () => [
  z.object({ type: z.literal('follow'), reference: ReferenceSchema, follow: z.boolean() }),
] as const;

/** Only the extension's own pages may remove a vacancy, or undo that. */
export const followExtensionPageRequests = () => [
  /** sentAt: the first attempt's time, on a retry (utils/messaging-client.ts stamps it). */
  z.object({ type: z.literal('remove-vacancy'), reference: ReferenceSchema, sentAt: z.optional(IsoInstantSchema) }),
  /** Undo of a removal: the record the removal answered, put back as it was. */
  z.object({ type: z.literal('restore-vacancy'), record: StoredVacancySchema }),
] as const;

export const followResponseSchemas = () => ({
  follow: z.object({ ok: z.literal(true), record: StoredVacancySchema }),
  /** The record as it was, for Undo; null when it was gone already. */
  'remove-vacancy': z.object({ ok: z.literal(true), record: z.nullable(StoredVacancySchema) }),
  'restore-vacancy': z.object({ ok: z.literal(true), record: StoredVacancySchema }),
});

type FollowRequest =
  | { type: 'follow'; reference: string; follow: boolean }
  | { type: 'remove-vacancy'; reference: string; sentAt?: string }
  | { type: 'restore-vacancy'; record: StoredVacancy };

export const FOLLOW_WRITES = ['follow', 'remove-vacancy', 'restore-vacancy'] as const;

export async function handleFollowRequest(
  request: FollowRequest,
  store: VacancyStore,
  now: Date,
  removals?: RemovalAnswers,
): Promise<{ ok: true; record: StoredVacancy | null }> {
  switch (request.type) {
    case 'follow':
      return { ok: true, record: await setFollowed(store, request.reference, request.follow, now) };
    case 'remove-vacancy': {
      const removed = await removeVacancy(store, request.reference, now);
      if (removed !== null) await removals?.remember(removed, now.toISOString());
      // Gone already: on a retry, the record its first attempt removed (so Undo still works).
      const earlier = removed === null && request.sentAt !== undefined ? await removals?.recall(request.reference, request.sentAt) : null;
      return { ok: true, record: removed ?? earlier ?? null };
    }
    case 'restore-vacancy': {
      const restored = await restoreRemoved(store, request.record);
      await removals?.forget(restored.reference);
      return { ok: true, record: restored };
    }
  }
}
