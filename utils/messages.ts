import { z } from 'zod';
import { ParsedVacancySchema } from './record/vacancy-record';
import { ResultRowSchema, StatusSchema, StoredVacancySchema } from './db/stored-vacancy';

/**
 * Messages from content scripts (and pages) to the background, the only writer. Every message
 * is checked against these schemas on arrival: a bad payload is rejected with a reason and
 * nothing is written.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture'), record: ParsedVacancySchema, headerLanguage: z.enum(['en', 'fr']).optional() }),
  z.object({ type: z.literal('track-row'), row: ResultRowSchema }),
  z.object({ type: z.literal('mark-withdrawn'), reference: ParsedVacancySchema.shape.reference }),
  z.object({ type: z.literal('lookup'), references: z.array(ParsedVacancySchema.shape.reference).max(500) }),
  z.object({ type: z.literal('get-vacancy'), reference: ParsedVacancySchema.shape.reference }),
  z.object({ type: z.literal('list-vacancies') }),
  /** The popup wrote user fields or settings: re-plan reminders and the badge now. */
  z.object({ type: z.literal('refresh-schedules') }),
  z.object({
    type: z.literal('open-popup'),
    /** The popup route to show, e.g. "vacancy/251836". */
    route: z.string().regex(/^[a-z0-9/-]*$/i).max(80).optional(),
  }),
]);
export type Request = z.infer<typeof RequestSchema>;

/** What a page needs to know of a tracked vacancy to show a chip. */
export const TrackedSummarySchema = z.object({
  reference: z.string(),
  title: z.string(),
  status: StatusSchema,
  closesAt: z.string().nullable(),
  completeness: z.enum(['row', 'notice']),
});
export type TrackedSummary = z.infer<typeof TrackedSummarySchema>;

export const ResponseSchemas = {
  capture: z.object({
    ok: z.literal(true),
    created: z.boolean(),
    changed: z.array(z.string()),
    record: StoredVacancySchema,
  }),
  'track-row': z.object({ ok: z.literal(true), created: z.boolean(), record: StoredVacancySchema }),
  'mark-withdrawn': z.object({ ok: z.literal(true), tracked: z.boolean() }),
  lookup: z.object({ ok: z.literal(true), items: z.array(TrackedSummarySchema) }),
  'get-vacancy': z.object({ ok: z.literal(true), record: StoredVacancySchema.nullable() }),
  'list-vacancies': z.object({ ok: z.literal(true), records: z.array(StoredVacancySchema) }),
  'open-popup': z.object({ ok: z.literal(true) }),
  'refresh-schedules': z.object({ ok: z.literal(true) }),
} satisfies Record<Request['type'], z.ZodType>;

export const FailureSchema = z.object({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof FailureSchema>;

export type ResponseFor<T extends Request['type']> = z.infer<(typeof ResponseSchemas)[T]>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
