import { z } from 'zod/mini';
import type { HistoryEntry, StoredVacancy } from '../db/stored-vacancy';
import type { VacancyStore } from '../db/vacancy-store';
import { failureFromError, type Failure } from '../failure';
import type { resultsMemory } from './results-memory';
import { REGISTERED_TEXT, type UiText } from './ui-text';
import { alerting, type WriteEffects } from './write-effects';
import { loadSettings, saveSettings } from '../settings';
import { parseDetailSnapshot } from '../capture/detail-capture';
import type { PendingNotices } from './pending-notice';
import type { ImportAnswers } from './import-answers';
import { toResultRow } from '../capture/result-row';
import { ResultRowSchema } from '../db/stored-vacancy';
import { requestSchemasOnFirstUse, type Request, type ResponseFor, type SenderKind } from '../messages';
import { AnswerWriter } from '../prepare/answer-writer';
import { isFollowed } from '../follow/rule';
import { FOLLOW_WRITES, handleFollowRequest } from '../follow/requests';
import { STAGES_WRITES, handleStagesRequest } from '../stages/requests';
import { earlierApplications } from '../stages/applied-before-lookup';

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
  /** What results pages remember ("New" rows, the filter); absent, those requests fail. */
  results?: ReturnType<typeof resultsMemory>;
  now?: () => Date;
  /** The UI text for content scripts; the background reads it on first need (ui-text.ts). */
  uiText?: UiText;
}

const WRITES = new Set<Request['type']>([
  'capture',
  'capture-page',
  'track-row',
  'mark-withdrawn',
  'update-user-fields',
  'mark-changes-seen',
  'save-settings',
  'import-backup',
  ...FOLLOW_WRITES,
  ...STAGES_WRITES,
]);

function resultsOf(context: RequestContext): NonNullable<RequestContext['results']> {
  if (!context.results) throw new Error('Results pages are not remembered here.');
  return context.results;
}

type AnyResponse = ResponseFor<Request['type']> | Failure;

/** zod/mini carries no wording of its own; a refusal names what was wrong, in English. */
const REFUSAL_WORDING = z.locales.en().localeError;

/**
 * The background's single entry for messages. A sender the background does not know, a request
 * this sender may not make, or a malformed payload is refused with a code before anything
 * touches the database.
 */
export async function handleRequest(raw: unknown, from: SenderKind | null, context: RequestContext): Promise<AnyResponse> {
  if (from === null) return { ok: false, code: 'forbidden' };
  const schemas = requestSchemasOnFirstUse();
  const parsed = (from === 'content-script' ? schemas.contentScript : schemas.any).safeParse(raw, { error: REFUSAL_WORDING });
  if (!parsed.success) {
    if (from === 'content-script' && schemas.any.safeParse(raw).success) return { ok: false, code: 'forbidden' };
    return { ok: false, code: 'rejected', detail: z.prettifyError(parsed.error).replace(/\n/g, '; ').slice(0, 300) };
  }
  let reply: AnyResponse;
  try {
    reply = await dispatch(parsed.data, context);
  } catch (error) {
    return failureFromError(error);
  }
  // The write stands whatever happens next; afterWrite reports its own failures.
  if (reply.ok && WRITES.has(parsed.data.type)) await context.afterWrite?.().catch(() => undefined);
  return reply;
}

