import { z } from 'zod/mini';
import { ReferenceSchema } from '../record/vacancy-record';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { requestSlice } from '../request-slice';
import { AnswerDraftSchema, AnswerIdSchema, AnswerSchema } from '../record/answer-schema';
import { AnswerWriter } from './answer-writer';

interface PrepareContext {
  store: VacancyStore;
  now: () => Date;
}

/** The answers workspace: drafts saved whole, marked sent, deleted. */
export const prepareRequests = requestSlice({
  contentScript: () => [] as const,
  extensionPage: () => [
    /** The answers workspace (utils/prepare/): a question and its draft as typed, whole. */
    z.object({ type: z.literal('save-answer'), answer: AnswerDraftSchema }),
    /** "Mark as sent": the draft is kept as a version sent to the portal. */
    z.object({ type: z.literal('mark-answer-sent'), reference: ReferenceSchema, id: AnswerIdSchema }),
    z.object({ type: z.literal('delete-answer'), reference: ReferenceSchema, id: AnswerIdSchema }),
  ] as const,
  responses: () => ({
    'save-answer': z.object({ ok: z.literal(true), answer: AnswerSchema }),
    'mark-answer-sent': z.object({ ok: z.literal(true), answer: z.nullable(AnswerSchema) }),
    'delete-answer': z.object({ ok: z.literal(true) }),
  }),
  writes: [],
  handlers: {
    'save-answer': async (request, { store, now }: PrepareContext) => ({ ok: true, answer: await new AnswerWriter(store.db).save(request.answer, now()) }),
    'mark-answer-sent': async (request, { store, now }: PrepareContext) => ({
      ok: true,
      answer: await new AnswerWriter(store.db).markSent(request.reference, request.id, now()),
    }),
    'delete-answer': async (request, { store }: PrepareContext) => {
      await new AnswerWriter(store.db).remove(request.reference, request.id);
      return { ok: true };
    },
  },
});
