import { GradeCodeSchema, type Grade, type GradeCode } from '../record/vacancy-record';
import { gradeCodeOf, ladderPosition, letterGradeToG } from './ladder';

/**
 * A grade in any notation seen on notices, put on the G1–G24 ladder.
 *
 * - graded: one or more G codes (twin-graded posts have two: G17-G20 means appointment at G17).
 * - unclassified: Assistant Secretary General level; senior, but on no published scale.
 * - temporary: "TEMP" with no grade stated.
 * - unknown: nothing recognisable (or no grade at all).
 */
export type NormalisedGrade =
  | {
      kind: 'graded';
      label: string;
      /** Ascending, without duplicates. */
      grades: GradeCode[];
      /** Ladder positions of the lowest and highest grade (equal for a single grade). */
      low: number;
      high: number;
      twin: boolean;
      temporary: boolean;
    }
  | { kind: 'unclassified' | 'temporary' | 'unknown'; label: string; temporary: boolean };

export type GradeKind = NormalisedGrade['kind'];

// "G20", "G-10", "G 20", "G17-G20", "G17-20", "G15/G17": a G code, optionally a second end.
const G_CODE = /(?<![A-Z0-9])G\s*-?\s*(\d{1,2})(?!\d)(?:\s*[-/]\s*(G\s*-?\s*)?(\d{1,2})(?!\d))?/g;
// "A.2", "A5", "B-4", "B 3": an old letter grade (category letter, one-digit step).
const LETTER_GRADE = /(?<![A-Z0-9])([ABCL])\s*[.-]?\s*(\d)(?!\d)/g;
const UNCLASSIFIED = /\bUNCLASSIFIED\b|\bNON[\s-]*CLASS/;
const TEMPORARY = /\bTEMP(?:ORARY|ORAIRE)?\b/;

/**
 * Normalises the record's grade or a raw label. The record's `grades` are trusted when present
 * (the parser already mapped them); otherwise the label is read, so this works on any record.
 * Explicit G codes win over letter grades in the same label ("A.2 / NATO Grade G15" → G15):
 * the G code is what the current scale says, the letter is the old name.
 */
export function normaliseGrade(grade: Grade | string | null | undefined): NormalisedGrade {
  if (grade === null || grade === undefined) return { kind: 'unknown', label: '', temporary: false };
  if (typeof grade === 'string') return normaliseLabel(grade);
  const fromRecord = grade.grades.filter((code) => GradeCodeSchema.safeParse(code).success);
  if (fromRecord.length === 0) return normaliseLabel(grade.label);
  return graded(grade.label, fromRecord, TEMPORARY.test(canonical(grade.label)));
}

function normaliseLabel(label: string): NormalisedGrade {
  const text = canonical(label);
  const temporary = TEMPORARY.test(text);
  const codes = explicitCodes(text);
  const found = codes.length > 0 ? codes : letterCodes(text);
  if (found.length > 0) return graded(label, found, temporary);
  if (UNCLASSIFIED.test(text)) return { kind: 'unclassified', label, temporary };
  if (temporary) return { kind: 'temporary', label, temporary };
  return { kind: 'unknown', label, temporary: false };
}

/** Upper case, compatibility forms folded, dashes unified, spaces collapsed. */
function canonical(label: string): string {
  return label
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

function explicitCodes(text: string): GradeCode[] {
  const codes: GradeCode[] = [];
  for (const [, first = '', secondPrefix, second] of text.matchAll(G_CODE)) {
    const low = gradeCodeOf(Number(first));
    if (low) codes.push(low);
    // A bare second number is a range end only when it rises: "G17-20" yes, "G15 - 2 posts" no.
    const isEnd = second !== undefined && (secondPrefix !== undefined || Number(second) > Number(first));
    const high = isEnd ? gradeCodeOf(Number(second)) : null;
    if (high) codes.push(high);
  }
  return codes;
}

function letterCodes(text: string): GradeCode[] {
  const codes: GradeCode[] = [];
  for (const match of text.matchAll(LETTER_GRADE)) {
    const [, category = '', step = ''] = match;
    const code = letterGradeToG(`${category}${step}`);
    if (code) codes.push(code);
  }
  return codes;
}

function graded(label: string, codes: GradeCode[], temporary: boolean): NormalisedGrade {
  const positions = [...new Set(codes.map(ladderPosition))].sort((a, b) => a - b);
  const low = positions[0] ?? 0;
  const high = positions[positions.length - 1] ?? low;
  return {
    kind: 'graded',
    label,
    grades: positions.map((position) => `G${position}`),
    low,
    high,
    twin: positions.length > 1,
    temporary,
  };
}

/** Where each kind sorts: every graded post first, then the unscaled ones, unknown last. */
const KIND_RANK: Record<GradeKind, number> = { graded: 0, unclassified: 1, temporary: 2, unknown: 3 };

/**
 * Ascending ladder order: by lowest grade, then highest (G17 < G17-G20 < G20). Unclassified
 * posts are senior but have no scale, so they are not placed on the ladder; they come after every
 * graded post, then TEMP without a grade, then unknown, each group clearly apart.
 */
export function compareGrades(a: NormalisedGrade, b: NormalisedGrade): number {
  if (a.kind === 'graded' && b.kind === 'graded') return a.low - b.low || a.high - b.high;
  return KIND_RANK[a.kind] - KIND_RANK[b.kind];
}

/** "G17–G20", "G20"; null when the grade is not on the ladder. */
export function gradeRangeText(grade: NormalisedGrade): string | null {
  if (grade.kind !== 'graded') return null;
  return grade.twin ? `G${grade.low}–G${grade.high}` : `G${grade.low}`;
}
