import type { Reason, ReasonValue } from '../reasons/reason';
import type { EntryProblem, FileProblem, Issue } from './read-backup';

/**
 * What readBackup found, as reasons (utils/reasons/reason.ts) worded by utils/reasons/word-reason.ts;
 * zod's complaints come already in the reader's language.
 */
export function fileProblemReason(problem: FileProblem): Reason {
  switch (problem.kind) {
    case 'too-large':
      return { key: 'bakFileTooLarge', values: { size: { kind: 'megabytes', bytes: problem.bytes }, limit: { kind: 'megabytes', bytes: problem.limit } } };
    case 'empty':
      return { key: 'bakFileEmpty' };
    case 'malformed-json':
      return { key: 'bakFileMalformed', values: { detail: problem.detail } };
    case 'not-a-backup':
      return { key: 'bakFileNotBackup' };
    case 'newer-version':
      return { key: 'bakFileNewer', values: { version: problem.version } };
    case 'unknown-version':
      return { key: 'bakFileUnknownVersion', values: { version: problem.version } };
    case 'bad-envelope':
      return { key: 'bakFileBadEnvelope', values: { issues: describeIssues(problem.issues) } };
  }
}

export function entryProblemReason(problem: EntryProblem): Reason {
  const noReference: ReasonValue = { kind: 'text', key: 'bakNoReference' };
  const named = { entry: problem.entry, reference: problem.reference ?? noReference };
  switch (problem.kind) {
    case 'invalid':
      return { key: 'bakEntryInvalid', values: { ...named, issues: describeIssues(problem.issues) } };
    case 'duplicate':
      return { key: 'bakEntryDuplicate', values: { ...named, entries: problem.entries.join(', ') } };
    case 'draft-invalid':
      return { key: 'prpBakDraftInvalid', values: { ...named, issues: describeIssues(problem.issues) } };
    case 'draft-newer':
      return { key: 'prpBakDraftNewer', values: { ...named, version: problem.version } };
  }
}

export function describeIssues(issues: readonly Issue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path} — ${issue.message}` : issue.message)).join('; ');
}
