// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchResultRows } from './results-rows';
import { readResultRows, type RawResultRow } from '../../utils/portal/results-page';

const SAVED = readFileSync('test/fixtures/portal/taleo-jobsearch-2023-rendered.html', 'utf8');
const LIST = 'table[id="requisitionListInterface.listRequisition"]';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

/** The watcher on the real results page, with its reads counted and its timer run by hand. */
function watch() {
  const doc = new DOMParser().parseFromString(SAVED, 'text/html');
  const timers: (() => void)[] = [];
  let reads = 0;
  const read = (page: Document) => {
    reads += 1;
    return readResultRows(page);
  };
  const chips: RawResultRow[][] = [];
  const extras: RawResultRow[][] = [];
  const watcher = watchResultRows(
    { doc, setTimeout: (callback) => timers.push(callback), MutationObserver, read },
    [async (rows) => void chips.push(rows), async (rows) => void extras.push(rows)],
  );
  stop = watcher.stop;
  const runTimers = () => timers.splice(0).forEach((callback) => callback());
  return { doc, timers, runTimers, reads: () => reads, chips, extras };
}

/** What Taleo does when paging or sorting: the list table replaced, then its rows put back one by one. */
function rerender(doc: Document) {
  const table = doc.querySelector(LIST)!;
  const clone = table.cloneNode(true) as Element;
  table.replaceWith(clone);
  const body = clone.querySelector('tbody')!;
  for (const row of Array.from(body.querySelectorAll('tr.ftlrow'))) body.append(row);
}

describe('one reading of the results rows for every feature', () => {
  it('a burst of mutations is read once, and both features get those same rows', async () => {
    const page = watch();
    rerender(page.doc);
    await vi.waitFor(() => expect(page.timers).toHaveLength(1));
    // 51 mutations (the table and 50 rows), one read scheduled.
    expect(page.reads()).toBe(0);
    page.runTimers();
    await vi.waitFor(() => expect(page.extras).toHaveLength(1));
    expect(page.reads()).toBe(1);
    expect(page.chips).toHaveLength(1);
    expect(page.extras[0]).toBe(page.chips[0]);
    expect(page.chips[0]?.map((row) => row.reference).slice(0, 2)).toEqual(['230611', '230592']);
    expect(page.chips[0]).toHaveLength(50);

    // The next burst is read again, once.
    rerender(page.doc);
    await vi.waitFor(() => expect(page.timers).toHaveLength(1));
    page.runTimers();
    await vi.waitFor(() => expect(page.extras).toHaveLength(2));
    expect(page.reads()).toBe(2);
    expect(page.chips).toHaveLength(2);
  });

  it('stopped, it reads no more', async () => {
    const page = watch();
    stop?.();
    rerender(page.doc);
    await new Promise((done) => setTimeout(done, 0));
    expect(page.timers).toHaveLength(0);
    expect(page.reads()).toBe(0);
  });
});
