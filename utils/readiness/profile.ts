// zod/mini: the profile is part of the settings the popup reads before its first render.
import * as z from 'zod/mini';
import { DegreeLevelSchema } from '../record/requirements';
import { LanguageLevelSchema } from '../record/vacancy-record';
import { NATO_MEMBER_CODES } from './nato-members';
import { CLEARANCE_LEVELS } from './profile-values';

export { CLEARANCE_LEVELS, EMPTY_PROFILE, type HeldClearance } from './profile-values';

/**
 * "My profile": what the user says about themselves, to judge a notice's stated requirements.
 * Every field is optional (null = not in my profile); nothing leaves the browser. The current
 * grade is the own position's (settings.ownPosition), not repeated here.
 */

/** A NATO member state by code, or 'other' for a national of a state that is not a member. */
export const NationalitySchema = z.union([z.enum(NATO_MEMBER_CODES), z.literal('other')]);
export type Nationality = z.infer<typeof NationalitySchema>;

/** STANAG 6001: listening, speaking, reading, writing, each 0–5 ("3322"). */
export const StanagProfileSchema = z.string().check(z.regex(/^[0-5]{4}$/));

export const ProfileSchema = z.object({
  nationality: z.nullable(NationalitySchema),
  english: z.nullable(LanguageLevelSchema),
  french: z.nullable(LanguageLevelSchema),
  /** The user's English STANAG 6001 profile, for notices that state one. */
  stanagProfile: z.nullable(StanagProfileSchema),
  experienceYears: z.nullable(z.number().check(z.nonnegative(), z.maximum(60))),
  highestDegree: z.nullable(DegreeLevelSchema),
  clearanceHeld: z.nullable(z.enum(CLEARANCE_LEVELS)),
});
export type Profile = z.infer<typeof ProfileSchema>;
