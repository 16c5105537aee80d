// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startResultsChips } from './results-chips';

const SAVED = readFileSync('test/fixtures/portal/taleo-jobsearch-2023-rendered.html', 'utf8');
const URL_EN = new URL('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en');
const NOW = new Date('2023-06-15T10:00:00Z');

function loadPortal(): Document {
  return new DOMParser().parseFromString(SAVED, 'text/html');
}

const chipText = (doc: Document) =>
  Array.from(doc.querySelectorAll('vacancy-companion-chip')).map((host) => host.shadowRoot?.querySelector('.chip')?.textContent?.trim() ?? '');

function fakeBackground(tracked: string[]) {
  return vi.fn(async (request: { type: string; references?: string[]; row?: { reference: string; title: string; closesAt: string | null } }) => {
    if (request.type === 'lookup') {
      return {
        ok: true as const,
        items: (request.references ?? [])
          .filter((reference) => tracked.includes(reference))
          .map((reference) => ({ reference, title: 'T', status: 'drafting' as const, closesAt: '2023-06-22T21:59:00.000Z', completeness: 'notice' as const })),
      };
    }
    if (request.type === 'track-row' && request.row) {
      return { ok: true as const, created: true, record: { ...request.row, status: 'interested', completeness: 'row' } };
    }
    return { ok: true as const };
  });
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

describe('results page chips', () => {
  it('marks every row: tracked ones with status and time left, others with Track', async () => {
    const doc = loadPortal();
    const send = fakeBackground(['230611']);
    const chips = startResultsChips({ doc, url: URL_EN, locale: 'en', send: send as never, now: () => NOW, setTimeout, MutationObserver });
    stop = chips.stop;
    await chips.refresh();
    const texts = chipText(doc);
    expect(texts).toHaveLength(50);
    expect(texts[0]).toBe('✓ Drafting · 7 d 11 h left');
    expect(texts.slice(1).every((text) => text === '+ Track')).toBe(true);
    expect(send).toHaveBeenCalledWith({ type: 'lookup', references: expect.arrayContaining(['230611', '230592']) });
  });

  it('Track saves the row as a partial record and shows it tracked', async () => {
    const doc = loadPortal();
    const send = fakeBackground([]);
    const chips = startResultsChips({ doc, url: URL_EN, locale: 'fr', send: send as never, now: () => NOW, setTimeout, MutationObserver });
    stop = chips.stop;
    await chips.refresh();
    const second = doc.querySelectorAll('vacancy-companion-chip')[1]!.shadowRoot!.querySelector('button')!;
    expect(second.textContent).toBe('+ Suivre');
    second.click();
    await vi.waitFor(() => expect(chipText(doc)[1]).toBe('✓ Intéressé · reste 3 j 11 h'));
    expect(send).toHaveBeenCalledWith({
      type: 'track-row',
      row: expect.objectContaining({
        reference: '230592',
        deadline: '2023-06-18',
        closesAt: '2023-06-18T21:59:00.000Z',
        sourceUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=230592&lang=en',
      }),
    });
  });

  it('a re-rendered list gets its chips back without asking twice for known rows', async () => {
    const doc = loadPortal();
    const send = fakeBackground([]);
    const chips = startResultsChips({ doc, url: URL_EN, locale: 'en', send: send as never, now: () => NOW, setTimeout, MutationObserver });
    stop = chips.stop;
    await chips.refresh();
    const table = doc.querySelector('table[id="requisitionListInterface.listRequisition"]')!;
    const clone = table.cloneNode(true) as Element;
    clone.querySelectorAll('vacancy-companion-chip').forEach((host) => host.remove());
    table.replaceWith(clone);
    await vi.waitFor(() => expect(chipText(doc)).toHaveLength(50), { timeout: 2000 });
    expect(doc.querySelectorAll('vacancy-companion-chip')).toHaveLength(50);
  });
});
