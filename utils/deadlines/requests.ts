import { z } from 'zod/mini';
import { ReferenceSchema } from '../record/vacancy-record';
import { StoredVacancySchema, UserFieldsPatchSchema } from '../record/stored-vacancy';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { requestSlice } from '../request-slice';

/** The tracked vacancies: read one or all, and the user's edits of status, notes, essay file and reminders. */
export const vacanciesRequests = requestSlice({
  contentScript: () => [
    z.object({ type: z.literal('get-vacancy'), reference: ReferenceSchema }),
    z.object({ type: z.literal('list-vacancies') }),
  ] as const,
  extensionPage: () => [
    /** The user's edits of status, notes, essay file and reminders. */
    z.object({
      type: z.literal('update-user-fields'),
      reference: ReferenceSchema,
      patch: UserFieldsPatchSchema,
      /** The stored values the edit was made from: refused ('conflict') if another window changed them since. */
      basedOn: z.optional(UserFieldsPatchSchema),
    }),
  ] as const,
  responses: () => ({
    'get-vacancy': z.object({ ok: z.literal(true), record: z.nullable(StoredVacancySchema) }),
    'list-vacancies': z.object({ ok: z.literal(true), records: z.array(StoredVacancySchema) }),
    'update-user-fields': z.object({ ok: z.literal(true), record: StoredVacancySchema }),
  }),
  writes: ['update-user-fields'],
  handlers: {
    'get-vacancy': async (request, { store }: { store: VacancyStore; now: () => Date }) => ({ ok: true, record: (await store.get(request.reference)) ?? null }),
    'list-vacancies': async (_request, { store }: { store: VacancyStore; now: () => Date }) => ({ ok: true, records: await store.all() }),
    'update-user-fields': async (request, { store, now }: { store: VacancyStore; now: () => Date }) => ({
      ok: true,
      record: await store.updateUserFields(request.reference, request.patch, now(), request.basedOn),
    }),
  },
});
