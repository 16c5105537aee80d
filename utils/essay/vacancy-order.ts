import type { EssayVacancy } from './finding';

/**
 * Order of vacancies when choosing which one an essay is for: those asking for an essay first
 * (open ones by closing time, then closed ones), then the others by reference.
 */
export function orderForEssayCheck<T extends EssayVacancy>(records: readonly T[], now: Date): T[] {
  const rank = (record: T) => {
    if (!record.essay) return 2;
    return record.closesAt && Date.parse(record.closesAt) <= now.getTime() ? 1 : 0;
  };
  const closing = (record: T) => (record.closesAt ? Date.parse(record.closesAt) : Number.POSITIVE_INFINITY);
  return [...records].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0 || rank(a) === 2) return byRank || a.reference.localeCompare(b.reference);
    // Unknown closing times sort last; Infinity - Infinity would be NaN, hence the comparisons.
    return closing(a) < closing(b) ? -1 : closing(a) > closing(b) ? 1 : a.reference.localeCompare(b.reference);
  });
}

/** The vacancy to preselect when none was asked for: the only open one that asks for an essay. */
export function onlyOpenEssayVacancy<T extends EssayVacancy>(records: readonly T[], now: Date): T | null {
  const open = records.filter((r) => r.essay && !(r.closesAt && Date.parse(r.closesAt) <= now.getTime()));
  return open.length === 1 ? open[0]! : null;
}
