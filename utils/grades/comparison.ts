import type { StoredVacancy } from '../record/stored-vacancy';
import type { Settings } from '../settings/settings';
import { salaryDelta, salaryInCents, type MonthlyAndAnnual, type Money, type SalaryDelta } from './money';
import { compareGrades, normaliseGrade, type NormalisedGrade } from './normalise-grade';

/** One vacancy as the comparison sees it: grade on the ladder, salary in cents. */
export interface ComparisonRow {
  record: StoredVacancy;
  grade: NormalisedGrade;
  salary: MonthlyAndAnnual | null;
  open: boolean;
}

/** Open = applications not yet closed; a vacancy with no known closing time counts as open. */
export function isOpen(record: StoredVacancy, now: Date): boolean {
  return record.closesAt === null || Date.parse(record.closesAt) > now.getTime();
}

export function toComparisonRow(record: StoredVacancy, now: Date): ComparisonRow {
  return { record, grade: normaliseGrade(record.grade), salary: salaryInCents(record.salary), open: isOpen(record, now) };
}

/** The default pick: every open vacancy. */
export function defaultSelection(records: readonly StoredVacancy[], now: Date): string[] {
  return records.filter((record) => isOpen(record, now)).map((record) => record.reference);
}

export type SortKey = 'grade' | 'salary' | 'deadline';
export type SortDirection = 'ascending' | 'descending';

type Ordering = (a: ComparisonRow, b: ComparisonRow) => number;

/**
 * Each key splits rows into "has a value" and "has none". The direction reverses only the rows
 * that have one: vacancies without a grade on the ladder, a salary or a deadline stay at the end
 * either way, so "no salary published" never masquerades as the lowest or the highest.
 */
const KEYS: Record<SortKey, { has: (row: ComparisonRow) => boolean; compare: Ordering; rest: Ordering }> = {
  grade: {
    has: (row) => row.grade.kind === 'graded',
    compare: (a, b) => compareGrades(a.grade, b.grade),
    // Unclassified, then TEMP, then unknown, whatever the direction.
    rest: (a, b) => compareGrades(a.grade, b.grade),
  },
  salary: {
    has: (row) => row.salary !== null,
    // Currencies are not converted: rows group by currency code, then amount within each.
    compare: (a, b) =>
      (a.salary?.currency ?? '').localeCompare(b.salary?.currency ?? '') ||
      (a.salary?.monthlyCents ?? 0) - (b.salary?.monthlyCents ?? 0),
    rest: () => 0,
  },
  deadline: {
    has: (row) => row.record.closesAt !== null,
    compare: (a, b) => Date.parse(a.record.closesAt ?? '') - Date.parse(b.record.closesAt ?? ''),
    rest: () => 0,
  },
};

/** Stable, deterministic order: ties fall back to the reference. */
export function sortRows(rows: readonly ComparisonRow[], key: SortKey, direction: SortDirection): ComparisonRow[] {
  const { has, compare, rest } = KEYS[key];
  const sign = direction === 'ascending' ? 1 : -1;
  const byReference: Ordering = (a, b) => a.record.reference.localeCompare(b.record.reference);
  const withValue = rows.filter(has).sort((a, b) => sign * compare(a, b) || byReference(a, b));
  const without = rows.filter((row) => !has(row)).sort((a, b) => rest(a, b) || byReference(a, b));
  return [...withValue, ...without];
}

export type BaselineChoice = { kind: 'none' } | { kind: 'own' } | { kind: 'vacancy'; reference: string };

export type Baseline =
  | { kind: 'own'; grade: string; money: Money }
  | { kind: 'vacancy'; reference: string; row: ComparisonRow; money: Money | null };

/**
 * The baseline actually in force: the chosen vacancy only while it is among the compared rows,
 * the own position only once entered. Anything else means no baseline (no delta column).
 */
export function resolveBaseline(
  choice: BaselineChoice,
  rows: readonly ComparisonRow[],
  ownPosition: Settings['ownPosition'],
): Baseline | null {
  if (choice.kind === 'own') {
    if (!ownPosition) return null;
    return {
      kind: 'own',
      grade: ownPosition.grade,
      money: { cents: ownPosition.monthlySalaryCents, currency: ownPosition.currency },
    };
  }
  if (choice.kind === 'vacancy') {
    const row = rows.find((candidate) => candidate.record.reference === choice.reference);
    if (!row) return null;
    return { kind: 'vacancy', reference: row.record.reference, row, money: monthlyMoney(row) };
  }
  return null;
}

export function monthlyMoney(row: ComparisonRow): Money | null {
  return row.salary ? { cents: row.salary.monthlyCents, currency: row.salary.currency } : null;
}

/** The row's monthly difference from the baseline; null for the baseline vacancy itself. */
export function deltaFor(row: ComparisonRow, baseline: Baseline): SalaryDelta | null {
  if (baseline.kind === 'vacancy' && baseline.reference === row.record.reference) return null;
  return salaryDelta(monthlyMoney(row), baseline.money);
}
