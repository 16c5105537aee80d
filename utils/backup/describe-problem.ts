import type { Locale, Translate } from '../i18n-core';
import type { EntryProblem, FileProblem, Issue } from './read-backup';

/** Megabytes as the reader writes numbers (12.5 / 12,5), rounded up so a file over the limit never reads as equal. */
function megabytes(bytes: number, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(Math.ceil(bytes / 104_857.6) / 10);
}

/** Words for what readBackup found (zod's reasons come already in the reader's language). */
export function describeFileProblem(problem: FileProblem, t: Translate, locale: Locale = 'en'): string {
  switch (problem.kind) {
    case 'too-large':
      return t('bakFileTooLarge', { size: megabytes(problem.bytes, locale), limit: megabytes(problem.limit, locale) });
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
