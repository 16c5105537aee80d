import { GradeCodeSchema, type Grade, type GradeCode } from '../record/vacancy-record';
import { readGradeTokens } from '../parse/grades';
import { ladderPosition } from './ladder';

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
  // Read by the parser's reader (utils/parse/grades.ts), on the canonical text.
  const tokens = readGradeTokens(text);
  const codes = (letter: boolean) => tokens.flatMap((token) => (token.letter === letter && token.code !== null ? [token.code] : []));
  const explicit = codes(false);
  const found = explicit.length > 0 ? explicit : codes(true);
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
