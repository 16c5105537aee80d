import type { GradeCode } from '../record/vacancy-record';

/**
 * The single NATO salary spine G1–G24 (utils/grades/README.md). The G number is the
 * ladder position: G1 lowest, G24 highest.
 */
export const LADDER_TOP = 24;

export const G_LADDER: readonly GradeCode[] = Array.from({ length: LADDER_TOP }, (_, index) => `G${index + 1}`);

/**
 * Old letter grades → G codes, shared with the parser so the two can never disagree.
 *
 * ASSUMPTION (held by that table): a letter grade "X.n" / "Xn" / "X-n" is the n-th entry of its
 * category's list on the spine: A = G11, G15, G17, G20, G22, G23, G24; L = G13, G16, G18, G19,
 * G21; B = G2, G5, G8, G10, G12, G14; C = G1, G3, G4, G6, G7, G9. The design notes list the
 * categories, not a letter-by-letter table; this reading agrees with every pair seen on notices
 * (A.2 = G15, A5 = G22, B3 = G8, B4 = G10). A step beyond a list (A8, L6) maps to nothing.
 */
export { letterGradeToG } from '../parse/grades';

/** The category letters, with how many steps each has under the assumption above. */
export const LETTER_STEPS = { A: 7, L: 5, B: 6, C: 6 } as const;

/** 20 for "G20". Codes are validated by GradeCodeSchema before they reach here. */
export function ladderPosition(code: GradeCode): number {
  return Number(code.slice(1));
}
