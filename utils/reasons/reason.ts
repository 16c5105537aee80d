import type { MessageKey } from '../i18n-core';

/**
 * A reason shown to a person, as data: which catalogue text says it, with what values. Every
 * family of reasons — a capture's warnings, a refused notice, a failed request, the essay
 * check's findings, a backup file's problems — keeps its own stored form and maps it to this
 * shape next to its data; utils/reasons/word-reason.ts is the one place it becomes words, in
 * the reader's language (English for the CLIs and the hover text). Plain data: serialisable,
 * no functions, no Date.
 */
export interface Reason {
  key: MessageKey;
  values?: Readonly<Record<string, ReasonValue>>;
}

/**
 * A value of a reason's text. Strings are filled in as they are and numbers are counts (the
 * catalogue's `{n|one|other}` plural forms read them); values whose wording depends on the
 * language are kept raw and formatted when the reason is worded.
 */
export type ReasonValue =
  | string
  | number
  /** An instant (ISO 8601) shown as a long date and time in Brussels, the zone notices use. */
  | { kind: 'brusselsDateTime'; instant: string }
  /** A calendar date (YYYY-MM-DD) with no time. */
  | { kind: 'date'; iso: string }
  /** Time left, in milliseconds. */
  | { kind: 'duration'; ms: number }
  /** A file's weight, in bytes: bytes, KB or MB as it comes. */
  | { kind: 'fileSize'; bytes: number }
  /** A weight against a limit, in megabytes rounded up, so a file over it never reads as equal. */
  | { kind: 'megabytes'; bytes: number }
  /** An amount of money, in cents of its currency. */
  | { kind: 'money'; cents: number; currency: string }
  /** Another catalogue text (a field's label); `lower`: in lower case, inside a sentence. */
  | { kind: 'text'; key: MessageKey; lower?: boolean }
  /** A reason inside a reason: why a notice was refused, inside the warning of its fallback read. */
  | { kind: 'reason'; reason: Reason };

export function reason(key: MessageKey, values?: Readonly<Record<string, ReasonValue>>): Reason {
  return values ? { key, values } : { key };
}
