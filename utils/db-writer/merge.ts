import type { KeyedVacancy } from '../record/vacancy-record';
import { warning } from '../parse/warning-templates';
import type { HistoryEntry, ResultRow, StoredVacancy } from '../record/stored-vacancy';
import { DEFAULT_USER_FIELDS } from '../record/user-defaults';
import { sameValue } from '../record/same-value';

/** Parsed fields whose change is worth telling the user about; the rest just refresh. */
const UNTRACKED_FIELDS = new Set<keyof KeyedVacancy>(['warnings', 'sourceUrl', 'preparation', 'relations']);

/**
 * `closesAt` is an instant: "2026-01-04T22:59:00.000Z", "2026-01-04T22:59:00Z" and
 * "2026-01-04T23:59:00+01:00" are the same closing moment, and must not count as a change (nor
 * raise a change alert). It is compared as an instant and kept in one form (toISOString).
 */
const canonicalInstant = (value: string) => {
  const at = Date.parse(value);
  return Number.isNaN(at) ? value : new Date(at).toISOString();
};

const sameInstant = (a: string, b: string) => canonicalInstant(a) === canonicalInstant(b);

/** Equal for the record: structurally, and `closesAt` as instants. */
function sameField(field: keyof KeyedVacancy, current: unknown, incoming: unknown): boolean {
  if (field === 'closesAt' && typeof current === 'string' && typeof incoming === 'string') return sameInstant(current, incoming);
  return sameValue(current, incoming);
}

const isUnknown = (value: unknown) =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/** Header fields a French portal page prints in French ("Belgique-Bruxelles", "OTAN SI"). */
const FRENCH_HEADER_FIELDS = new Set<keyof KeyedVacancy>(['title', 'location', 'organisation', 'schedule', 'warnings']);

export interface CaptureOptions {
  /**
   * The language of the page's header. A French page names the same vacancy in French: its
   * header values must not replace the English ones already kept, nor count as changes.
   */
  headerLanguage?: 'en' | 'fr';
}

export interface MergeResult {
  record: StoredVacancy;
  created: boolean;
  /** Parsed fields whose known value changed (each also appended to history). */
  changed: string[];
  /**
   * The record differs from the stored one and must be written. Decided on the content, never
   * by comparing times: two writes in the same millisecond have equal times and different data.
   */
  dirty: boolean;
}

/**
 * The time a write stamps: now, or one millisecond after the stored stamp when the clock has not
 * moved past it (two writes in the same millisecond, or a clock set back). So `updatedAt` grows
 * with every write, and "the newer record wins" (utils/db-reader/backup-merge.ts) means the later write.
 */
export function writeTime(previous: string | undefined, now: Date): string {
  const stored = previous === undefined ? Number.NaN : Date.parse(previous);
  return new Date(stored >= now.getTime() ? stored + 1 : now.getTime()).toISOString();
}

/**
 * What a request first sent at `since` did, for its answer. When the background stops between
 * writing and replying, the client sends the same request again (utils/messaging-client.ts): the
 * retry finds its own earlier write and would say "already saved, nothing changed". Measured
 * against the first attempt's time instead, a record created since then was created by this
 * request (or by a tab capturing the same page at the same moment), and the fields that changed
 * since then are the ones it changed.
 */
export function sinceFirstAttempt(result: MergeResult, existing: StoredVacancy | undefined, since: string | undefined): MergeResult {
  const from = since === undefined ? Number.NaN : Date.parse(since);
  if (!existing || result.created || Number.isNaN(from)) return result;
  if (Date.parse(existing.capturedAt) >= from) return { ...result, created: true, changed: [] };
  const earlier = existing.history.filter((entry) => Date.parse(entry.changedAt) >= from).map((entry) => entry.field);
  return { ...result, changed: [...new Set([...earlier, ...result.changed])] };
}

/**
 * Folds a fresh capture into what is stored. User fields are never touched; a field the new
 * capture could not read keeps its old value (a page read badly must not erase a good record);
 * a known value that changed is kept in history with the time it changed.
 */
