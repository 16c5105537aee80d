import * as z from 'zod/mini';
import { StoredVacancySchema, type StoredVacancy } from '../record/stored-vacancy';
import type { Settings } from '../settings/settings';
import { translator, type Locale } from '../i18n-core';
import { upgradeWarnings } from '../parse/warning-text';
import { BACKUP_FORMAT, BACKUP_VERSION, BackupEnvelopeHeadSchema, ENTRY_SCHEMAS, upgradeEntry } from './envelope';
import type { Answer } from '../record/answer-schema';
import { draftName, readBackupDraft } from '../prepare/backup-drafts';

/**
 * The largest backup file read. A backup of the most an import takes (20,000 vacancies, about
 * 3 kB each as exported) fits; a larger file is refused from its size alone, before it is read
 * into memory and parsed on the popup's thread, which it would freeze.
 */
export const MAX_BACKUP_BYTES = 64 * 1024 * 1024;

/** The file's size is checked before its text is read (BackupSection). */
export function backupSizeProblem(bytes: number, limit = MAX_BACKUP_BYTES): FileProblem | null {
  return bytes > limit ? { kind: 'too-large', bytes, limit } : null;
}

/** One zod complaint: where in the entry (`salary.amount`, `history[0].changedAt`) and why. */
export interface Issue {
  path: string;
  message: string;
}

/** Why the file as a whole cannot be read. */
export type FileProblem =
  | { kind: 'empty' }
  | { kind: 'malformed-json'; detail: string }
  | { kind: 'not-a-backup' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'unknown-version'; version: string }
  | { kind: 'bad-envelope'; issues: Issue[] }
  | { kind: 'too-large'; bytes: number; limit: number };

/** Why one entry is refused. `entry` counts from 1, as a person counts. */
export type EntryProblem = { entry: number; reference: string | null } & (
  | { kind: 'invalid'; issues: Issue[] }
  | { kind: 'duplicate'; entries: number[] }
  /** An entry of the drafts part (counted from 1 within it), by its question id. */
  | { kind: 'draft-invalid'; id: string | null; issues: Issue[] }
  | { kind: 'draft-newer'; id: string | null; version: number }
);

export interface ValidEntry {
  entry: number;
  record: StoredVacancy;
}

export type BackupReading =
  | { ok: false; problem: FileProblem }
  | {
      ok: true;
      /** The file's own format version (0 for a plain array). */
      version: number;
      exportedAt: string | null;
      /** Null for version 0, which held no settings. */
      settings: Settings | null;
      valid: ValidEntry[];
      /** The drafts part's valid entries (empty when the backup has none). */
      answers: Answer[];
      /** Sorted by entry number. Any of these means the file is not applied at all. */
      rejected: EntryProblem[];
    };

/**
 * Zod's own reasons, in the reader's language; a date that is no calendar day (the record's
 * dates are `z.iso.date()`, which refuses `2026-02-30`) is named as such.
 */
function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  // zod/mini ships no messages of its own: both languages are set here.
  const zodWording = (locale === 'fr' ? z.locales.fr() : z.locales.en()).localeError;
  const t = translator(locale);
  return (issue) =>
    issue.code === 'invalid_format' && issue.format === 'date' && typeof issue.input === 'string'
      ? t('bakNotCalendarDate', { value: issue.input })
      : zodWording(issue);
}

const MAX_ISSUES_PER_ENTRY = 5;

