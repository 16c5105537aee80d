/**
 * At most one extension tab opened per portal tab per interval. Opening is what a page's own
 * script would abuse (a tab per call, without end) if it ever got a request through: the in-page
 * controls act only on the user's trusted events, and this bound holds even if they did not. Kept
 * where the request lands (the background), per tab, in memory: a restarted worker forgets, which
 * costs at most one more tab.
 */
export const POPUP_OPEN_INTERVAL_MS = 5_000;

/** A page asked again too soon: nothing was opened. */
export class TooSoonError extends Error {
  override name = 'TooSoonError';
}

export function popupLimit(options: { now: () => Date; intervalMs?: number }) {
  const interval = options.intervalMs ?? POPUP_OPEN_INTERVAL_MS;
  const lastOpened = new Map<number, number>();
  return {
    /** Runs `open` for this tab unless it opened one less than the interval ago (then throws TooSoonError). */
    async open(tabId: number, open: () => Promise<void>): Promise<void> {
      const at = options.now().getTime();
      for (const [tab, time] of lastOpened) if (at - time >= interval) lastOpened.delete(tab);
      if (lastOpened.has(tabId)) throw new TooSoonError(`tab ${tabId} opened one less than ${interval} ms ago`);
      lastOpened.set(tabId, at);
      await open();
    },
  };
}
