import { browser } from 'wxt/browser';
import type { Failure } from './failure';
import { registerCatalogues, registerFallbackText, type Locale } from './i18n-core';
import type { Request, RequestOf, ResponseFor } from './messages';

export type SendRequest = <T extends Request['type']>(request: RequestOf<T>) => Promise<ResponseFor<T> | Failure>;

/** The part of browser.runtime used here, so tests pass a runtime whose worker stops. */
export interface MessageRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}

export interface RetryPolicy {
  /** Waits between attempts; its length + 1 is the number of attempts. */
  delaysMs: readonly number[];
  sleep: (ms: number) => Promise<void>;
  now: () => Date;
}

/**
 * Seven attempts over about 8 s, the waits doubling. A stopped MV3 worker is started again by
 * the next message, which can arrive before its listener is back; a worker stopped mid-request
 * loses the reply. A worker stopped again and again (the browser under memory pressure, a
 * debugger) needs the later, longer waits: a few seconds was not always enough on a busy machine.
 */
export const DEFAULT_RETRY: RetryPolicy = {
  delaysMs: [100, 250, 500, 1000, 2000, 4000],
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => new Date(),
};

/**
 * Asking again after the request may have arrived is safe for every request but opening the
 * popup (a second tab): saves merge by reference, edits and settings set values, an import
 * merges what is already there as unchanged (and its retry answers what the first attempt did,
 * utils/backup/import-answers.ts); a Remove's retry answers the record its first attempt
 * removed (utils/follow/removal-answers.ts); a waiting selection is read, then settled by its id.
 */
const NOT_REPEATABLE = new Set<Request['type']>(['open-popup']);
/** Writes whose answer says what they did: stamped with their first attempt's time. */
const STAMPED = new Set<Request['type']>(['capture', 'capture-text', 'capture-page', 'capture-selection', 'track-row', 'import-backup', 'remove-vacancy']);
/**
 * An import's stamp names it from its first attempt on (its answer is kept under it). A save is
 * stamped only once an earlier attempt may have arrived: the stamp tells the background to count
 * what was written since as this request's own, which on a first attempt would claim another
 * tab's write (two tabs re-capturing one notice at once both said "Updated"). A first attempt is
 * answered by its own transaction's compare.
 */
const STAMPED_FROM_FIRST = new Set<Request['type']>(['import-backup']);

type Attempt = { kind: 'reply'; value: unknown } | { kind: 'undelivered' } | { kind: 'lost' } | { kind: 'orphaned' };

async function attempt(runtime: MessageRuntime, message: unknown): Promise<Attempt> {
  let value: unknown;
  try {
    value = await runtime.sendMessage(message);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    // Chrome and Firefox word these alike; only the extension's own reload is final.
    if (/context invalidated/i.test(text)) return { kind: 'orphaned' };
    if (/receiving end does not exist|could not establish connection/i.test(text)) return { kind: 'undelivered' };
    return { kind: 'lost' };
  }
  // The polyfill resolves undefined when the channel closed before an answer (worker stopped).
  return value === undefined ? { kind: 'lost' } : { kind: 'reply', value };
}

/**
 * Sends typed requests to the background. The background checks every request against the zod
 * schemas and its sender before acting; its replies are built from data it validated, so here
 * they are only checked for shape (ok/code) — which keeps zod out of the content scripts.
 * When the background is gone, the request is sent again a bounded number of times.
 */
export function requestSender(runtime: MessageRuntime, policy: RetryPolicy = DEFAULT_RETRY): SendRequest {
  return async <T extends Request['type']>(request: RequestOf<T>): Promise<ResponseFor<T> | Failure> => {
    const stamped = STAMPED.has(request.type) && !('sentAt' in request && request.sentAt) ? { ...request, sentAt: policy.now().toISOString() } : request;
    let mayHaveArrived = STAMPED_FROM_FIRST.has(request.type);
    for (let tries = 0; ; tries += 1) {
      const result = await attempt(runtime, mayHaveArrived ? stamped : request);
      if (result.kind === 'lost') mayHaveArrived = true;
      if (result.kind === 'reply') return asAnswer<T>(result.value);
      if (result.kind === 'orphaned') return { ok: false, code: 'reload-page' };
      const mayRepeat = result.kind === 'undelivered' || !NOT_REPEATABLE.has(request.type);
      const wait = policy.delaysMs[tries];
      if (!mayRepeat || wait === undefined) return { ok: false, code: 'no-answer' };
      await policy.sleep(wait);
    }
  };
}

function asAnswer<T extends Request['type']>(reply: unknown): ResponseFor<T> | Failure {
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    if (reply.ok === true) return reply as ResponseFor<T>;
    if (reply.ok === false && 'code' in reply && typeof reply.code === 'string') return reply as Failure;
  }
  return { ok: false, code: 'bad-answer' };
}

/** Through the extension's runtime, with the default retries. */
export const sendRequest: SendRequest = (request) => requestSender(browser.runtime)(request);

/**
 * The UI text has a stand-in (the browser's own copy), and the panel waits for it before saying
 * "Reading this vacancy…": about one second of retries, not eight.
 */
export const CATALOGUE_RETRY: RetryPolicy = { ...DEFAULT_RETRY, delaysMs: DEFAULT_RETRY.delaysMs.slice(0, 3) };
const sendCatalogueRequest: SendRequest = (request) => requestSender(browser.runtime, CATALOGUE_RETRY)(request);

/**
 * Content scripts: ask the background for the UI text once, before showing anything. If it
 * cannot answer even after retries, the browser's own copy of the text (in the browser's
 * language) stands in, so a panel never shows message keys. `locale`: the page's language;
 * the answer's: the one the in-page UI speaks (chosen in Settings, else the page's).
 */
export async function loadCataloguesFromBackground(locale: Locale, send: SendRequest = sendCatalogueRequest): Promise<{ loaded: boolean; locale: Locale }> {
  const reply = await send({ type: 'ui-catalogues', locale });
  if (reply.ok) registerCatalogues({ en: reply.catalogues.en ?? {}, fr: reply.catalogues.fr ?? {} });
  else registerFallbackText(browserText);
  return { loaded: reply.ok, locale: (reply.ok && reply.locale) || locale };
}

function browserText(key: string): string | undefined {
  try {
    return browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0]) || undefined;
  } catch {
    return undefined;
  }
}
