import { z } from 'zod/mini';
import { alertsFromWrite } from '../alerts/changes';
import type { MergeResult } from '../db/merge';
import type { HistoryEntry, StoredVacancy } from '../db/stored-vacancy';
import type { VacancyStore } from '../db/vacancy-store';
import type { resultsMemory } from './results-memory';
import { REGISTERED_TEXT, type UiText } from './ui-text';
import { loadSettings, saveSettings } from '../settings';
import { parseDetailSnapshot } from '../capture/detail-capture';
import type { PendingNotices } from './pending-notice';
import { toResultRow } from '../capture/result-row';
import { ResultRowSchema } from '../db/stored-vacancy';
import { RequestSchema, type Failure, type Request, type ResponseFor } from '../messages';

export interface RequestContext {
  store: VacancyStore;
  /** Opens the popup page (in a tab) at a route; injected so tests need no browser. */
  openPopup: (route: string | undefined) => Promise<void>;
  /** The selected notice waiting for its reference; absent where there is none (tests, tools). */
  pendingNotices?: PendingNotices;
  /** Re-plans reminders and the badge; called after every write. */
  onWrite?: () => void;
  /** A write changed a tracked vacancy's closing moment or salary, or withdrew it: alert. */
  onChanges?: (record: StoredVacancy, changes: HistoryEntry[]) => void;
  /** What results pages remember ("New" rows, the filter); absent, those requests fail. */
  results?: ReturnType<typeof resultsMemory>;
  now?: () => Date;
  /** The UI text for content scripts; the background reads it on first need (ui-text.ts). */
  uiText?: UiText;
}

const WRITES = new Set<Request['type']>(['capture', 'capture-page', 'track-row', 'mark-withdrawn', 'refresh-schedules', 'update-user-fields', 'mark-changes-seen']);

function resultsOf(context: RequestContext): NonNullable<RequestContext['results']> {
  if (!context.results) throw new Error('Results pages are not remembered here.');
  return context.results;
}

type AnyResponse = ResponseFor<Request['type']> | Failure;

/** zod/mini carries no wording of its own; a refusal names what was wrong, in English. */
const REFUSAL_WORDING = z.locales.en().localeError;

/**
 * The background's single entry for messages. Unknown or malformed payloads are refused with
 * a reason before anything touches the database.
 */
export async function handleRequest(raw: unknown, context: RequestContext): Promise<AnyResponse> {
  const parsed = RequestSchema.safeParse(raw, { error: REFUSAL_WORDING });
  if (!parsed.success) {
    return { ok: false, error: `Rejected message: ${z.prettifyError(parsed.error).replace(/\n/g, '; ')}` };
  }
  try {
    const reply = await dispatch(parsed.data, context);
    if (WRITES.has(parsed.data.type)) context.onWrite?.();
    return reply;
  } catch (error) {
    return { ok: false, error: describeError(error) };
  }
}

/** Tells the context about alerting changes a write made, and hands the result on. */
function alerting<T extends MergeResult | null>(result: T, context: RequestContext): T {
  if (result === null) return result;
  const changes = alertsFromWrite(result);
  if (changes.length > 0) context.onChanges?.(result.record, changes);
  return result;
}

async function dispatch(request: Request, context: RequestContext): Promise<AnyResponse> {
  const { store, openPopup, pendingNotices, now = () => new Date() } = context;
  switch (request.type) {
    case 'capture': {
      const { created, changed, record } = alerting(await store.saveCapture(request.record, now(), { headerLanguage: request.headerLanguage }), context);
      return { ok: true, created, changed, record };
    }
    case 'capture-page': {
      const reading = parseDetailSnapshot(request.page);
      if (!reading.ok) return { ok: false, error: reading.error };
      const { created, changed, record } = alerting(await store.saveCapture(reading.record, now(), { headerLanguage: request.headerLanguage }), context);
      return { ok: true, created, changed, record, warnings: reading.warnings };
    }
    case 'track-row': {
      // The row as shown is read here, like a detail page: the parser stays out of content scripts.
      const row = ResultRowSchema.safeParse(toResultRow(request.row, request.pageTimeZone, new URL(request.listUrl)));
      if (!row.success) return { ok: false, error: 'Rejected message: the row has no job number or title' };
      const { created, record } = alerting(await store.trackRow(row.data, now()), context);
      return { ok: true, created, record };
    }
    case 'mark-withdrawn':
      return { ok: true, tracked: alerting(await store.withdraw(request.reference, now()), context) !== null };
    case 'results-visit':
      return { ok: true, ...(await resultsOf(context).visit(request.section, request.references, now())) };
    case 'save-results-filter':
      return { ok: true, filter: await resultsOf(context).saveFilter(request.filter) };
    case 'mark-changes-seen':
      return { ok: true, tracked: (await store.markChangesSeen(request.reference, now())) !== null };
    case 'lookup': {
      const found = await store.getMany(request.references);
      const items = found.flatMap((record) =>
        record
          ? [{
              reference: record.reference,
              title: record.title,
              status: record.status,
              closesAt: record.closesAt,
              completeness: record.completeness,
            }]
          : [],
      );
      return { ok: true, items };
    }
    case 'get-vacancy':
      return { ok: true, record: (await store.get(request.reference)) ?? null };
    case 'list-vacancies':
      return { ok: true, records: await store.all() };
    case 'take-pending-notice':
      return { ok: true, pending: (await pendingNotices?.take()) ?? null };
    case 'open-popup':
      await openPopup(request.route);
      return { ok: true };
    case 'refresh-schedules':
      return { ok: true };
    case 'update-user-fields':
      return { ok: true, record: await store.updateUserFields(request.reference, request.patch, now()) };
    case 'get-settings':
      return { ok: true, settings: await loadSettings() };
    case 'save-settings':
      return { ok: true, settings: await saveSettings(request.patch) };
    case 'ui-catalogues':
      return { ok: true, catalogues: await (context.uiText ?? REGISTERED_TEXT).catalogues(request.locale) };
  }
}

/** Storage failures users can act on get words of their own. */
export function describeError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || /quota/i.test(String(error))) {
    return 'The browser refused to store more data (storage quota exceeded). Free some space or export and remove old vacancies.';
  }
  if (name === 'DatabaseClosedError' || name === 'BlockedError' || /blocked/i.test(String(error))) {
    return 'The vacancy database is blocked by another open extension page; close other Vacancy Companion tabs and try again.';
  }
  return error instanceof Error ? error.message : String(error);
}
