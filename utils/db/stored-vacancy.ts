import { z } from 'zod';
import {
  GradeSchema,
  IsoDateSchema,
  IsoInstantSchema,
  ParsedVacancySchema,
} from '../record/vacancy-record';

/** Where the user is with a vacancy. Only the user changes it; a re-capture never does. */
export const StatusSchema = z.enum([
  'interested',
  'drafting',
  'applied',
  'assessment',
  'offer',
  'rejected',
  'withdrawn',
]);
export type Status = z.infer<typeof StatusSchema>;
export const STATUSES = StatusSchema.options;

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
  essayFileName: z.string().nullable(),
  /** Reminders for this vacancy; the ladder itself is a setting. */
  remindersEnabled: z.boolean(),
});
export type UserFields = z.infer<typeof UserFieldsSchema>;
export const USER_FIELDS = Object.keys(UserFieldsSchema.shape) as (keyof UserFields)[];

export const DEFAULT_USER_FIELDS: UserFields = {
  status: 'interested',
  notes: '',
  essayFileName: null,
  remindersEnabled: true,
};

export const StoredVacancySchema = ParsedVacancySchema.extend({
  ...UserFieldsSchema.shape,
  /** 'row': only a results-page row was read (the "Track" button); 'notice': the full notice. */
  completeness: z.enum(['row', 'notice']),
  /** 'withdrawn' once the portal says the job is no longer available. */
  portalState: z.enum(['listed', 'withdrawn']),
  history: z.array(HistoryEntrySchema),
  capturedAt: IsoInstantSchema,
  updatedAt: IsoInstantSchema,
});
export type StoredVacancy = z.infer<typeof StoredVacancySchema>;

/** What a results-page row gives: enough to track a vacancy until its notice is read. */
export const ResultRowSchema = z.object({
  reference: ParsedVacancySchema.shape.reference,
  title: z.string().min(1),
  location: z.string().min(1).nullable(),
  organisation: z.string().min(1).nullable(),
  deadline: IsoDateSchema.nullable(),
  closesAt: IsoInstantSchema.nullable(),
  grade: GradeSchema.nullable(),
  sourceUrl: z.string().url().nullable(),
});
export type ResultRow = z.infer<typeof ResultRowSchema>;
