// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../utils/i18n';
import { readResultRows } from '../../utils/portal/results-page';
import { NO_FILTER, type ResultsFilter } from '../../utils/results/row-filter';
import { startResultsExtras } from './results-extras';
import { shadowRootOf } from '../../components/shadow-host';
import { watchResultRows } from './results-rows';

// The real rendered list: 50 rows; 230611 (NATO IS, Belgium-Brussels, G15-G17) first; DIANA ×5.
const SAVED = readFileSync('test/fixtures/portal/taleo-jobsearch-2023-rendered.html', 'utf8');
const URL_EN = new URL('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en');
const DIANA = 'Defence Innovation Accelerator for the North Atlantic (DIANA)';

function background(options: { newReferences?: string[]; tracked?: string[]; filter?: ResultsFilter } = {}) {
  return vi.fn(async (request: { type: string; references?: string[]; section?: string; filter?: ResultsFilter }) => {
    if (request.type === 'results-visit') {
      return { ok: true as const, newReferences: options.newReferences ?? [], firstVisit: false, filter: options.filter ?? NO_FILTER, knownAmong: true };
    }
    if (request.type === 'lookup') {
      const items = (request.references ?? []).filter((reference) => options.tracked?.includes(reference));
      return { ok: true as const, items: items.map((reference) => ({ reference, title: 'T', status: 'drafting' as const, closesAt: null, completeness: 'notice' as const })) };
    }
    return { ok: true as const, filter: request.filter };
  });
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function start(send: ReturnType<typeof background>, locale: 'en' | 'fr' = 'en') {
  const doc = new DOMParser().parseFromString(SAVED, 'text/html');
  const shown = startResultsExtras({ doc, url: URL_EN, locale, send: send as never, isUserEvent: () => true });
  // As the entry runs it: shown the rows by the page's one row watcher.
  const extras = watchResultRows({ doc, setTimeout, MutationObserver }, [shown.show]);
  stop = () => {
    extras.stop();
    shown.stop();
  };
  const bar = () => shadowRootOf(doc.querySelector('vacancy-companion-filter')!)!;
  const visibleRows = () => readResultRows(doc).filter((row) => row.element?.style.display !== 'none');
  return { doc, extras, bar, visibleRows };
}

describe('New rows and the filter on the real results page', () => {
  it('asks once per row which are new in career section 2, and marks those next to their title', async () => {
    const send = background({ newReferences: ['230592', '230557'] });
    const { doc, extras, bar } = start(send);
    await extras.refresh();
    // The whole page in its order: which unseen rows are new depends on where the known ones stand.
    expect(send).toHaveBeenCalledWith({ type: 'results-visit', section: '2', references: readResultRows(doc).map((row) => row.reference) });
    expect(send.mock.calls.find(([request]) => request.type === 'results-visit')?.[0].references?.slice(0, 3)).toEqual(['230611', '230592', '230617']);
    const marks = Array.from(doc.querySelectorAll('vacancy-companion-new'));
    expect(marks.map((host) => host.closest('tr')?.querySelector('[id^="requisitionListInterface.reqContestNumberValue.row"]')?.textContent?.trim()).sort()).toEqual(['230557', '230592']);
    expect(shadowRootOf(marks[0]!)?.querySelector('.new')?.textContent).toBe('New');
    expect(bar().querySelector('[role="status"]')?.textContent).toBe('Showing 50 of 50 on this page · 2 new since your last visit');
    await extras.refresh();
    expect(send.mock.calls.filter(([request]) => request.type === 'results-visit')).toHaveLength(1);
    expect(doc.querySelectorAll('vacancy-companion-new')).toHaveLength(2);
  });

  it('applies the remembered filter, hides tracked rows on request, saves each change, and clears', async () => {
    const send = background({ tracked: ['230611'], filter: { ...NO_FILTER, organisation: DIANA } });
    const { extras, bar, visibleRows } = start(send, 'fr');
    await extras.refresh();
    expect(visibleRows()).toHaveLength(5);
    expect(bar().querySelector('[role="status"]')?.textContent).toBe('5 sur 50 affichés sur cette page');

    // The tracked row goes to the background as shown, to refresh its deadline.
    expect(send).toHaveBeenCalledWith({
      type: 'track-row',
      row: expect.objectContaining({ reference: '230611', deadlineText: '22-Jun-2023, 11:59:00 PM' }),
      // The zone the page shows its times in, read from the page as the chips read it.
      pageTimeZone: expect.any(String),
      listUrl: URL_EN.href,
    });
    expect(send.mock.calls.filter(([request]) => request.type === 'track-row')).toHaveLength(1);
    const body = bar().querySelectorAll('select')[2] as HTMLSelectElement;
    expect(body.value).toBe(DIANA);
    body.value = '';
    body.dispatchEvent(new Event('change'));
    expect(visibleRows()).toHaveLength(50);
    const hide = bar().querySelector('input[type="checkbox"]') as HTMLInputElement;
    hide.click();
    expect(visibleRows()).toHaveLength(49);
    expect(send).toHaveBeenLastCalledWith({ type: 'save-results-filter', filter: { ...NO_FILTER, hideTracked: true } });

    (bar().querySelector('button') as HTMLButtonElement).click();
    expect(visibleRows()).toHaveLength(50);
    expect(send).toHaveBeenLastCalledWith({ type: 'save-results-filter', filter: NO_FILTER });
  });

  it('page text reaches the bar only as text', async () => {
    const send = background();
    const { extras, bar } = start(send);
    await extras.refresh();
    const options = Array.from(bar().querySelectorAll('select')[2]!.querySelectorAll('option')).map((option) => option.textContent);
    expect(options).toContain('HQ NAEW & C Force Geilenkirchen');
    expect(bar().querySelectorAll('script, img, iframe')).toHaveLength(0);
  });
});
