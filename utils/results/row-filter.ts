import { parseGrade } from '../parse/grades';
import type { GradeCode } from '../record/vacancy-record';

/**
 * The results page's compact filter: a grade range, a NATO body, a location, and "hide the ones
 * I track". Applied to the rows the page shows, remembered by the background. A row whose grade
 * cannot be read ("MCiv-4", a blank) is not known to be outside the range, so it stays.
 * Runs in the content script: the grade is read by the parser's own rule, which carries no zod.
 */

export interface ResultsFilter {
  gradeFrom: GradeCode | null;
  gradeTo: GradeCode | null;
  organisation: string | null;
  location: string | null;
  hideTracked: boolean;
}

export const NO_FILTER: ResultsFilter = { gradeFrom: null, gradeTo: null, organisation: null, location: null, hideTracked: false };

export interface FilterableRow {
  gradeText: string | null;
  organisation: string | null;
  location: string | null;
  tracked: boolean;
}

const position = (code: GradeCode) => Number(code.slice(1));
const same = (a: string | null, b: string) => (a ?? '').replace(/\s+/g, ' ').trim() === b;

function inGradeRange(gradeText: string | null, from: GradeCode | null, to: GradeCode | null): boolean {
  if (from === null && to === null) return true;
  const positions = (gradeText ? parseGrade(gradeText).grade?.grades ?? [] : []).map(position);
  if (positions.length === 0) return true;
  const low = from === null ? 1 : position(from);
  const high = to === null ? Number.POSITIVE_INFINITY : position(to);
  // A twin-graded post (G11-G15) is in range when either end is.
  return Math.max(...positions) >= low && Math.min(...positions) <= high;
}

export function rowMatches(row: FilterableRow, filter: ResultsFilter): boolean {
  if (filter.hideTracked && row.tracked) return false;
  if (filter.organisation !== null && !same(row.organisation, filter.organisation)) return false;
  if (filter.location !== null && !same(row.location, filter.location)) return false;
  return inGradeRange(row.gradeText, filter.gradeFrom, filter.gradeTo);
}

export function isFiltering(filter: ResultsFilter): boolean {
  return Object.entries(filter).some(([key, value]) => (key === 'hideTracked' ? value === true : value !== null));
}

/** The choices a select offers: the values the page's rows show, sorted, each once. */
export function choicesOf(values: readonly (string | null)[], locale: string): string[] {
  const shown = values.map((value) => (value ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);
  return [...new Set(shown)].sort(new Intl.Collator(locale).compare);
}
