import type { EssayRules } from '../record/vacancy-record';
import type { MessageKey } from '../i18n-core';

/**
 * One result of the essay check, as data: which catalogue text says it, with what values. It is
 * worded in the reader's language only when shown (utils/essay/word-finding.ts), so the same
 * findings serve the popup, the portal page (which follows the page's language) and the CLI, and
 * stay plain serialisable data (no functions, no Date).
 */
export type Severity = 'error' | 'warning' | 'ok' | 'info';

/**
 * A value of a finding's text. Plain strings and numbers are filled in as they are; values whose
 * wording depends on the language are kept raw and formatted when the finding is worded.
 */
export type FindingValue =
  | string
  | number
  /** An instant (ISO 8601) shown as a date and time in Brussels, the zone notices use. */
  | { kind: 'brusselsDateTime'; instant: string }
  /** A calendar date (YYYY-MM-DD) with no time. */
  | { kind: 'date'; iso: string }
  /** Time left, in milliseconds. */
  | { kind: 'duration'; ms: number }
  /** A file's weight, in bytes. */
  | { kind: 'fileSize'; bytes: number };

/** A catalogue key with the values of its `{name}` placeholders. */
export interface Worded {
  key: MessageKey;
  values?: Readonly<Record<string, FindingValue>>;
}

export interface Finding {
  /** Stable per rule ("pages", "name:250875"…): list keys, tests and e2e assertions rely on it. */
  id: string;
  severity: Severity;
  message: Worded;
  fix?: Worded;
}

/** What the checker needs of a vacancy; a StoredVacancy or a freshly parsed notice both fit. */
export interface EssayVacancy {
  reference: string;
  essay: EssayRules | null;
  closesAt: string | null;
}

export function worded(key: MessageKey, values?: Readonly<Record<string, FindingValue>>): Worded {
  return values ? { key, values } : { key };
}

export function finding(id: string, severity: Severity, message: Worded, fix?: Worded): Finding {
  return fix ? { id, severity, message, fix } : { id, severity, message };
}

/** True when any finding should stop the user from uploading as is. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
