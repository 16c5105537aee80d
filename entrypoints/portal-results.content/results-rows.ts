import { readResultRows, type RawResultRow } from '../../utils/portal/results-page';

export interface RowWatchOptions {
  doc: Document;
  /** The content script context's timer and observer, so both die with the script. */
  setTimeout: (callback: () => void, ms: number) => unknown;
  MutationObserver: typeof MutationObserver;
  /** How rows are read: utils/portal/results-page.ts (a test counts the reads). */
  read?: (doc: Document) => RawResultRow[];
}

/** A feature of the results page that works on the rows as read (chips, New marks and filter). */
export type RowConsumer = (rows: RawResultRow[]) => Promise<void>;

/** Taleo re-renders the list in bursts (paging, sorting): one read per burst, not per node. */
export const ROW_READ_DELAY_MS = 150;

/**
 * The results page's rows, read once per change of the page and handed to every feature. Taleo
 * re-renders rows when paging or sorting, so rows are found by observing, not by querying
 * once. One observer and one read serve all the features: each reading the rows itself did
 * the same work again on every mutation.
 */
export function watchResultRows(options: RowWatchOptions, consumers: readonly RowConsumer[]): { refresh: () => Promise<void>; stop: () => void } {
  const { doc, read = readResultRows } = options;
  let pending = false;

  const refresh = async () => {
    // Rows read from the page's inline data while Taleo has not filled the list have no element:
    // the chips list them in a panel, the New marks and the filter wait for the filled rows.
    const rows = read(doc);
    await Promise.all(consumers.map((consume) => consume(rows)));
  };

  const observer = new options.MutationObserver(() => {
    if (pending) return;
    pending = true;
    options.setTimeout(() => {
      pending = false;
      void refresh();
    }, ROW_READ_DELAY_MS);
  });
  observer.observe(doc.body, { childList: true, subtree: true });

  return { refresh, stop: () => observer.disconnect() };
}
