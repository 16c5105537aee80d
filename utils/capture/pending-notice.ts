/**
 * A notice selected on a page (the context menu) that prints no reference or no title: it waits
 * here while the popup's Add notice page asks the user for them. One slot, the latest selection;
 * kept in the browser's session storage so it survives the background worker being stopped.
 *
 * Taken in two steps: `peek` reads it (as often as asked: a retried request, a reloaded page, a
 * popup closed and opened again all see it), and `settle` clears it once the user saved it or
 * threw it away. Clearing on the read lost the selection whenever the reply was lost (a worker
 * stopped) or the popup closed before the user saved.
 */
import { oneAtATime } from '../one-at-a-time';

export interface PendingNotice {
  /** Which selection this is: `settle` clears only this one, never a newer selection. */
  id: string;
  text: string;
  /** The page the text was selected on (its `job=` prefills the reference), or null. */
  sourceUrl: string | null;
}

/** The slice of `browser.storage.session` (or `.local`) this needs. */
export interface PendingArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const KEY = 'pendingNotice';
/** A selection larger than any notice is not kept (the capture message has the same cap). */
const MAX_TEXT = 2_000_000;

function isPending(value: unknown): value is PendingNotice {
  if (typeof value !== 'object' || value === null) return false;
  const { id, text, sourceUrl } = value as Record<string, unknown>;
  return typeof id === 'string' && typeof text === 'string' && text.length <= MAX_TEXT && (sourceUrl === null || typeof sourceUrl === 'string');
}

export function pendingNotices(area: PendingArea, newId: () => string = () => crypto.randomUUID()) {
  const peek = async (): Promise<PendingNotice | null> => {
    const value = (await area.get(KEY))[KEY];
    return isPending(value) ? value : null;
  };
  // A selection put while an older one is being settled must not be the one cleared.
  const serial = oneAtATime();
  return {
    put: (notice: Omit<PendingNotice, 'id'>): Promise<void> =>
      serial(() => area.set({ [KEY]: { id: newId(), text: notice.text.slice(0, MAX_TEXT), sourceUrl: notice.sourceUrl } })),
    /** The waiting notice, left in place until settled. */
    peek,
    /** The notice `id` was saved or dismissed: cleared, unless a newer selection took the slot. */
    settle: (id: string): Promise<boolean> =>
      serial(async () => {
        if ((await peek())?.id !== id) return false;
        await area.remove(KEY);
        return true;
      }),
  };
}
export type PendingNotices = ReturnType<typeof pendingNotices>;
