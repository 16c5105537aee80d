import { describe, expect, it, vi } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { handleRequest } from './handle-request';
import { POPUP_OPEN_INTERVAL_MS, popupLimit } from './popup-limit';

describe('opening the extension from a portal page', () => {
  it('one tab opens at most one extension tab per interval; other tabs and later asks are not held back', async () => {
    let now = new Date('2026-01-05T08:00:00Z');
    const opened = vi.fn(async (_route: string | undefined) => undefined);
    const limit = popupLimit({ now: () => now });
    // As the background wires it for a content script in tab `tab` (start-background.ts).
    const ask = (tab: number) =>
      handleRequest({ type: 'open-popup', route: 'vacancy/251836' }, 'content-script', {
        store: freshStore(),
        openPopup: (route) => limit.open(tab, () => opened(route)),
      });

    expect(await ask(7)).toEqual({ ok: true });
    // A page script calling again and again: nothing more opens, and the answer says why.
    for (let burst = 0; burst < 20; burst += 1) expect(await ask(7)).toEqual({ ok: false, code: 'too-soon' });
    expect(await ask(8)).toEqual({ ok: true });
    expect(opened).toHaveBeenCalledTimes(2);

    now = new Date(now.getTime() + POPUP_OPEN_INTERVAL_MS - 1);
    expect(await ask(7)).toEqual({ ok: false, code: 'too-soon' });
    now = new Date(now.getTime() + 1);
    expect(await ask(7)).toEqual({ ok: true });
    expect(opened).toHaveBeenCalledTimes(3);
    expect(opened).toHaveBeenCalledWith('vacancy/251836');
  });
});
