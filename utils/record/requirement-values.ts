/**
 * The requirement vocabulary as plain values, for code that must not carry zod (the popup's
 * first render, content scripts); requirements.ts builds the schema from them.
 */

/** Education levels, lowest first: a requirement is met by its level or any above it. */
export const DEGREE_LEVELS = ['secondary', 'bachelor', 'master', 'doctorate'] as const;
export type DegreeLevel = (typeof DEGREE_LEVELS)[number];

export const CLEARANCE_RULES = ['must-hold', 'hold-or-obtain', 'on-appointment'] as const;
