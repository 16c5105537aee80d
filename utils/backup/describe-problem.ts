import type { Translate } from '../i18n-core';
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
  switch (problem.kind) {
    case 'invalid':
      return t('bakEntryInvalid', { ...named, issues: describeIssues(problem.issues) });
    case 'duplicate':
      return t('bakEntryDuplicate', { ...named, entries: problem.entries.join(', ') });
    case 'draft-invalid':
      return t('prpBakDraftInvalid', { ...named, issues: describeIssues(problem.issues) });
    case 'draft-newer':
      return t('prpBakDraftNewer', { ...named, version: problem.version });
  }
}

export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path} — ${issue.message}` : issue.message)).join('; ');
}
