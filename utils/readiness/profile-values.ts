import type { Profile } from './profile';

/**
 * The profile's plain values, for code that must not carry zod (the popup's first render);
 * profile.ts builds the schema from them.
 */

/** Clearance ladder, lowest first; 'none' says "I hold none", unlike null ("not said"). */
export const CLEARANCE_LEVELS = ['none', 'NR', 'NC', 'NS', 'CTS'] as const;
export type HeldClearance = (typeof CLEARANCE_LEVELS)[number];

export const EMPTY_PROFILE: Profile = {
  nationality: null,
  english: null,
  french: null,
  stanagProfile: null,
  experienceYears: null,
  highestDegree: null,
  clearanceHeld: null,
};