export function issuesOf(error: z.core.$ZodError): Issue[] {
  return error.issues.slice(0, MAX_ISSUES_PER_ENTRY).map((issue) => ({
    path: issue.path.reduce<string>(
      (path, key) => (typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${String(key)}` : String(key)),
      '',
    ),
    message: issue.message,
  }));
}

/**
 * Reads a backup file's text without touching the store: JSON, then the envelope, then every
 * entry against the schema of the file's version, upgraded to today's shape and checked again.
 * Duplicate references are refused, naming every entry that has them.
 */
function withWarningsAsData(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || !('warnings' in raw)) return raw;
  return { ...raw, warnings: upgradeWarnings(raw.warnings) };
}

export function readBackup(text: string, locale: Locale = 'en'): BackupReading {
  const options = { error: zodErrorMap(locale) };
  // Text given directly (not a file whose size was checked first): its length bounds its bytes from below.
  const tooLarge = backupSizeProblem(text.length);
  if (tooLarge) return { ok: false, problem: tooLarge };
  if (text.trim() === '') return { ok: false, problem: { kind: 'empty' } };
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, problem: { kind: 'malformed-json', detail: error instanceof Error ? error.message : String(error) } };
  }
  const head = readEnvelope(json, options);
  if (!head.ok) return head;
  const valid: ValidEntry[] = [];
  const rejected: EntryProblem[] = [];
  head.entries.forEach((raw, index) => {
    const entry = index + 1;
    const result = readEntry(raw, head.version, options);
    if (result.success) valid.push({ entry, record: result.data });
    else rejected.push({ entry, reference: referenceOf(raw), kind: 'invalid', issues: issuesOf(result.error) });
  });
  const unique = rejectDuplicates(valid, rejected);
  rejected.sort((a, b) => a.entry - b.entry);
  const answers: Answer[] = [];
  head.drafts.forEach((raw, index) => {
    const read = readBackupDraft(raw, options);
    if (read.ok) answers.push(read.answer);
    else {
      const { reference, id } = draftName(raw);
      const entry = index + 1;
      rejected.push(
        read.kind === 'newer'
          ? { entry, reference, kind: 'draft-newer', id, version: read.version }
          : { entry, reference, kind: 'draft-invalid', id, issues: issuesOf(read.error) },
      );
    }
  });
  return { ok: true, version: head.version, exportedAt: head.exportedAt, settings: head.settings, valid: unique, answers, rejected };
}

type Head =
  | { ok: false; problem: FileProblem }
  | { ok: true; version: number; exportedAt: string | null; settings: Settings | null; entries: unknown[]; drafts: unknown[] };

type ParseOptions = { error: ReturnType<typeof zodErrorMap> };

function readEnvelope(json: unknown, options: ParseOptions): Head {
  if (Array.isArray(json)) return { ok: true, version: 0, exportedAt: null, settings: null, entries: json, drafts: [] };
  if (!json || typeof json !== 'object' || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    return { ok: false, problem: { kind: 'not-a-backup' } };
  }
  const version = (json as { version?: unknown }).version;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_VERSION) {
    return { ok: false, problem: { kind: 'newer-version', version } };
  }
  // Every envelope version (1 and up) stays readable; 0 is the plain array above.
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: { kind: 'unknown-version', version: JSON.stringify(version) ?? 'none' } };
  }
  const envelope = BackupEnvelopeHeadSchema.safeParse(json, options);
  if (!envelope.success) return { ok: false, problem: { kind: 'bad-envelope', issues: issuesOf(envelope.error) } };
  const { exportedAt, settings, vacancies, answers } = envelope.data;
  return { ok: true, version, exportedAt, settings, entries: vacancies, drafts: answers ?? [] };
}

function readEntry(raw: unknown, version: number, options: ParseOptions) {
  // Backups written before warnings were data hold English sentences: read them as data.
  const entry = withWarningsAsData(raw);
  // An entry of today's version: one check against today's schema, nothing to upgrade.
  if (version === BACKUP_VERSION) return z.safeParse(StoredVacancySchema, entry, options);
  const asWritten = z.safeParse(ENTRY_SCHEMAS[version] ?? StoredVacancySchema, entry, options);
  if (!asWritten.success) return asWritten;
  return z.safeParse(StoredVacancySchema, upgradeEntry(asWritten.data, version), options);
}

function referenceOf(raw: unknown): string | null {
  const reference = raw && typeof raw === 'object' ? (raw as { reference?: unknown }).reference : undefined;
  return typeof reference === 'string' && reference !== '' ? reference.slice(0, 40) : null;
}

/** Moves every entry of a reference seen more than once to `rejected`; returns the rest. */
function rejectDuplicates(valid: ValidEntry[], rejected: EntryProblem[]): ValidEntry[] {
  const byReference = new Map<string, number[]>();
  for (const { entry, record } of valid) {
    const entries = byReference.get(record.reference);
    if (entries) entries.push(entry);
    else byReference.set(record.reference, [entry]);
  }
  const unique: ValidEntry[] = [];
  for (const item of valid) {
    const entries = byReference.get(item.record.reference) ?? [];
    if (entries.length > 1) rejected.push({ entry: item.entry, reference: item.record.reference, kind: 'duplicate', entries });
    else unique.push(item);
  }
  return unique;
}
