import { sortRows, type Baseline, type ComparisonRow } from './comparison';

/**
 * What the salary chart draws, decided here so it can be tested without a DOM. One axis in one
 * currency: amounts in another currency are listed beside the chart, never scaled onto it.
 */
export type ChartBar =
  /** fraction: bar length as a share of the axis, 0–1. */
  | { kind: 'bar'; row: ComparisonRow; monthlyCents: number; currency: string; fraction: number }
  /** No salary on the notice (Unclassified posts): said in words, never drawn as a zero bar. */
  | { kind: 'no-salary'; row: ComparisonRow }
  | { kind: 'other-currency'; row: ComparisonRow; monthlyCents: number; currency: string };

export interface ChartModel {
  /** The axis currency; null when no compared vacancy (nor the baseline) states a salary. */
  currency: string | null;
  /** Cents at the right end of the axis. */
  maxCents: number;
  /** Ordered by grade, lowest first (the ladder reads top to bottom). */
  bars: ChartBar[];
  /** The vertical reference line, when the baseline has an amount in the axis currency. */
  baseline: { cents: number; fraction: number; kind: Baseline['kind'] } | null;
}

export function chartModel(rows: readonly ComparisonRow[], baseline: Baseline | null): ChartModel {
  const ordered = sortRows(rows, 'grade', 'ascending');
  const currency = baseline?.money?.currency ?? mostFrequentCurrency(ordered);
  const inAxis = (row: ComparisonRow) => row.salary !== null && row.salary.currency === currency;
  const amounts = ordered.filter(inAxis).map((row) => row.salary?.monthlyCents ?? 0);
  if (baseline?.money) amounts.push(baseline.money.cents);
  const maxCents = Math.max(0, ...amounts);
  const fractionOf = (cents: number) => (maxCents === 0 ? 0 : cents / maxCents);

  const bars = ordered.map((row): ChartBar => {
    if (!row.salary) return { kind: 'no-salary', row };
    const { monthlyCents, currency: rowCurrency } = row.salary;
    return inAxis(row)
      ? { kind: 'bar', row, monthlyCents, currency: rowCurrency, fraction: fractionOf(monthlyCents) }
      : { kind: 'other-currency', row, monthlyCents, currency: rowCurrency };
  });
  const line = baseline?.money
    ? { cents: baseline.money.cents, fraction: fractionOf(baseline.money.cents), kind: baseline.kind }
    : null;
  return { currency, maxCents, bars, baseline: line };
}

/** The currency most compared vacancies pay in; on a tie, the one met first in grade order. */
function mostFrequentCurrency(ordered: readonly ComparisonRow[]): string | null {
  const counts = new Map<string, number>();
  for (const row of ordered) {
    if (row.salary) counts.set(row.salary.currency, (counts.get(row.salary.currency) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [currency, count] of counts) {
    if (best === null || count > (counts.get(best) ?? 0)) best = currency;
  }
  return best;
}
