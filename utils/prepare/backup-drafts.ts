import * as z from 'zod/mini';
import { AnswerSchema, type Answer } from '../record/answer-schema';

/**
 * The drafts part of a backup (an optional `answers` list in the envelope, so backups written
 * before the answers workspace import as they are). Each entry carries the version of its own
 * shape: a draft written by a later release is refused, by itself and named, and as any refused
 * entry does, it stops the whole import (utils/backup/read-backup.ts): nothing is changed.
 */
export const DRAFTS_VERSION = 1;

export const BackupDraftSchema = z.extend(AnswerSchema, { draftsVersion: z.literal(DRAFTS_VERSION) });
export type BackupDraft = z.infer<typeof BackupDraftSchema>;

export function draftsForBackup(answers: readonly Answer[]): BackupDraft[] {
  const sorted = [...answers].sort((a, b) => (a.reference === b.reference ? a.position - b.position : a.reference < b.reference ? -1 : 1));
  return sorted.map((answer) => ({ draftsVersion: DRAFTS_VERSION, ...answer }));
}

export type DraftReading =
  | { ok: true; answer: Answer }
  | { ok: false; kind: 'newer'; version: number }
  | { ok: false; kind: 'invalid'; error: z.core.$ZodError };

/** One entry of the drafts part, checked against its version's shape. */
export function readBackupDraft(raw: unknown, options?: { error: z.core.$ZodErrorMap }): DraftReading {
  const version = raw && typeof raw === 'object' ? (raw as { draftsVersion?: unknown }).draftsVersion : undefined;
  if (typeof version === 'number' && Number.isInteger(version) && version > DRAFTS_VERSION) return { ok: false, kind: 'newer', version };
  const checked = z.safeParse(BackupDraftSchema, raw, options);
  if (!checked.success) return { ok: false, kind: 'invalid', error: checked.error };
  const { draftsVersion: _version, ...answer } = checked.data;
  return { ok: true, answer };
}

/** Which draft an entry is, for the message naming it. */
export function draftName(raw: unknown): { reference: string | null; id: string | null } {
  const field = (name: string) => {
    const value = raw && typeof raw === 'object' ? (raw as Record<string, unknown>)[name] : undefined;
    return typeof value === 'string' && value !== '' ? value.slice(0, 40) : null;
  };
  return { reference: field('reference'), id: field('id') };
}
