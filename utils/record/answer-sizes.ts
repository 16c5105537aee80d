/**
 * How much the answers workspace keeps (utils/record/answer-schema.ts checks it; utils/prepare/answer-limits.ts
 * reads the limit a question states). No zod: the views import these.
 */

/** A pasted question longer than this is refused: a question is a few lines, not a notice. */
export const MAX_QUESTION_LENGTH = 5_000;
/** A draft longer than this is refused as typed or pasted (the portal's boxes take a few thousand). */
export const MAX_DRAFT_LENGTH = 100_000;
/** The most questions one vacancy's workspace keeps. */
export const MAX_QUESTIONS = 40;
/** A limit the user enters; the portal's are a few thousand, never this. */
export const MAX_LIMIT = 100_000;
