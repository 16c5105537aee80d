import type { EssayRules } from '../record/vacancy-record';
import type { Reason, ReasonValue } from '../reasons/reason';
export { reason as worded } from '../reasons/reason';

/**
 * One result of the essay check, as data: which catalogue text says it, with what values. It is
 * worded in the reader's language only when shown (utils/reasons/word-reason.ts), so the same
 * findings serve the popup, the portal page (which follows the page's language) and the CLI, and
 * stay plain serialisable data (no functions, no Date).
 */
export type Severity = 'error' | 'warning' | 'ok' | 'info';

/** A finding's text: a reason (utils/reasons/reason.ts), worded by utils/reasons/word-reason.ts. */
export type FindingValue = ReasonValue;
export type Worded = Reason;

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

export function finding(id: string, severity: Severity, message: Worded, fix?: Worded): Finding {
  return fix ? { id, severity, message, fix } : { id, severity, message };
}

/** True when any finding should stop the user from uploading as is. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
