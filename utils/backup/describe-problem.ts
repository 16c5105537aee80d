import type { Translate } from '../i18n-core';
import { describeError } from '../background/handle-request';
import type { EntryProblem, FileProblem, Issue } from './read-backup';

/** Words for what readBackup found (zod's reasons come already in the reader's language). */
export function describeFileProblem(problem: FileProblem, t: Translate): string {
  switch (problem.kind) {
    case 'empty':
      return t('bakFileEmpty');
    case 'malformed-json':
      return t('bakFileMalformed', { detail: problem.detail });
    case 'not-a-backup':
      return t('bakFileNotBackup');
    case 'newer-version':
      return t('bakFileNewer', { version: problem.version });
    case 'unknown-version':
      return t('bakFileUnknownVersion', { version: problem.version });
    case 'bad-envelope':
      return t('bakFileBadEnvelope', { issues: describeIssues(problem.issues) });
  }
}

export function describeEntryProblem(problem: EntryProblem, t: Translate): string {
  const named = { entry: problem.entry, reference: problem.reference ?? t('bakNoReference') };
  return problem.kind === 'invalid'
    ? t('bakEntryInvalid', { ...named, issues: describeIssues(problem.issues) })
    : t('bakEntryDuplicate', { ...named, entries: problem.entries.join(', ') });
}

export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path} — ${issue.message}` : issue.message)).join('; ');
}

// describeError (the background's words for storage failures) decides what kind of failure it
// is; these are its answers for the two kinds that get translated words here.
const QUOTA_WORDS = describeError(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
const BLOCKED_WORDS = describeError(Object.assign(new Error('blocked'), { name: 'BlockedError' }));

/** A failed write or read, in the user's language when it is one they can act on. */
export function describeFailure(error: unknown, t: Translate): string {
  const words = describeError(error);
  if (words === QUOTA_WORDS) return t('bakErrorQuota');
  if (words === BLOCKED_WORDS) return t('bakErrorBlocked');
  return words;
}
