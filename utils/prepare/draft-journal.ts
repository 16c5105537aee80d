import { AnswerDraftSchema, type AnswerDraft } from '../record/answer-schema';

/**
 * A copy of each draft as typed, written synchronously into the extension page's own
 * localStorage, so a popup closed between a keystroke and the background's reply loses nothing:
 * the next opening sends what the journal holds and clears it once saved. The database stays the
 * background's (it alone writes it); this is a note the page leaves for itself.
 */
const PREFIX = 'vc-draft:';

export interface JournalEntry {
  draft: AnswerDraft;
  /** When it was typed (ISO); a row saved later than this (another window) wins. */
  at: string;
}

/** The slice of the Web Storage API the journal uses; tests pass a Map-backed one. */
export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

const keyOf = (reference: string, id: string) => `${PREFIX}${reference}\u0000${id}`;

export function draftJournal(storage: JournalStorage | null) {
  return {
    /** Keeps what was just typed; a full storage is not an error (the background still gets it). */
    put(draft: AnswerDraft, now: Date): void {
      try {
        storage?.setItem(keyOf(draft.reference, draft.id), JSON.stringify({ draft, at: now.toISOString() }));
      } catch {
        // Quota or a storage the browser refuses: the save request still carries the draft.
      }
    },
    /** The background saved `draft`: its note goes, unless something newer was typed meanwhile. */
    settle(draft: AnswerDraft): void {
      const key = keyOf(draft.reference, draft.id);
      const held = read(storage?.getItem(key) ?? null);
      if (held && held.draft.draft === draft.draft && held.draft.question === draft.question && held.draft.limit === draft.limit) storage?.removeItem(key);
    },
    forget(reference: string, id: string): void {
      storage?.removeItem(keyOf(reference, id));
    },
    /** What was typed for this vacancy and perhaps never saved, oldest first. */
    pending(reference: string): JournalEntry[] {
      if (!storage) return [];
      const entries: JournalEntry[] = [];
      for (let index = 0; index < storage.length; index += 1) {
        const key = storage.key(index);
        if (!key?.startsWith(`${PREFIX}${reference}\u0000`)) continue;
        const entry = read(storage.getItem(key));
        if (entry && entry.draft.reference === reference) entries.push(entry);
      }
      return entries.sort((a, b) => a.at.localeCompare(b.at));
    },
  };
}

/** A note is checked like a request: a stored value another version left is read or ignored. */
function read(raw: string | null): JournalEntry | null {
  if (raw === null) return null;
  try {
    const value = JSON.parse(raw) as { draft?: unknown; at?: unknown };
    const draft = AnswerDraftSchema.safeParse(value.draft);
    return draft.success && typeof value.at === 'string' ? { draft: draft.data, at: value.at } : null;
  } catch {
    return null;
  }
}
