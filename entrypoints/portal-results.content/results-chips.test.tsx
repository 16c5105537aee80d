// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startResultsChips } from './results-chips';
import { shadowRootOf } from '../../components/shadow-host';
import { watchResultRows } from './results-rows';
import { toResultRow } from '../../utils/capture/result-row';
import type { RequestOf } from '../../utils/messages';

const SAVED = readFileSync('test/fixtures/portal/taleo-jobsearch-2023-rendered.html', 'utf8');
const URL_EN = new URL('https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en');
const NOW = new Date('2023-06-15T10:00:00Z');

function loadPortal(): Document {
  return new DOMParser().parseFromString(SAVED, 'text/html');
}

/** Each chip's text, and for a tracked one the details its tooltip shows on hover or focus. */
const chipText = (doc: Document) =>
  Array.from(doc.querySelectorAll('vacancy-companion-chip')).map((host) => {
    const root = shadowRootOf(host);
    const details = root?.querySelector('.details')?.textContent?.trim();
    return [root?.querySelector('.chip')?.textContent?.trim() ?? '', details].filter(Boolean).join(' | ');
  });

/** The background's answers; a tracked row is read as the background reads it. */
function fakeBackground(tracked: string[]) {
  return vi.fn(async (request: { type: string; references?: string[]; row?: RequestOf<'track-row'>['row']; pageTimeZone?: string | null; listUrl?: string }) => {
    if (request.type === 'lookup') {
      return {
        ok: true as const,
        items: (request.references ?? [])
          .filter((reference) => tracked.includes(reference))
          .map((reference) => ({ reference, title: 'T', status: 'drafting' as const, closesAt: '2023-06-22T21:59:00.000Z', completeness: 'notice' as const, followed: true })),
      };
    }
    if (request.type === 'track-row' && request.row && request.listUrl) {
      const row = toResultRow(request.row, request.pageTimeZone ?? null, new URL(request.listUrl));
      return { ok: true as const, created: true, record: { ...row, status: 'interested', completeness: 'row' } };
    }
    return { ok: true as const };
  });
}

let stop: (() => void) | undefined;
afterEach(() => stop?.());

/** The chips as the entry runs them: shown the rows by the page's one row watcher. */
function start(doc: Document, send: ReturnType<typeof fakeBackground>, locale: 'en' | 'fr' = 'en') {
  const chips = startResultsChips({ doc, url: URL_EN, locale, send: send as never, now: () => NOW, isUserEvent: () => true });
  const rows = watchResultRows({ doc, setTimeout, MutationObserver }, [chips.show]);
  stop = () => {
    rows.stop();
    chips.stop();
  };
  return rows;
}

describe('results page chips', () => {
  it('marks every row: tracked ones with status and time left, others with Track', async () => {
    const doc = loadPortal();
    const send = fakeBackground(['230611']);
    await start(doc, send, 'en').refresh();
    const texts = chipText(doc);
    expect(texts).toHaveLength(50);
    expect(texts[0]).toBe('✓ Following | Drafting · 7 d 11 h left');
    expect(texts.slice(1).every((text) => text === '+ Follow')).toBe(true);
    expect(send).toHaveBeenCalledWith({ type: 'lookup', references: expect.arrayContaining(['230611', '230592']) });
  });

  it('Track saves the row as a partial record and shows it tracked', async () => {
    const doc = loadPortal();
    const send = fakeBackground([]);
    await start(doc, send, 'fr').refresh();
    const second = shadowRootOf(doc.querySelectorAll('vacancy-companion-chip')[1]!)!.querySelector('button')!;
    expect(second.textContent).toBe('+ Suivre');
    second.click();
    await vi.waitFor(() => expect(chipText(doc)[1]).toBe('✓ Suivi | Intéressé · reste 3 j 11 h'));
    // The row goes as shown, with the page's zone (its tzname input names the IANA zone): the
    // background reads it.
    expect(send).toHaveBeenCalledWith({
      type: 'track-row',
      row: expect.objectContaining({ reference: '230592', deadlineText: '18-Jun-2023, 11:59:00 PM' }),
      pageTimeZone: 'Europe/Amsterdam',
      listUrl: URL_EN.href,
    });
  });

  it('a re-rendered list gets its chips back without asking twice for known rows', async () => {
    const doc = loadPortal();
    const send = fakeBackground([]);
    await start(doc, send, 'en').refresh();
    const table = doc.querySelector('table[id="requisitionListInterface.listRequisition"]')!;
    const clone = table.cloneNode(true) as Element;
    clone.querySelectorAll('vacancy-companion-chip').forEach((host) => host.remove());
    table.replaceWith(clone);
    await vi.waitFor(() => expect(chipText(doc)).toHaveLength(50), { timeout: 2000 });
    expect(doc.querySelectorAll('vacancy-companion-chip')).toHaveLength(50);
  });

  it('a list Taleo never filled: the rows read from the inline data are listed with their chips, until the list fills', async () => {
    const doc = loadPortal();
    const table = doc.querySelector('table[id="requisitionListInterface.listRequisition"]')!;
    const filled = Array.from(table.querySelectorAll('tr.ftlrow'));
    filled.forEach((row) => row.remove());
    const send = fakeBackground(['230611']);
    await start(doc, send, 'en').refresh();
    const panel = () => shadowRootOf(doc.querySelector('vacancy-companion-unlisted')!);
    await vi.waitFor(() => expect(panel()?.querySelector('li[data-reference="230611"] .details')?.textContent?.trim()).toBe('Drafting · 7 d 11 h left'));
    expect(panel()?.textContent).toContain('The portal has not shown its list yet.');
    expect(panel()?.querySelectorAll('li')).toHaveLength(50);
    expect(panel()?.querySelector('li[data-reference="230611"]')?.textContent).toContain('Intelligence Officer - Aerospace Systems (230611)');
    // Track from the panel saves the row as shown in the inline data.
    panel()!.querySelector<HTMLButtonElement>('li[data-reference="230592"] button')!.click();
    await vi.waitFor(() => expect(panel()?.querySelector('li[data-reference="230592"] .details')?.textContent?.trim()).toMatch(/^Interested/));
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ type: 'track-row', row: expect.objectContaining({ reference: '230592', deadlineText: '18-Jun-2023, 11:59:00 PM' }) }));
    // Taleo fills the list late: the chips go beside the rows, keeping what they said.
    filled.forEach((row) => table.querySelector('tbody')?.append(row));
    await vi.waitFor(() => expect(doc.querySelector('vacancy-companion-unlisted')).toBeNull(), { timeout: 2000 });
    await vi.waitFor(() => expect(chipText(doc)).toHaveLength(50), { timeout: 2000 });
    expect(chipText(doc).slice(0, 2)).toEqual(['✓ Following | Drafting · 7 d 11 h left', expect.stringMatching(/^✓ Following \| Interested/)]);
  });
});
