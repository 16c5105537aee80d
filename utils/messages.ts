import { z } from 'zod/mini';
import { KeyedVacancySchema, ReferenceSchema } from './record/vacancy-record';
import { ResultRowSchema, StatusSchema, StoredVacancySchema, UserFieldsSchema } from './db/stored-vacancy';
import { SettingsSchema } from './settings';
import { ResultsFilterSchema } from './results/filter-schema';

/**
 * Messages from content scripts (and pages) to the background, the only writer. Every message
 * is checked against these schemas on arrival: a bad payload is rejected with a reason and
 * nothing is written.
 */
export const RequestSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture'), record: KeyedVacancySchema, headerLanguage: z.optional(z.enum(['en', 'fr'])) }),
  /** A detail page as a content script read it; the background parses and saves it. */
  z.object({
    type: z.literal('capture-page'),
    page: z.object({
      text: z.string().check(z.maxLength(2_000_000)),
      fallbackText: z.string().check(z.maxLength(200_000)),
      pageTimeZone: z.nullable(z.string().check(z.maxLength(64))),
      sourceUrl: z.url(),
      urlReference: z.nullable(z.string().check(z.maxLength(32))),
      /** The content script cut the text to its first 300 KB (utils/portal/page-snapshot.ts). */
      textCut: z.optional(z.boolean()),
    }),
    headerLanguage: z.optional(z.enum(['en', 'fr'])),
  }),
  /** A results-page row as shown (utils/portal/results-page.ts); the background reads it (utils/capture/result-row.ts). */
  z.object({
    type: z.literal('track-row'),
    row: z.object({
      reference: z.string().check(z.maxLength(32)),
      title: z.string().check(z.maxLength(1000)),
      location: z.nullable(z.string().check(z.maxLength(1000))),
      deadlineText: z.nullable(z.string().check(z.maxLength(200))),
      organisation: z.nullable(z.string().check(z.maxLength(1000))),
      gradeText: z.nullable(z.string().check(z.maxLength(200))),
    }),
    pageTimeZone: z.nullable(z.string().check(z.maxLength(64))),
    listUrl: z.url(),
  }),
  z.object({ type: z.literal('mark-withdrawn'), reference: ReferenceSchema }),
  z.object({ type: z.literal('lookup'), references: z.array(ReferenceSchema).check(z.maxLength(500)) }),
  z.object({ type: z.literal('get-vacancy'), reference: ReferenceSchema }),
  z.object({ type: z.literal('list-vacancies') }),
  /** The popup's edits of status, notes, essay file and reminders: the background writes them. */
  z.object({
    type: z.literal('update-user-fields'),
    reference: ReferenceSchema,
    patch: z.partial(z.strictObject(UserFieldsSchema.shape)),
  }),
  /** A results page shows these rows: which are new in this career section, and the filter to apply. */
  z.object({
    type: z.literal('results-visit'),
    section: z.string().check(z.regex(/^[A-Za-z0-9_-]{0,32}$/)),
    references: z.array(ReferenceSchema).check(z.maxLength(500)),
  }),
  z.object({ type: z.literal('save-results-filter'), filter: ResultsFilterSchema }),
  /** The user opened a vacancy: its "changed" mark goes. */
  z.object({ type: z.literal('mark-changes-seen'), reference: ReferenceSchema }),
  /** Settings are read and written by the background, which validates them. */
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('save-settings'), patch: z.partial(z.strictObject(SettingsSchema.shape)) }),
  /** Content scripts get the UI text from the background instead of bundling it: their page's language. */
  z.object({ type: z.literal('ui-catalogues'), locale: z.optional(z.enum(['en', 'fr'])) }),
  /** The popup wrote user fields or settings: re-plan reminders and the badge now. */
  z.object({ type: z.literal('refresh-schedules') }),
  /** The Add notice page takes the selected notice that waits for its reference (pending-notice.ts). */
  z.object({ type: z.literal('take-pending-notice') }),
  z.object({
    type: z.literal('open-popup'),
    /** The popup route to show, e.g. "vacancy/251836". */
    route: z.optional(z.string().check(z.regex(/^[a-z0-9/-]*$/i), z.maxLength(80))),
  }),
]);
export type Request = z.infer<typeof RequestSchema>;

/** What a page needs to know of a tracked vacancy to show a chip. */
export const TrackedSummarySchema = z.object({
  reference: z.string(),
  title: z.string(),
  status: StatusSchema,
  closesAt: z.nullable(z.string()),
  completeness: z.enum(['row', 'notice']),
});
export type TrackedSummary = z.infer<typeof TrackedSummarySchema>;

const CatalogueSchema = z.record(z.string(), z.object({ message: z.string() }));

export const ResponseSchemas = {
  capture: z.object({
    ok: z.literal(true),
    created: z.boolean(),
    changed: z.array(z.string()),
    record: StoredVacancySchema,
  }),
  'capture-page': z.object({
    ok: z.literal(true),
    created: z.boolean(),
    changed: z.array(z.string()),
    record: StoredVacancySchema,
    warnings: z.array(z.string()),
  }),
  'track-row': z.object({ ok: z.literal(true), created: z.boolean(), record: StoredVacancySchema }),
  'mark-withdrawn': z.object({ ok: z.literal(true), tracked: z.boolean() }),
  'mark-changes-seen': z.object({ ok: z.literal(true), tracked: z.boolean() }),
  'results-visit': z.object({ ok: z.literal(true), newReferences: z.array(z.string()), firstVisit: z.boolean(), filter: ResultsFilterSchema }),
  'save-results-filter': z.object({ ok: z.literal(true), filter: ResultsFilterSchema }),
  lookup: z.object({ ok: z.literal(true), items: z.array(TrackedSummarySchema) }),
  'get-vacancy': z.object({ ok: z.literal(true), record: z.nullable(StoredVacancySchema) }),
  'list-vacancies': z.object({ ok: z.literal(true), records: z.array(StoredVacancySchema) }),
  'open-popup': z.object({ ok: z.literal(true) }),
  'take-pending-notice': z.object({ ok: z.literal(true), pending: z.nullable(z.object({ text: z.string(), sourceUrl: z.nullable(z.string()) })) }),
  'refresh-schedules': z.object({ ok: z.literal(true) }),
  'update-user-fields': z.object({ ok: z.literal(true), record: StoredVacancySchema }),
  'get-settings': z.object({ ok: z.literal(true), settings: SettingsSchema }),
  'save-settings': z.object({ ok: z.literal(true), settings: SettingsSchema }),
  'ui-catalogues': z.object({
    ok: z.literal(true),
    catalogues: z.object({ en: z.optional(CatalogueSchema), fr: z.optional(CatalogueSchema) }),
  }),
} satisfies Record<Request['type'], z.ZodMiniType>;

export const FailureSchema = z.object({ ok: z.literal(false), error: z.string() });
export type Failure = z.infer<typeof FailureSchema>;

export type ResponseFor<T extends Request['type']> = z.infer<(typeof ResponseSchemas)[T]>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
