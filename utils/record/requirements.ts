import * as z from 'zod/mini';
import { CLEARANCE_RULES, DEGREE_LEVELS } from './requirement-values';

export { DEGREE_LEVELS, type DegreeLevel } from './requirement-values';

/**
 * Eligibility rules a notice states beside its header facts: who may apply, the education it
 * asks for, and how the security clearance is to be had. Read by utils/parse/requirements.ts;
 * judged against the user's profile by utils/readiness/.
 */

export const DegreeLevelSchema = z.enum(DEGREE_LEVELS);

export const RequirementsSchema = z.object({
  /** "Open to nationals of NATO member states only"; null when the notice says nothing. */
  nationality: z.nullable(z.literal('nato-member-states')),
  /** The lowest education the essential qualifications accept; `orEquivalent` when they say so. */
  degree: z.nullable(z.object({ level: DegreeLevelSchema, orEquivalent: z.boolean() })),
  /**
   * 'must-hold': only candidates who already hold the clearance (fast-track calls);
   * 'hold-or-obtain': "must hold or be able to obtain"; 'on-appointment': granted by the
   * candidate's national authority before appointment. Null when no rule is worded.
   */
  clearanceRule: z.nullable(z.enum(CLEARANCE_RULES)),
});
export type Requirements = z.infer<typeof RequirementsSchema>;
