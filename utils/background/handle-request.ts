import { z } from 'zod/mini';
import type { MergeResult } from '../db-writer/merge';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { failureFromError, type Failure } from '../failure';
import type { resultsMemory } from '../results/results-memory';
import type { UiText } from '../ui-text/ui-text';
import type { PendingNotices } from '../capture/pending-notice';
import type { ImportAnswers } from '../backup/import-answers';
import type { BackupStorageApi } from '../backup/backup-reminder';
import { REQUEST_SLICES, requestSchemasOnFirstUse, type HandlerContext, type Request, type ResponseFor, type SenderKind } from '../messages';
import { alertMerges, recordingMerges, type WriteEffects } from './write-effects';
import type { RemovalAnswers } from '../follow/removal-answers';

/** onChanges (WriteEffects): alerting changes a write made, awaited like afterWrite. */
export interface RequestContext extends WriteEffects {
  store: VacancyStore;
  /** Opens the popup page (in a tab) at a route; injected so tests need no browser. */
  openPopup: (route: string | undefined) => Promise<void>;
  /** The selected notice waiting for its reference; absent where there is none (tests, tools). */
  pendingNotices?: PendingNotices;
  /**
   * Re-plans reminders and the badge. Awaited before a write is answered, so "saved" also means
   * scheduled: a worker stopped right after replying has nothing left half done.
   */
  afterWrite?: () => Promise<void>;
  /** What the last import did, for its retry's answer; absent, a retry reports what it found. */
  importAnswers?: ImportAnswers;
  /** Where the last export's date is kept (utils/backup/backup-reminder.ts); absent, marking an export fails. */
  backupDates?: Pick<BackupStorageApi, 'set'>;
  /** The record the last Remove took, for its retry's answer; absent, a retry answers null. */
  removals?: RemovalAnswers;
  /** What results pages remember ("New" rows, the filter); absent, those requests fail. */
  results?: ReturnType<typeof resultsMemory>;
  now?: () => Date;
  /** The UI text for content scripts; the background reads it on first need (ui-text.ts). */
  uiText?: UiText;
}

type AnyResponse = ResponseFor<Request['type']> | Failure;
type Handler = (request: Request, context: HandlerContext) => Promise<AnyResponse>;

/** Every slice's handlers and writes, from the one list in utils/messages.ts. */
const HANDLERS = Object.assign({}, ...REQUEST_SLICES.map((slice) => slice.handlers)) as Record<Request['type'], Handler>;
const WRITES = new Set<Request['type']>(REQUEST_SLICES.flatMap((slice) => slice.writes));

/** zod/mini carries no wording of its own; a refusal names what was wrong, in English. */
const REFUSAL_WORDING = z.locales.en().localeError;

/**
 * The background's single entry for messages, and the only way anything is written. A sender
 * the background does not know, a request this sender may not make, or a malformed payload is
 * refused with a code before anything touches the database. A write's merges raise their change
 * alerts and the reminders and badge are re-planned, whichever feature's handler wrote.
 */
export async function handleRequest(raw: unknown, from: SenderKind | null, context: RequestContext): Promise<AnyResponse> {
  if (from === null) return { ok: false, code: 'forbidden' };
  const schemas = requestSchemasOnFirstUse();
  const parsed = (from === 'content-script' ? schemas.contentScript : schemas.any).safeParse(raw, { error: REFUSAL_WORDING });
  if (!parsed.success) {
    if (from === 'content-script' && schemas.any.safeParse(raw).success) return { ok: false, code: 'forbidden' };
    return { ok: false, code: 'rejected', detail: z.prettifyError(parsed.error).replace(/\n/g, '; ').slice(0, 300) };
  }
  const request = parsed.data;
  const writes = WRITES.has(request.type);
  const merges: MergeResult[] = [];
  const handlerContext: HandlerContext = {
    ...context,
    store: writes ? recordingMerges(context.store, merges) : context.store,
    now: context.now ?? (() => new Date()),
  };
  let reply: AnyResponse;
  try {
    reply = await HANDLERS[request.type](request, handlerContext);
  } catch (error) {
    return failureFromError(error);
  }
  if (!writes) return reply;
  await alertMerges(merges, context);
  // The write stands whatever happens next; afterWrite reports its own failures.
  if (reply.ok) await context.afterWrite?.().catch(() => undefined);
  return reply;
}
