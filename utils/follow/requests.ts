import { z } from 'zod/mini';
import { IsoInstantSchema, ReferenceSchema } from '../record/vacancy-record';
import { StoredVacancySchema } from '../record/stored-vacancy';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { removeVacancy, restoreRemoved, setFollowed } from './follow-writes';
import { requestSlice } from '../request-slice';
import type { RemovalAnswers } from './removal-answers';

/**
 * The background half of following and removing: the requests (checked with zod by
 * utils/messages.ts, which lists this slice) and what the background does with them.
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

/** Following changes what reminders and the badge count: re-planned after each. */
export const FOLLOW_WRITES = ['follow', 'remove-vacancy', 'restore-vacancy'] as const;

interface FollowContext {
  store: VacancyStore;
  now: () => Date;
  /** What each Remove removed, for its retry's answer; absent, a retry answers null. */
  removals?: RemovalAnswers;
}

export const followRequests = requestSlice({
  contentScript: followContentScriptRequests,
  extensionPage: followExtensionPageRequests,
  responses: followResponseSchemas,
  writes: FOLLOW_WRITES,
  handlers: {
    follow: async (request, { store, now }: FollowContext) => ({ ok: true, record: await setFollowed(store, request.reference, request.follow, now()) }),
    'remove-vacancy': async (request, { store, now, removals }: FollowContext) => {
      const at = now();
      const removed = await removeVacancy(store, request.reference, at);
      if (removed !== null) await removals?.remember(removed, at.toISOString());
      // Gone already: on a retry, the record its first attempt removed (so Undo still works).
      const earlier = removed === null && request.sentAt !== undefined ? await removals?.recall(request.reference, request.sentAt) : null;
      return { ok: true, record: removed ?? earlier ?? null };
    },
    'restore-vacancy': async (request, { store, removals }: FollowContext) => {
      const restored = await restoreRemoved(store, request.record);
      await removals?.forget(restored.reference);
      return { ok: true, record: restored };
    },
  },
});
