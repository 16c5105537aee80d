// zod/mini, like the record it extends: the popup's first render stays free of classic zod.
import * as z from 'zod/mini';
import {
  GradeSchema,
  IsoDateSchema,
  IsoInstantSchema,
  KeyedVacancySchema,
  ReferenceSchema,
  WarningSchema,
} from './vacancy-record';

import { DEFAULT_USER_FIELDS, STATUSES } from './user-defaults';
import { DOCUMENT_KINDS } from './preparation-schema';
import { OFFER_CHECKS } from './offer-checks';
import { DatedStepSchema } from './dated-step';

export { DEFAULT_USER_FIELDS, STATUSES, type Status } from './user-defaults';

/** Where the user is with a vacancy. Only the user changes it; a re-capture never does. */
export const StatusSchema = z.enum(STATUSES);

/** One change of a parsed field seen on a re-capture (deadline extended, salary corrected…). */
export const HistoryEntrySchema = z.object({
  field: z.string(),
  from: z.json(),
  to: z.json(),
  changedAt: IsoInstantSchema,
});
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>;

/** The user's own data beside the parsed fields: never overwritten by a capture. */
export const UserFieldsSchema = z.object({
  status: StatusSchema,
  notes: z.string(),
  essayFileName: z.nullable(z.string()),
  /** Reminders for this vacancy; the ladder itself is a setting. */
  remindersEnabled: z.boolean(),
  /** The documents of the notice's checklist the user ticked as ready (utils/prepare/); absent: none yet. */
  documentsReady: z.optional(z.array(z.enum(DOCUMENT_KINDS)).check(z.maxLength(DOCUMENT_KINDS.length))),
  /** What the final offer waits on that the candidate ticked as done (utils/stages/offer-checklist.ts); absent: none yet. */
  offerChecksDone: z.optional(z.array(z.enum(OFFER_CHECKS)).check(z.maxLength(OFFER_CHECKS.length))),
  /**
   * The last day of the reserve list the application is on, when NATO stated one (a reserve list
   * typically holds for a year); null or absent: none stated. Its first day is the reserve-list
   * stage's day in stageHistory.
   */
  reserveListUntil: z.optional(z.nullable(IsoDateSchema)),
  /** When the candidate chose to follow it; null: only seen (reminders, badge and list skip it). */
  followedAt: z.nullable(IsoInstantSchema),
});
export type UserFields = z.infer<typeof UserFieldsSchema>;
export const USER_FIELDS = Object.keys(UserFieldsSchema.shape) as (keyof UserFields)[];
/** What an edit of the user's fields may set: following has its own request (utils/follow/). */
export const UserFieldsPatchSchema = z.partial(z.strictObject(z.omit(UserFieldsSchema, { followedAt: true }).shape));

// The defaults must stay valid user fields.
DEFAULT_USER_FIELDS satisfies UserFields;

/** A stage the application reached, and when: the user's timeline, oldest first. */
export const StageReachedSchema = z.object({ stage: StatusSchema, reachedAt: IsoInstantSchema });
export type StageReached = z.infer<typeof StageReachedSchema>;

export const StoredVacancySchema = z.extend(KeyedVacancySchema, {
  ...UserFieldsSchema.shape,
  /** 'row': only a results-page row was read (the "Track" button); 'notice': the full notice. */
  completeness: z.enum(['row', 'notice']),
  /** 'withdrawn' once the portal says the job is no longer available. */
  portalState: z.enum(['listed', 'withdrawn']),
  history: z.array(HistoryEntrySchema),
  /** Each stage the user moved the application to, with the moment; absent before schema version 4. */
  stageHistory: z.optional(z.array(StageReachedSchema)),
  /** The application's dated steps after the close (utils/stages/steps.ts); absent before there were any. */
  steps: z.optional(z.array(DatedStepSchema)),
  /** When the user last opened the vacancy: later closing, salary or withdrawal changes are "changed". */
  changesSeenAt: z.optional(IsoInstantSchema),
  /**
   * When the user last set each of their own fields. An import compares these, field by field,
   * so a note cleared after a backup stays cleared (set later), while a field never set takes
   * the backup's value (utils/db-reader/backup-merge.ts). Absent for a field not set since they were kept.
   */
  userFieldsSetAt: z.optional(
    z.object({
      status: z.optional(IsoInstantSchema),
      notes: z.optional(IsoInstantSchema),
      essayFileName: z.optional(IsoInstantSchema),
      remindersEnabled: z.optional(IsoInstantSchema),
      documentsReady: z.optional(IsoInstantSchema),
      offerChecksDone: z.optional(IsoInstantSchema),
      reserveListUntil: z.optional(IsoInstantSchema),
      followedAt: z.optional(IsoInstantSchema),
    }),
  ),
  capturedAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type StoredVacancy = z.infer<typeof StoredVacancySchema>;

/** What a results-page row gives: enough to track a vacancy until its notice is read. */
export const ResultRowSchema = z.object({
  reference: ReferenceSchema,
  title: z.string().check(z.minLength(1)),
  location: z.nullable(z.string().check(z.minLength(1))),
  organisation: z.nullable(z.string().check(z.minLength(1))),
  deadline: z.nullable(IsoDateSchema),
  closesAt: z.nullable(IsoInstantSchema),
  grade: z.nullable(GradeSchema),
  sourceUrl: z.nullable(z.url()),
  /** How the shown deadline was read, when it was snapped to a 23:59 Brussels close (utils/parse/shown-close.ts). */
  warnings: z.optional(z.array(WarningSchema)),
});
export type ResultRow = z.infer<typeof ResultRowSchema>;
