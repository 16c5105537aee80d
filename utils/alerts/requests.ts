import { z } from 'zod/mini';
import { ReferenceSchema } from '../record/vacancy-record';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { requestSlice } from '../request-slice';

/** Change alerts: the user opened a vacancy, so its "changed" mark goes. */
export const alertsRequests = requestSlice({
  contentScript: () => [] as const,
  extensionPage: () => [
    /** The user opened a vacancy: its "changed" mark goes. */
    z.object({ type: z.literal('mark-changes-seen'), reference: ReferenceSchema }),
  ] as const,
  responses: () => ({
    'mark-changes-seen': z.object({ ok: z.literal(true), tracked: z.boolean() }),
  }),
  writes: ['mark-changes-seen'],
  handlers: {
    'mark-changes-seen': async (request, { store, now }: { store: VacancyStore; now: () => Date }) => ({
      ok: true,
      tracked: (await store.markChangesSeen(request.reference, now())) !== null,
    }),
  },
});
