import { z } from 'zod/mini';
import { ResultsFilterSchema } from './filter-schema';
import { NO_FILTER, type ResultsFilter } from './row-filter';
import { recordVisit, type VisitState } from './visits';
import { oneAtATime } from '../one-at-a-time';

/**
 * What the results pages remember, kept by the background in storage.local: the rows each career
 * section has shown (for "New"), and the compact filter. Checked on every read: a damaged value
 * is dropped, never trusted.
 */

const VISITS_KEY = 'results-visits';
const FILTER_KEY = 'results-filter';

const Instant = z.iso.datetime();
const References = z.array(z.string().check(z.maxLength(32)));
const VisitStateSchema = z.record(
  z.string(),
  z.object({ seenBefore: References, current: z.object({ startedAt: Instant, lastAt: Instant, shown: References }) }),
);

export interface ResultsStorage {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export function resultsMemory(storage: ResultsStorage) {
  const read = async <T>(key: string, schema: z.ZodMiniType<T>, fallback: T): Promise<T> => {
    const parsed = schema.safeParse((await storage.get(key))[key]);
    return parsed.success ? parsed.data : fallback;
  };
  // Two results tabs at once must not both read the visits before either wrote them.
  const serial = oneAtATime();
  return {
    /** A results page of `section` shows `references` now: which are new, and the filter to apply. */
    visit: (section: string, references: readonly string[], now: Date, knownBelow = false) => serial(async () => {
      const outcome = recordVisit(await read<VisitState>(VISITS_KEY, VisitStateSchema, {}), section, references, now, knownBelow);
      await storage.set({ [VISITS_KEY]: outcome.state });
      const filter = await read<ResultsFilter>(FILTER_KEY, ResultsFilterSchema, NO_FILTER);
      return { newReferences: outcome.newReferences, firstVisit: outcome.firstVisit, filter, knownAmong: outcome.knownAmong };
    }),
    saveFilter: (filter: ResultsFilter): Promise<ResultsFilter> => serial(async () => {
      const checked = ResultsFilterSchema.parse(filter);
      await storage.set({ [FILTER_KEY]: checked });
      return checked;
    }),
  };
}
