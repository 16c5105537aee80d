import type { MessageKey } from './i18n-core';
import type { Reason } from './reasons/reason';

/**
 * Why a request did not do what was asked, as a code the UI words in the user's language as a
 * reason (failureReason, utils/reasons/word-reason.ts). The background answers with one; the messaging client makes its own when the
 * background could not be reached. No zod here: content scripts bundle this file.
 */
export const FAILURE_CODES = [
  /** The message did not match its schema: nothing was done. */
  'rejected',
  /** The sender may not ask this (a content script asking to edit the user's fields). */
  'forbidden',
  /** The text is not a vacancy notice (the parser's reason in `detail`). */
  'not-a-notice',
  /** A results-page row the content script could not read (no request was sent). */
  'unreadable-row',
  /** The vacancy asked about is not tracked (any more). */
  'not-tracked',
  /** A settings change that is not a valid setting. */
  'invalid-settings',
  'quota',
  /** An edit made from values another window has changed since: nothing was overwritten. */
  'conflict',
  /** The database is held by an older version of the extension in another page. */
  'blocked',
  /** The extension was updated or reloaded: this page's script is orphaned. */
  'reload-page',
  /** A page asked to open the extension again too soon (utils/background/popup-limit.ts): nothing opened. */
  'too-soon',
  /** The background did not answer, after retries. Nothing is known to be saved. */
  'no-answer',
  /** The background answered something that is not an answer. */
  'bad-answer',
  /** Anything else: the write's transaction was aborted, so nothing was saved. */
  'unexpected',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

export interface Failure {
  ok: false;
  code: FailureCode;
  /** What exactly was wrong, in English (the parser's reason, the schema's complaint). */
  detail?: string;
}

const FAILURE_TEXT: Record<FailureCode, MessageKey> = {
  rejected: 'errRejected',
  forbidden: 'errForbidden',
  'not-a-notice': 'errNotANotice',
  'unreadable-row': 'errUnreadableRow',
  'not-tracked': 'errNotTracked',
  'invalid-settings': 'errInvalidSettings',
  quota: 'errQuota',
  blocked: 'errBlocked',
  conflict: 'errConflict',
  'reload-page': 'errReloadPage',
  'too-soon': 'errTooSoon',
  'no-answer': 'errNoAnswer',
  'bad-answer': 'errBadAnswer',
  unexpected: 'errUnexpected',
};

/**
 * The failure as a reason, to be worded in the user's language. `detail` is not shown: it is
 * English, from a validator or the parser, and is there for the developer reading the message.
 */
export function failureReason(failure: Pick<Failure, 'code'>): Reason {
  return { key: FAILURE_TEXT[failure.code] };
}

/** A failed request, thrown by the popup's store so views can word it. */
export class RequestFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.detail ? `${failure.code}: ${failure.detail}` : failure.code);
    this.name = 'RequestFailed';
  }
}

/** The storage failures a user can act on get their own code; the rest are 'unexpected'. */
export function failureFromError(error: unknown): Failure {
  if (error instanceof RequestFailed) return error.failure;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : '';
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return { ok: false, code: 'quota' };
  if (name === 'DatabaseClosedError' || name === 'BlockedError' || name === 'VersionError' || /blocked/i.test(message)) {
    return { ok: false, code: 'blocked' };
  }
  if (name === 'NotTrackedError') return { ok: false, code: 'not-tracked' };
  if (name === 'EditConflictError') return { ok: false, code: 'conflict' };
  if (name === 'TooSoonError') return { ok: false, code: 'too-soon' };
  return { ok: false, code: 'unexpected' };
}

/** Any caught error as a reason the user can be shown. */
export function errorReason(error: unknown): Reason {
  return failureReason(failureFromError(error));
}
