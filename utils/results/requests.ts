import { z } from 'zod/mini';
import { ReferenceSchema } from '../record/vacancy-record';
import { StatusSchema } from '../record/stored-vacancy';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { isFollowed } from '../record/follow-rule';
import { requestSlice } from '../request-slice';
import { REFERENCES_PER_REQUEST } from './batches';
import { ResultsFilterSchema } from './filter-schema';
import type { resultsMemory } from './results-memory';

/** The results page: its rows' chips (lookup), the rows new since the last visit, the filter. */

export interface ResultsContext {
  store: VacancyStore;
  now: () => Date;
  /** What results pages remember ("New" rows, the filter); absent, those requests fail. */
  results?: ReturnType<typeof resultsMemory>;
}

function resultsOf(context: ResultsContext): NonNullable<ResultsContext['results']> {
  if (!context.results) throw new Error('Results pages are not remembered here.');
  return context.results;
}

/** What a page needs to know of a tracked vacancy to show a chip. */
const trackedSummarySchema = () => z.object({
  reference: z.string(),
  title: z.string(),
  status: StatusSchema,
  closesAt: z.nullable(z.string()),
  completeness: z.enum(['row', 'notice']),
  /** Only seen (opened) or followed: a chip offers Follow for the former. */
  followed: z.boolean(),
});
export type TrackedSummary = z.infer<ReturnType<typeof trackedSummarySchema>>;

export const resultsRequests = requestSlice({
  contentScript: () => [
    z.object({ type: z.literal('lookup'), references: z.array(ReferenceSchema).check(z.maxLength(REFERENCES_PER_REQUEST)) }),
    /** A results page shows these rows: which are new in this career section, and the filter to apply. */
    z.object({
      type: z.literal('results-visit'),
      section: z.string().check(z.regex(/^[A-Za-z0-9_-]{0,32}$/)),
      references: z.array(ReferenceSchema).check(z.maxLength(REFERENCES_PER_REQUEST)),
      /** A longer page is sent in batches from its bottom up: a row seen before stands below this batch. */
      knownBelow: z.optional(z.boolean()),
    }),
    z.object({ type: z.literal('save-results-filter'), filter: ResultsFilterSchema }),
  ] as const,
  extensionPage: () => [] as const,
  responses: () => ({
    'results-visit': z.object({
      ok: z.literal(true),
      newReferences: z.array(z.string()),
      firstVisit: z.boolean(),
      filter: ResultsFilterSchema,
      /** A row seen before is among the references sent (for the next batch up: utils/results/batches.ts). */
      knownAmong: z.boolean(),
    }),
    'save-results-filter': z.object({ ok: z.literal(true), filter: ResultsFilterSchema }),
    lookup: z.object({ ok: z.literal(true), items: z.array(trackedSummarySchema()) }),
  }),
  writes: [],
  handlers: {
    'results-visit': async (request, context: ResultsContext) => ({
      ok: true,
      ...(await resultsOf(context).visit(request.section, request.references, context.now(), request.knownBelow)),
    }),
    'save-results-filter': async (request, context: ResultsContext) => ({ ok: true, filter: await resultsOf(context).saveFilter(request.filter) }),
    lookup: async (request, { store }: ResultsContext) => {
      const found = await store.getMany(request.references);
      const items = found.flatMap((record) =>
        record
          ? [{
              reference: record.reference,
              title: record.title,
              status: record.status,
              closesAt: record.closesAt,
              completeness: record.completeness,
              followed: isFollowed(record),
            }]
          : [],
      );
      return { ok: true, items };
    },
  },
});

type ResultsSlice = typeof resultsRequests;
/** A results request and its reply, for the client that sends them in batches (batches.ts). */
export type ResultsRequestOf<T extends 'lookup' | 'results-visit'> = Extract<z.infer<ReturnType<ResultsSlice['contentScript']>[number]>, { type: T }>;
export type ResultsReplyFor<T extends 'lookup' | 'results-visit'> = z.infer<ReturnType<ResultsSlice['responses']>[T]>;
