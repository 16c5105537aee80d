import type { Grade, GradeCode } from '../record/vacancy-record';
import { warning, type Warning } from './warning-templates';

/**
 * NATO grades. One spine G1–G24 since 2019; older notices and some bodies still print the letter
 * grades, which map onto it in order (utils/grades/README.md): A1…A7 = G11, G15, G17, G20,
 * G22, G23, G24; L1…L5 = G13, G16, G18, G19, G21; B1…B6 = G2, G5, G8, G10, G12, G14;
 * C1…C6 = G1, G3, G4, G6, G7, G9. Seen pairs agree: A.2 = G15, A5 = G22, B3 = G8, B4 = G10.
 */
const LETTER_SPINE: Readonly<Record<string, readonly number[]>> = {
  A: [11, 15, 17, 20, 22, 23, 24],
  L: [13, 16, 18, 19, 21],
  B: [2, 5, 8, 10, 12, 14],
  C: [1, 3, 4, 6, 7, 9],
};

const LETTER_GRADE = /^([ABCL])\s*[.\-]?\s*(\d)$/i;
// One grade token inside a printed grade: `G20`, `G-10`, `G.15`, `NG15`, `A.2`, `B-4`, `A5`, and
// the bare number a board prints after the word ("NATO Grade 15").
// A bare number is also the whole value under a grade label ("NATO Grade: 24", "Grade OTAN : 22").
// A G code may end a range with a bare number: "G17-20", "G15/17" (a twin grade's second G dropped).
const GRADE_TOKEN = /(?:\b|(?<=\bN))(?:G\s?[-.]?\s?(\d{1,2})(?:\s?[-/]\s?(\d{1,2})(?!\d))?|([ABCL])\s?[.-]?\s?(\d))\b|(?<=\b(?:[Gg]rade|GRADE):?\s?|^)(\d{1,2})$|(?<=\b(?:[Gg]rade|GRADE):?\s?)(\d{1,2})\b/g;
const UNGRADED = /\b(unclassified|non class[ée]|temp|temporary|temporaire)\b/i;

/** `A.6` → `G23`, `B-4` → `G10`, `A5` → `G22`; null for anything that is not a letter grade. */
export function letterGradeToG(letterGrade: string): GradeCode | null {
  const m = LETTER_GRADE.exec(letterGrade.trim());
  if (!m) return null;
  const spine = LETTER_SPINE[(m[1] ?? '').toUpperCase()];
  const g = spine?.[Number(m[2]) - 1];
  return g === undefined ? null : `G${g}`;
}

function gradeCode(n: number): GradeCode | null {
  return n >= 1 && n <= 24 ? `G${n}` : null;
}

/**
 * One grade code as printed: its text, the G code it stands for (null: on no ladder, "G25",
 * "A8"), and whether it is an old letter grade ("A.2").
 */
export interface GradeToken {
  text: string;
  code: GradeCode | null;
  letter: boolean;
}

/**
 * The one reader of a printed grade: its codes, in printed order. parseGrade turns them into the
 * record's grade, and utils/grades/normalise-grade.ts puts any label on the ladder with them. A
 * bare number after a G code ends a range only when it rises: "G17-20" yes, "G15 - 2 posts" no.
 */
export function readGradeTokens(label: string): GradeToken[] {
  const tokens: GradeToken[] = [];
  for (const m of label.matchAll(GRADE_TOKEN)) {
    const [text, first, end, category, step, whole, after] = m;
    if (category !== undefined) {
      tokens.push({ text, code: letterGradeToG(`${category}${step ?? ''}`), letter: true });
      continue;
    }
    const number = Number(first ?? whole ?? after);
    tokens.push({ text: end === undefined ? text : text.replace(/\s?[-/]\s?\d+$/, ''), code: gradeCode(number), letter: false });
    if (end !== undefined && Number(end) > number) tokens.push({ text: end, code: gradeCode(Number(end)), letter: false });
  }
  return tokens;
}

export interface GradeReading {
  grade: Grade | null;
  problem: Warning | null;
}

/**
 * Reads a printed grade: `NATO Grade G20`, `NATO Grade G17-G20`, `G15/G17`, `A.6`,
 * `A.2 / NATO Grade G15`, `B-4/G-10`, `Unclassified`, `TEMP`. Codes keep the printed order;
 * a letter grade and its G equivalent printed together count once.
 */
export function parseGrade(printed: string): GradeReading {
  const label = printed.replace(/\s+/g, ' ').trim().replace(/[.;,]$/, '');
  if (label === '') return { grade: null, problem: warning('gradeEmpty') };
  const grades: GradeCode[] = [];
  let unknown: string | null = null;
  for (const token of readGradeTokens(label)) {
    if (token.code === null) unknown = token.text;
    else if (!grades.includes(token.code)) grades.push(token.code);
  }
  if (unknown !== null) return { grade: { label, grades }, problem: warning('gradeUnknown', { token: unknown, label }) };
  if (grades.length === 0 && !UNGRADED.test(label)) {
    return { grade: { label, grades }, problem: warning('gradeNoCode', { label }) };
  }
  return { grade: { label, grades }, problem: null };
}
