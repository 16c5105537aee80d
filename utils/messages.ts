import { z } from 'zod/mini';
import { FAILURE_CODES } from './failure';
import { IsoInstantSchema, KeyedVacancySchema, ReferenceSchema, WarningSchema } from './record/vacancy-record';
import { ResultRowSchema, StatusSchema, StoredVacancySchema, UserFieldsPatchSchema } from './db/stored-vacancy';
import { SettingsSchema } from './settings';
import { ResultsFilterSchema } from './results/filter-schema';
import { AnswerDraftSchema, AnswerIdSchema, AnswerSchema } from './prepare/answer-schema';
import { followContentScriptRequests, followExtensionPageRequests, followResponseSchemas } from './follow/requests';
import { stagesExtensionPageRequests, stagesResponseSchemas } from './stages/requests';
import { REFERENCES_PER_REQUEST } from './results/batches';

const Reference = ReferenceSchema;
/**
 * When the client first sent a write: on a retry (the background stopped before replying) the
 * answer is measured from it, so it says what the first attempt did (sinceFirstAttempt).
 */
const SentAt = z.optional(IsoInstantSchema);
const HeaderLanguage = z.optional(z.enum(['en', 'fr']));

/**
 * What content scripts may ask, on the portal pages they run on. Every message is checked against
 * these schemas on arrival and against its sender (handle-request.ts): a bad payload, or a request
 * this sender may not make, is refused with a code and nothing is written.
 */
const contentScriptRequests = () => [
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
    headerLanguage: HeaderLanguage,
    sentAt: SentAt,
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
    sentAt: SentAt,
  }),
  z.object({ type: z.literal('mark-withdrawn'), reference: Reference }),
  z.object({ type: z.literal('lookup'), references: z.array(Reference).check(z.maxLength(REFERENCES_PER_REQUEST)) }),
  z.object({ type: z.literal('get-vacancy'), reference: Reference }),
  z.object({ type: z.literal('list-vacancies') }),
  /** A results page shows these rows: which are new in this career section, and the filter to apply. */
  z.object({
    type: z.literal('results-visit'),
    section: z.string().check(z.regex(/^[A-Za-z0-9_-]{0,32}$/)),
    references: z.array(Reference).check(z.maxLength(REFERENCES_PER_REQUEST)),
    /** A longer page is sent in batches from its bottom up: a row seen before stands below this batch. */
    knownBelow: z.optional(z.boolean()),
  }),
  z.object({ type: z.literal('save-results-filter'), filter: ResultsFilterSchema }),
  /** Content scripts get the UI text from the background instead of bundling it: their page's language. */
  z.object({ type: z.literal('ui-catalogues'), locale: z.optional(z.enum(['en', 'fr'])) }),
  z.object({
    type: z.literal('open-popup'),
    /** The popup route to show, e.g. "vacancy/251836". */
    route: z.optional(z.string().check(z.regex(/^[a-z0-9/-]*$/i), z.maxLength(80))),
  }),
  ...followContentScriptRequests(),
] as const;

/** What only the extension's own pages (the popup, in its window or a tab) may ask. */
const extensionPageRequests = () => [
  /** A notice pasted in the popup, parsed there. */
  z.object({ type: z.literal('capture'), record: KeyedVacancySchema, headerLanguage: HeaderLanguage, sentAt: SentAt }),
  /** The user's edits of status, notes, essay file and reminders. */
  z.object({
    type: z.literal('update-user-fields'),
    reference: Reference,
    patch: UserFieldsPatchSchema,
    /** The stored values the edit was made from: refused ('conflict') if another window changed them since. */
    basedOn: z.optional(UserFieldsPatchSchema),
  }),
  /** The user opened a vacancy: its "changed" mark goes. */
  z.object({ type: z.literal('mark-changes-seen'), reference: Reference }),
  /**
   * The Add notice page reads the selected notice that waits for its reference (pending-notice.ts);
   * it stays there until the page settles it, so a lost reply or a closed popup loses nothing.
   */
  z.object({ type: z.literal('take-pending-notice') }),
  /** That notice was saved or thrown away: cleared, if it is still the one waiting. */
  z.object({ type: z.literal('settle-pending-notice'), id: z.string().check(z.maxLength(64)) }),
  /** Settings are read and written by the background, which validates them. */
  z.object({ type: z.literal('get-settings') }),
  z.object({ type: z.literal('save-settings'), patch: z.partial(z.strictObject(SettingsSchema.shape)) }),
  /**
   * A backup the popup has read and checked entry by entry (utils/backup/read-backup.ts): merged
   * in one transaction, then the settings restored if given, then reminders and badge re-planned.
   */
  z.object({
    type: z.literal('import-backup'),
    vacancies: z.array(StoredVacancySchema).check(z.maxLength(20_000)),
    settings: z.nullable(SettingsSchema),
    /** The backup's drafts (utils/prepare/), merged in the same transaction; absent in older backups. */
    answers: z.optional(z.array(AnswerSchema).check(z.maxLength(20_000))),
    sentAt: SentAt,
    /** When the backup was made, and whether vacancies removed since then come back (utils/follow/import-removed.ts). */
    exportedAt: z.optional(z.nullable(IsoInstantSchema)),
    restoreRemoved: z.optional(z.boolean()),
  }),
  /** The answers workspace (utils/prepare/): a question and its draft as typed, whole. */
  z.object({ type: z.literal('save-answer'), answer: AnswerDraftSchema }),
  /** "Mark as sent": the draft is kept as a version sent to the portal. */
  z.object({ type: z.literal('mark-answer-sent'), reference: Reference, id: AnswerIdSchema }),
  z.object({ type: z.literal('delete-answer'), reference: Reference, id: AnswerIdSchema }),
  ...followExtensionPageRequests(),
  ...stagesExtensionPageRequests(),
] as const;

