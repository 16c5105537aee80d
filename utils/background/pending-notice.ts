/**
 * A notice selected on a page (the context menu) that prints no reference or no title: it waits
 * here while the popup's Add notice page asks the user for them. One slot, the latest selection;
 * kept in the browser's session storage so it survives the background worker being stopped, and
 * taken (read and cleared) by the page that asks.
 */

export interface PendingNotice {
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
  const { text, sourceUrl } = value as Record<string, unknown>;
  return typeof text === 'string' && text.length <= MAX_TEXT && (sourceUrl === null || typeof sourceUrl === 'string');
}

export function pendingNotices(area: PendingArea) {
  return {
    async put(notice: PendingNotice): Promise<void> {
      await area.set({ [KEY]: { text: notice.text.slice(0, MAX_TEXT), sourceUrl: notice.sourceUrl } });
    },
    /** The waiting notice, once: a second call (a reload of the page) gets null. */
    async take(): Promise<PendingNotice | null> {
      const value = (await area.get(KEY))[KEY];
      await area.remove(KEY);
      return isPending(value) ? value : null;
    },
  };
}
export type PendingNotices = ReturnType<typeof pendingNotices>;
