/**
 * "New since my last visit" on a results page, kept per career section (the number in
 * `/careersection/<n>/`). A visit is a run of page loads with less than VISIT_GAP between them,
 * so a row stays "New" through the reloads and paging of the visit that first showed it, and is
 * no longer new on the next visit. The first visit of a section marks nothing: there is no
 * "before" to compare with. Pure: the background keeps the state (results-memory.ts).
 *
 * Paging: the extension only knows the rows it was shown, and a list has more pages than a user
 * looks at. A row not shown before is "new" only where an earlier visit looked: it stands above
 * a row shown before, on the same page (a vacancy published since slots in among the known
 * ones). A page the user never reached before (page 2 the first time) marks nothing: its rows
 * were not seen, not published since; they count as seen from then on. The price: a vacancy
 * that lands below every known row of its page is not marked.
 */

export const VISIT_GAP_MS = 30 * 60 * 1000;
/** References kept per section: enough for years of lists, small in storage. */
export const MAX_SEEN = 3000;

export interface SectionVisits {
  /** Rows shown in earlier visits, newest first. */
  seenBefore: string[];
  /** Rows shown in the current visit, and when it started and was last active. */
  current: { startedAt: string; lastAt: string; shown: string[] };
}
export type VisitState = Record<string, SectionVisits>;

export interface VisitOutcome {
  state: VisitState;
  /** The given rows that no earlier visit showed, above one that it did ([] on the first visit). */
  newReferences: string[];
  firstVisit: boolean;
  /** A row an earlier visit showed is among the given ones. */
  knownAmong: boolean;
}

function union(first: readonly string[], second: readonly string[]): string[] {
  return [...new Set([...first, ...second])];
}

/**
 * Records that `references` (one page's rows, in page order) were shown in `section` now, and says
 * which are new. `knownBelow`: these are one batch of a longer page, and a row shown before stands
 * below them on it (utils/results/batches.ts), so an unseen row here is above a known one.
 */
export function recordVisit(state: VisitState, section: string, references: readonly string[], now: Date, knownBelow = false): VisitOutcome {
  const at = now.toISOString();
  const previous = state[section];
  let visits: SectionVisits;
  if (previous === undefined) {
    visits = { seenBefore: [], current: { startedAt: at, lastAt: at, shown: [] } };
  } else if (now.getTime() - Date.parse(previous.current.lastAt) > VISIT_GAP_MS) {
    visits = { seenBefore: union(previous.current.shown, previous.seenBefore).slice(0, MAX_SEEN), current: { startedAt: at, lastAt: at, shown: [] } };
  } else {
    visits = previous;
  }
  const firstVisit = visits.seenBefore.length === 0;
  const before = new Set(visits.seenBefore);
  const lastKnown = knownBelow ? references.length : references.findLastIndex((reference) => before.has(reference));
  const newReferences = firstVisit ? [] : [...new Set(references.slice(0, Math.max(0, lastKnown)))].filter((reference) => !before.has(reference));
  const knownAmong = references.some((reference) => before.has(reference));
  const current = { ...visits.current, lastAt: at, shown: union(references, visits.current.shown).slice(0, MAX_SEEN) };
  return { state: { ...state, [section]: { ...visits, current } }, newReferences, firstVisit, knownAmong };
}