function buildRequestSchemas() {
  const fromContentScripts = contentScriptRequests();
  return {
    contentScript: z.discriminatedUnion('type', [...fromContentScripts]),
    any: z.discriminatedUnion('type', [...fromContentScripts, ...extensionPageRequests()]),
  };
}

let requestSchemas: ReturnType<typeof buildRequestSchemas> | undefined;

/**
 * The request schemas, built on the first message rather than when the background starts: a
 * worker woken for an alarm or a menu click never builds them (zod builds a schema eagerly).
 */
export function requestSchemasOnFirstUse(): ReturnType<typeof buildRequestSchemas> {
  return (requestSchemas ??= buildRequestSchemas());
}

export type Request = z.infer<ReturnType<typeof buildRequestSchemas>['any']>;
export type ContentScriptRequest = z.infer<ReturnType<typeof buildRequestSchemas>['contentScript']>;

/** Who sent a message, as the background tells from `sender` (utils/background/sender.ts). */
export type SenderKind = 'content-script' | 'extension-page';

/** What a page needs to know of a tracked vacancy to show a chip. */
const trackedSummarySchema = () => z.object({
  reference: z.string(),
  title: z.string(),
  status: StatusSchema,
  closesAt: z.nullable(z.string()),
  completeness: z.enum(['row', 'notice']),
  /** Only seen (opened) or followed: a chip offers Follow for the former. */
  followed: z.boolean(),
});
export type TrackedSummary = z.infer<ReturnType<typeof trackedSummarySchema>>;

const catalogueSchema = () => z.record(z.string(), z.object({ message: z.string() }));

/**
 * What the background answers, per request type. The background builds its replies itself and
 * the extension never parses them, so these are types there; tests call this (one entry per
 * request type), the bundles never do, so no context builds them.
 */
export const responseSchemas = () => ({
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
    warnings: z.array(WarningSchema),
    /** Earlier postings of this post the candidate applied to (utils/stages/applied-before.ts). */
    appliedBefore: z.optional(z.array(z.object({ reference: z.string(), title: z.string(), status: z.string(), why: z.enum(['named', 'same-post']) }))),
  }),
  'track-row': z.object({ ok: z.literal(true), created: z.boolean(), record: StoredVacancySchema }),
  'mark-withdrawn': z.object({ ok: z.literal(true), tracked: z.boolean() }),
  'mark-changes-seen': z.object({ ok: z.literal(true), tracked: z.boolean() }),
  'results-visit': z.object({
    ok: z.literal(true),
    newReferences: z.array(z.string()),
    firstVisit: z.boolean(),
    filter: ResultsFilterSchema,
    /** A row seen before is among the references sent (for the next batch up: utils/results/batches.ts). */
    knownAmong: z.boolean(),
  }),
  'save-results-filter': z.object({ ok: z.literal(true), filter: ResultsFilterSchema }),
  lookup: z.object({ ok: z.literal(true), items: z.array(trackedSummarySchema()) }),
  'get-vacancy': z.object({ ok: z.literal(true), record: z.nullable(StoredVacancySchema) }),
  'list-vacancies': z.object({ ok: z.literal(true), records: z.array(StoredVacancySchema) }),
  'open-popup': z.object({ ok: z.literal(true) }),
  'take-pending-notice': z.object({ ok: z.literal(true), pending: z.nullable(z.object({ id: z.string(), text: z.string(), sourceUrl: z.nullable(z.string()) })) }),
  /** The selection no longer waits (settled now, by an earlier attempt, or replaced by a newer one). */
  'settle-pending-notice': z.object({ ok: z.literal(true) }),
  'update-user-fields': z.object({ ok: z.literal(true), record: StoredVacancySchema }),
  'get-settings': z.object({ ok: z.literal(true), settings: SettingsSchema }),
  'save-settings': z.object({ ok: z.literal(true), settings: SettingsSchema }),
  'import-backup': z.object({
    ok: z.literal(true),
    counts: z.object({ new: z.number(), updated: z.number(), unchanged: z.number() }),
    /** The settings now in force: the backup's when restored, else as they were. */
    settings: SettingsSchema,
    /** Why the backup's settings were not restored (the vacancies were merged all the same). */
    settingsFailure: z.optional(z.enum(FAILURE_CODES)),
    /** How many of the backup's drafts were new or changed. */
    answers: z.optional(z.number()),
    /** Vacancies in the backup removed here since it was made, left removed (not asked back). */
    stillRemoved: z.optional(z.number()),
  }),
  'save-answer': z.object({ ok: z.literal(true), answer: AnswerSchema }),
  'mark-answer-sent': z.object({ ok: z.literal(true), answer: z.nullable(AnswerSchema) }),
  'delete-answer': z.object({ ok: z.literal(true) }),
  'ui-catalogues': z.object({
    ok: z.literal(true),
    catalogues: z.object({ en: z.optional(catalogueSchema()), fr: z.optional(catalogueSchema()) }),
  }),
  ...followResponseSchemas(),
  ...stagesResponseSchemas(),
}) satisfies Record<Request['type'], z.ZodMiniType>;

export type ResponseFor<T extends Request['type']> = z.infer<ReturnType<typeof responseSchemas>[T]>;
export type { Failure } from './failure';
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;
