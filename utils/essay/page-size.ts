import type { PageSize } from './docx-reader';

/**
 * Paper sizes in twips (1/1440 inch), portrait. Word writes A4 as 11906 × 16838; other tools
 * round differently (11907 × 16839, 11900 × 16840), hence the tolerance of about a millimetre.
 */
const A4 = { width: 11906, height: 16838 };
const LETTER = { width: 12240, height: 15840 };
const TOLERANCE_TWIPS = 60;

export type PaperKind = 'a4' | 'letter' | 'other';

export function classifyPageSize(size: PageSize): PaperKind {
  // Landscape sections are the same paper turned: compare the short and long sides.
  const short = Math.min(size.width, size.height);
  const long = Math.max(size.width, size.height);
  const near = (paper: { width: number; height: number }) =>
    Math.abs(short - paper.width) <= TOLERANCE_TWIPS && Math.abs(long - paper.height) <= TOLERANCE_TWIPS;
  if (near(A4)) return 'a4';
  if (near(LETTER)) return 'letter';
  return 'other';
}

/** Twips to whole millimetres, for messages. */
export function twipsToMillimetres(twips: number): number {
  return Math.round((twips / 1440) * 25.4);
}