async function dispatch(request: Request, context: RequestContext): Promise<AnyResponse> {
  const { store, openPopup, pendingNotices, now = () => new Date() } = context;
  switch (request.type) {
    case 'capture': {
      const options = { headerLanguage: request.headerLanguage, since: request.sentAt };
      // A notice added by hand is saved on purpose: followed.
      const { created, changed, record } = await alerting(await store.saveCapture(request.record, now(), { ...options, follow: true }), context);
      return { ok: true, created, changed, record };
    }
    case 'capture-page': {
      const reading = parseDetailSnapshot(request.page);
      if (!reading.ok) return { ok: false, code: 'not-a-notice', detail: reading.error };
      const options = { headerLanguage: request.headerLanguage, since: request.sentAt };
      const { created, changed, record } = await alerting(await store.saveCapture(reading.record, now(), options), context);
      return { ok: true, created, changed, record, warnings: reading.warnings, appliedBefore: await earlierApplications(store, record, now()) };
    }
    case 'track-row': {
      // The row as shown is read here, like a detail page: the parser stays out of content scripts.
      const row = ResultRowSchema.safeParse(toResultRow(request.row, request.pageTimeZone, new URL(request.listUrl)));
      if (!row.success) return { ok: false, code: 'unreadable-row' };
      const { created, record } = await alerting(await store.trackRow(row.data, now(), { since: request.sentAt }), context);
      return { ok: true, created, record };
    }
    case 'mark-withdrawn':
      return { ok: true, tracked: (await alerting(await store.withdraw(request.reference, now()), context)) !== null };
    case 'results-visit':
      return { ok: true, ...(await resultsOf(context).visit(request.section, request.references, now(), request.knownBelow)) };
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
              followed: isFollowed(record),
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
      return { ok: true, pending: (await pendingNotices?.peek()) ?? null };
    case 'settle-pending-notice':
      await pendingNotices?.settle(request.id);
      return { ok: true };
    case 'open-popup':
      await openPopup(request.route);
      return { ok: true };
    case 'update-user-fields':
      return { ok: true, record: await store.updateUserFields(request.reference, request.patch, now(), request.basedOn) };
    case 'get-settings':
      return { ok: true, settings: await loadSettings() };
    case 'save-settings':
      return saveSettingsOrSay(request.patch);
    case 'import-backup':
      return importBackup(request, store, context.importAnswers);
    case 'follow':
    case 'remove-vacancy':
    case 'restore-vacancy':
      return handleFollowRequest(request, store, now());
    case 'set-stage':
    case 'save-step':
    case 'delete-step':
      return handleStagesRequest(request, store, now());
    case 'ui-catalogues':
      return { ok: true, catalogues: await (context.uiText ?? REGISTERED_TEXT).catalogues(request.locale) };
    case 'save-answer':
      return { ok: true, answer: await new AnswerWriter(store.db).save(request.answer, now()) };
    case 'mark-answer-sent':
      return { ok: true, answer: await new AnswerWriter(store.db).markSent(request.reference, request.id, now()) };
    case 'delete-answer':
      await new AnswerWriter(store.db).remove(request.reference, request.id);
      return { ok: true };
  }
}

async function saveSettingsOrSay(patch: Parameters<typeof saveSettings>[0]): Promise<ResponseFor<'save-settings'> | Failure> {
  try {
    return { ok: true, settings: await saveSettings(patch) };
  } catch (error) {
    // The whole result is checked before writing (utils/settings.ts): nothing was written.
    return error instanceof z.core.$ZodError ? { ok: false, code: 'invalid-settings' } : failureFromError(error);
  }
}

/**
 * The vacancies first, in one transaction; then the settings, when the backup has them. A
 * settings failure after the merge is reported beside the counts, not as the import failing:
 * the vacancies are in. A retry of an import that wrote (same first-attempt stamp) finds
 * nothing left to write and answers what the first attempt did.
 */
async function importBackup(
  request: Extract<Request, { type: 'import-backup' }>,
  store: VacancyStore,
  answers: ImportAnswers | undefined,
): Promise<ResponseFor<'import-backup'> | Failure> {
  const references = request.vacancies.map((record) => record.reference);
  const repeated = references.find((reference, index) => references.indexOf(reference) !== index);
  if (repeated !== undefined) return { ok: false, code: 'rejected', detail: `reference ${repeated} appears twice` };
  // The stamp and the entry count: two imports sent in the same millisecond are still told apart.
  const id = request.sentAt === undefined ? undefined : `${request.sentAt}/${references.length}`;
  const earlier = id === undefined || answers === undefined ? null : await answers.recall(id);
  // The vacancies and their drafts in one transaction: all or nothing.
  const db = store.db;
  const { found: { removed: stillRemoved = 0, ...found }, answersChanged } = await db.transaction('rw', db.vacancies, db.answers, db.removed, async () => ({
    found: await store.applyImport(request.vacancies, {
      exportedAt: request.exportedAt ?? null,
      restore: request.restoreRemoved ?? false,
    }),
    answersChanged: request.answers ? await new AnswerWriter(db).importAnswers(request.answers) : undefined,
  }));
  const extra = { stillRemoved, ...(answersChanged === undefined ? {} : { answers: answersChanged }) };
  const counts = earlier !== null && found.new + found.updated === 0 ? earlier : found;
  if (id !== undefined) await answers?.remember(id, counts);
  if (request.settings === null) return { ok: true, counts, settings: await loadSettings(), ...extra };
  const saved = await saveSettingsOrSay(request.settings);
  return saved.ok
    ? { ok: true, counts, settings: saved.settings, ...extra }
    : { ok: true, counts, settings: await loadSettings(), settingsFailure: saved.code, ...extra };
}
