// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shadowRootOf } from '../../components/shadow-host';
import { handleRequest } from '../../utils/background/handle-request';
import { VacancyDatabase, VacancyStore } from '../../utils/db-writer/vacancy-store';
import { resultsMemory } from '../../utils/results/results-memory';
import type { Request } from '../../utils/messages';
import { readResultRows } from '../../utils/portal/results-page';
import { NO_FILTER } from '../../utils/results/row-filter';
import { visitInBatches } from '../../utils/results/batches';
import { VISIT_GAP_MS } from '../../utils/results/visits';
import { startResultsChips } from './results-chips';
import { startResultsExtras } from './results-extras';
import { watchResultRows } from './results-rows';

const SAVED = readFileSync('test/fixtures/portal/taleo-jobsearch-2023-rendered.html', 'utf8');
const URL_EN = new URL('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en');
const ROWS = 3000;
const reference = (index: number) => String(300000 + index);

/** The saved real results page with its list made 3,000 rows long, each a copy of its first row's markup. */
function longPage(): Document {
  const doc = new DOMParser().parseFromString(SAVED, 'text/html');
  const rows = Array.from(doc.querySelectorAll<HTMLElement>('table[id="requisitionListInterface.listRequisition"] tr.ftlrow'));
  const template = rows[0]!;
  const body = template.parentElement!;
  rows.forEach((row) => row.remove());
  for (let index = 0; index < ROWS; index += 1) {
    const row = template.cloneNode(true) as HTMLElement;
    row.querySelector('[id^="requisitionListInterface.reqContestNumberValue.row"]')!.textContent = reference(index);
    body.append(row);
  }
  return doc;
}

function fakeStorage() {
  const data: Record<string, unknown> = {};
  return { get: async (key: string) => ({ [key]: structuredClone(data[key]) }), set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)) };
}

describe('a results page of 3,000 rows, through the real background handler', () => {
  it('tracked rows show tracked, rows published since are New, and the remembered filter applies', async () => {
    const doc = longPage();
    let now = new Date('2023-06-15T08:00:00Z');
    // Its own database, closed at the end: deleting one after this long a test outlasts the hook's timeout.
    const store = new VacancyStore(new VacancyDatabase(`long-results-${crypto.randomUUID()}`));
    const context = { store, openPopup: async () => undefined, results: resultsMemory(fakeStorage()), now: () => now };
    const send = (request: Request) => handleRequest(structuredClone(request), 'content-script', context);
    const all = readResultRows(doc);
    expect(all).toHaveLength(ROWS);

    // One request cannot carry the whole page: the background refuses it.
    expect(await send({ type: 'lookup', references: all.map((row) => row.reference) })).toMatchObject({ ok: false, code: 'rejected' });

    // Earlier: three rows tracked (top, middle, bottom), a visit that did not show rows 100 and
    // 2500 (published since), and the filter "hide the ones I track".
    const tracked = [5, 1700, 2990].map(reference);
    for (const shown of all.filter((row) => tracked.includes(row.reference))) {
      const { element: _element, ...row } = shown;
      expect(await send({ type: 'track-row', row, pageTimeZone: 'Europe/Amsterdam', listUrl: URL_EN.href })).toMatchObject({ ok: true });
    }
    const published = [reference(100), reference(2500)];
    const earlier = all.map((row) => row.reference).filter((ref) => !published.includes(ref));
    expect(await visitInBatches(send as never, '2', earlier)).toMatchObject({ ok: true, firstVisit: true });
    await send({ type: 'save-results-filter', filter: { ...NO_FILTER, hideTracked: true } });

    now = new Date(now.getTime() + VISIT_GAP_MS + 60_000);
    const chips = startResultsChips({ doc, url: URL_EN, locale: 'en', send: send as never, now: () => now });
    const extras = startResultsExtras({ doc, url: URL_EN, locale: 'en', send: send as never });
    const watch = watchResultRows({ doc, setTimeout, MutationObserver }, [chips.show, extras.show]);
    await watch.refresh();
    watch.stop();

    const rowOf = (host: Element) => host.closest('tr')?.querySelector('[id^="requisitionListInterface.reqContestNumberValue.row"]')?.textContent;
    const trackedChips = Array.from(doc.querySelectorAll('vacancy-companion-chip')).filter((host) => shadowRootOf(host)?.querySelector('.chip.tracked'));
    expect(trackedChips.map(rowOf)).toEqual(tracked);
    expect(Array.from(doc.querySelectorAll('vacancy-companion-new')).map(rowOf)).toEqual(published);
    const hidden = readResultRows(doc).filter((row) => row.element?.style.display === 'none');
    expect(hidden.map((row) => row.reference)).toEqual(tracked);
    chips.stop();
    extras.stop();
    store.db.close();
  }, 600_000); // happy-dom builds and reads 3,000 real rows slowly: about 15 s on a quiet machine.
});
