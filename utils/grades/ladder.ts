import type { GradeCode } from '../record/vacancy-record';

/**
 * The single NATO salary spine G1–G24 and the old letter categories mapped onto it, from
 * shared/design/nato-grades.md. The G number is the ladder position: G1 lowest, G24 highest.
 */
export const LADDER_TOP = 24;

export const G_LADDER: readonly GradeCode[] = Array.from({ length: LADDER_TOP }, (_, index) => `G${index + 1}`);

/**
 * Each old category's grades in ascending order, as G numbers.
 *
 * ASSUMPTION: a letter grade "X.n" / "Xn" / "X-n" is the n-th entry of its category's list
 * (A1 = G11, A2 = G15, …). The design notes list the categories but not the letter-by-letter
 * table; this reading agrees with every pair seen on notices (A.2 = G15, A5 = G22, B3 = G8,
 * B4 = G10). A step beyond the list's length (e.g. A8, L6) maps to nothing rather than a guess.
 */
export const LETTER_CATEGORIES = {
  /** Professional. */
  A: [11, 15, 17, 20, 22, 23, 24],
  /** Linguists. */
  L: [13, 16, 18, 19, 21],
  /** Assistants. */
  B: [2, 5, 8, 10, 12, 14],
  /** Technical. */
  C: [1, 3, 4, 6, 7, 9],
} as const satisfies Record<string, readonly number[]>;

export type LetterCategory = keyof typeof LETTER_CATEGORIES;

export function isLetterCategory(value: string): value is LetterCategory {
  return Object.hasOwn(LETTER_CATEGORIES, value);
}

/** "G7" for 7; null outside 1–24. */
export function gradeCodeOf(position: number): GradeCode | null {
  return Number.isInteger(position) && position >= 1 && position <= LADDER_TOP ? `G${position}` : null;
}

/** 20 for "G20". Codes are validated by GradeCodeSchema before they reach here. */
export function ladderPosition(code: GradeCode): number {
  return Number(code.slice(1));
}

/** A.2 → G15; null when the step is not on the category's list (see the assumption above). */
export function letterGradeToG(category: LetterCategory, step: number): GradeCode | null {
  const position = LETTER_CATEGORIES[category][step - 1];
  return position === undefined ? null : gradeCodeOf(position);
}
