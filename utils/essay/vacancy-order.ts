import { compareByClosing } from '../record/closing-order';
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
  return [...records].sort((a, b) => {
    const byRank = rank(a) - rank(b);
    if (byRank !== 0 || rank(a) === 2) return byRank || a.reference.localeCompare(b.reference);
    return compareByClosing(a, b);
  });
}

/** The vacancy to preselect when none was asked for: the only open one that asks for an essay. */
export function onlyOpenEssayVacancy<T extends EssayVacancy>(records: readonly T[], now: Date): T | null {
  const open = records.filter((r) => r.essay && !(r.closesAt && Date.parse(r.closesAt) <= now.getTime()));
  return open.length === 1 ? open[0]! : null;
}
