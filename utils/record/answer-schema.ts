// zod/mini: answers are checked in the popup (backups) and the background (requests).
import * as z from 'zod/mini';
import { IsoInstantSchema, ReferenceSchema } from './vacancy-record';
import { MAX_DRAFT_LENGTH, MAX_LIMIT, MAX_QUESTION_LENGTH, MAX_QUESTIONS } from './answer-sizes';

/** The most versions "Mark as sent" keeps per answer; the oldest go first. */
export const MAX_SENT_VERSIONS = 20;

/** A question's id: made by the popup when the question is added, unique within its vacancy. */
export const AnswerIdSchema = z.string().check(z.regex(/^[a-z0-9-]{1,40}$/));

/** A version of the answer the candidate marked as sent (pasted into the portal). */
export const SentVersionSchema = z.object({
  text: z.string().check(z.maxLength(MAX_DRAFT_LENGTH)),
  sentAt: IsoInstantSchema,
});
export type SentVersion = z.infer<typeof SentVersionSchema>;

/** What the popup sends as typed: the question, its limit and the draft. */
export const AnswerDraftSchema = z.object({
  reference: ReferenceSchema,
  id: AnswerIdSchema,
  /** Where it shows among the vacancy's questions. */
  position: z.int().check(z.nonnegative(), z.maximum(MAX_QUESTIONS * 100)),
  question: z.string().check(z.maxLength(MAX_QUESTION_LENGTH)),
  /** The limit the candidate entered; null: the one the question states, if any (readLimit). */
  limit: z.nullable(z.int().check(z.positive(), z.maximum(MAX_LIMIT))),
  draft: z.string().check(z.maxLength(MAX_DRAFT_LENGTH)),
});
export type AnswerDraft = z.infer<typeof AnswerDraftSchema>;

/** One question of a vacancy's answers workspace, as the database keeps it. */
export const AnswerSchema = z.extend(AnswerDraftSchema, {
  sent: z.array(SentVersionSchema).check(z.maxLength(MAX_SENT_VERSIONS)),
  updatedAt: IsoInstantSchema,
});
export type Answer = z.infer<typeof AnswerSchema>;