export function mergeCapture(
  existing: StoredVacancy | undefined,
  parsed: KeyedVacancy,
  now: Date,
  { headerLanguage = 'en' }: CaptureOptions = {},
): MergeResult {
  if (!existing) return created(parsed, 'notice', now.toISOString());
  const at = writeTime(existing.updatedAt, now);
  const next: StoredVacancy = { ...existing, completeness: 'notice', portalState: 'listed' };
  const history: HistoryEntry[] = [];
  const keepEnglishHeader = headerLanguage === 'fr' && existing.completeness === 'notice';
  if (keepEnglishHeader && existing.titleFr === null && parsed.title !== existing.title) next.titleFr = parsed.title;
  for (const field of Object.keys(parsed) as (keyof KeyedVacancy)[]) {
    const incoming = parsed[field];
    const current = existing[field];
    if (keepEnglishHeader && FRENCH_HEADER_FIELDS.has(field)) continue;
    if (isUnknown(incoming) && field !== 'warnings') continue;
    if (sameField(field, current, incoming)) continue;
    (next as Record<string, unknown>)[field] = field === 'closesAt' && typeof incoming === 'string' ? canonicalInstant(incoming) : incoming;
    if (!UNTRACKED_FIELDS.has(field) && !isUnknown(current) && existing.completeness === 'notice') {
      history.push({ field, from: toJson(current), to: toJson(incoming), changedAt: at });
    }
  }
  return finish(existing, next, history, at);
}

/**
 * A results-page row: creates a partial record, or on a tracked vacancy refreshes only what a
 * row can say better than nothing (the deadline may have been extended since the capture).
 */
export function mergeRow(existing: StoredVacancy | undefined, row: ResultRow, now: Date): MergeResult {
  if (!existing) {
    const at = now.toISOString();
    const partial: KeyedVacancy = {
      reference: row.reference,
      title: row.title,
      titleFr: null,
      languages: [],
      location: row.location,
      organisation: row.organisation,
      schedule: null,
      deadline: row.deadline,
      closesAt: row.closesAt === null ? null : canonicalInstant(row.closesAt),
      salary: null,
      grade: row.grade,
      clearance: null,
      languageRequirement: null,
      languageProfile: null,
      minExperienceYears: null,
      positions: 1,
      posts: [],
      essay: null,
      keyChallenges: [],
      assessments: [],
      contract: null,
      competencies: [],
      sourceUrl: row.sourceUrl,
      warnings: [warning('rowOnly'), ...(row.warnings ?? [])],
    };
    return created(partial, 'row', at);
  }
  const at = writeTime(existing.updatedAt, now);
  const next: StoredVacancy = { ...existing, portalState: 'listed' };
  const history: HistoryEntry[] = [];
  for (const field of ['deadline', 'closesAt'] as const) {
    const raw = row[field];
    if (raw === null || sameField(field, existing[field], raw)) continue;
    const incoming = field === 'closesAt' ? canonicalInstant(raw) : raw;
    next[field] = incoming;
    if (existing[field] !== null) {
      history.push({ field, from: existing[field], to: incoming, changedAt: at });
    }
  }
  // A moved close read by snapping (the zone unknown or not fitting): the record says so, as a
  // first row's does, so the new date is not shown as if it had been read exactly.
  if (next.closesAt !== existing.closesAt) {
    const fresh = (row.warnings ?? []).filter((warning) => !existing.warnings.some((known) => sameValue(known, warning)));
    if (fresh.length > 0) next.warnings = [...existing.warnings, ...fresh];
  }
  return finish(existing, next, history, at);
}

/** A first capture: the user's fields start at their defaults, with no history yet. */
function created(parsed: KeyedVacancy, completeness: StoredVacancy['completeness'], at: string): MergeResult {
  return {
    record: { ...parsed, ...DEFAULT_USER_FIELDS, completeness, portalState: 'listed', history: [], capturedAt: at, updatedAt: at },
    created: true,
    changed: [],
    dirty: true,
  };
}

function finish(
  existing: StoredVacancy,
  next: StoredVacancy,
  history: HistoryEntry[],
  at: string,
): MergeResult {
  const changedAnything = !sameValue(stripTimes(existing), stripTimes(next));
  return {
    record: {
      ...next,
      history: [...existing.history, ...history],
      updatedAt: changedAnything ? at : existing.updatedAt,
    },
    created: false,
    changed: history.map((entry) => entry.field),
    dirty: changedAnything,
  };
}

function stripTimes(record: StoredVacancy) {
  const { updatedAt: _updated, ...rest } = record;
  return rest;
}

function toJson(value: unknown): HistoryEntry['from'] {
  return JSON.parse(JSON.stringify(value ?? null)) as HistoryEntry['from'];
}
