/**
 * Plain values, no zod: the popup's first render needs them, and its bundle stays free of
 * schema code (the schemas in stored-vacancy.ts are built from these).
 */

import { STAGES, type Stage } from './stages';

/** Where the user is with a vacancy: the application's stages (utils/stages). Only the user changes it. */
export const STATUSES = STAGES;
export type Status = Stage;

export const DEFAULT_USER_FIELDS = {
  status: 'interested' as Status,
  notes: '',
  essayFileName: null as string | null,
  remindersEnabled: true,
  /** When the candidate chose to follow it; null: only seen (utils/record/follow-rule.ts). */
  followedAt: null as string | null,
};

export const USER_FIELD_NAMES = Object.keys(DEFAULT_USER_FIELDS) as (keyof typeof DEFAULT_USER_FIELDS)[];
