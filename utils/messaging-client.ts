import { browser } from 'wxt/browser';
import { registerCatalogues, type Locale } from './i18n-core';
import type { Failure, Request, RequestOf, ResponseFor } from './messages';

/**
 * Sends a typed request to the background. The background checks every request against the
 * zod schemas before acting; its replies are built from data it validated, so here they are
 * only checked for shape (ok/error) — which keeps zod out of the content scripts' bundles.
 */
export async function sendRequest<T extends Request['type']>(
  request: RequestOf<T>,
): Promise<ResponseFor<T> | Failure> {
  let reply: unknown;
  try {
    reply = await browser.runtime.sendMessage(request);
  } catch (error) {
    return { ok: false, error: `The extension did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
  if (typeof reply === 'object' && reply !== null && 'ok' in reply) {
    if (reply.ok === true) return reply as ResponseFor<T>;
    if (reply.ok === false && 'error' in reply && typeof reply.error === 'string') return { ok: false, error: reply.error };
  }
  return { ok: false, error: 'The extension gave an unexpected answer.' };
}

/** Content scripts: ask the background for their page language's text once, before showing anything. */
export async function loadCataloguesFromBackground(locale: Locale): Promise<boolean> {
  const reply = await sendRequest({ type: 'ui-catalogues', locale });
  if (reply.ok) registerCatalogues({ en: reply.catalogues.en ?? {}, fr: reply.catalogues.fr ?? {} });
  return reply.ok;
}
