// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { NOTICE_PAGES } from '../../test/fixtures/portal/notice-pages';
import { natoRawPage } from '../../test/fixtures/portal/nato-raw-page';
import { hydrateTaleoPage } from '../../test/fixtures/portal/taleo-fill';
import { captureDetailPage } from './detail-flow';
import { shadowRootOf } from '../../components/shadow-host';
import { parseDetailSnapshot } from '../../utils/capture/detail-capture';
import type { PageSnapshot } from '../../utils/portal/page-snapshot';
import { refusalLine } from '../../test/unit/english-reason';

const URL_251836 = new URL('https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en');
const panelText = (doc: Document) => shadowRootOf(doc.querySelector('vacancy-companion-panel')!)?.textContent ?? '';

/** A page whose Taleo script never ran: the server HTML, values only in the inline data. */
function rawPage(): Document {
  return new DOMParser().parseFromString(natoRawPage('251836', { tz: NOTICE_PAGES['251836']!.tz }), 'text/html');
}

/** Timers the test fires by hand, so nothing waits on the clock. */
function manualTimers() {
  const pending: { callback: () => void; ms: number }[] = [];
  return {
    setTimeout: (callback: () => void, ms: number) => pending.push({ callback, ms }),
    fire: (ms: number) => {
      for (const timer of pending.splice(0).filter((entry) => entry.ms === ms)) timer.callback();
    },
  };
}

function fakeBackground(reply: (page: { text: string }) => object = () => ({})) {
  return vi.fn(async (request: { type: string; page?: { text: string } }) => {
    if (request.type !== 'capture-page' || !request.page) return { ok: true as const };
    return { ok: true as const, created: true, changed: [], warnings: [], record: { reference: '251836', closesAt: '2026-01-04T22:59:00.000Z' }, ...reply(request.page) };
  });
}

const flowOptions = (doc: Document, send: ReturnType<typeof fakeBackground>, timers: ReturnType<typeof manualTimers>) => ({
  doc,
  url: URL_251836,
  locale: 'en' as const,
  timeZone: 'Europe/Brussels',
  send: send as never,
  now: () => new Date('2025-12-20T10:00:00Z'),
  setTimeout: timers.setTimeout,
  MutationObserver,
  fillTimeoutMs: 3000,
  lateFillTimeoutMs: 60_000,
});

describe('the detail page flow', () => {
  it('says "Reading this vacancy…" at once, before the page fills or anything is saved', async () => {
    const doc = rawPage();
    const timers = manualTimers();
    const send = fakeBackground();
    const done = captureDetailPage(flowOptions(doc, send, timers));
    await Promise.resolve();
    expect(panelText(doc)).toContain('Reading this vacancy…');
    expect(send).not.toHaveBeenCalled();
    timers.fire(3000);
    await done;
    expect(panelText(doc)).not.toContain('Reading this vacancy…');
  });

  it('French chosen in Settings on an English page: the panel speaks French, the notice is still read as English', async () => {
    const doc = rawPage();
    const timers = manualTimers();
    const send = fakeBackground();
    const done = captureDetailPage({ ...flowOptions(doc, send, timers), locale: 'fr', pageLanguage: 'en' });
    await Promise.resolve();
    expect(panelText(doc)).toContain('Lecture de cet avis de vacance…');
    timers.fire(3000);
    await done;
    expect(send.mock.calls[0]![0]).toMatchObject({ type: 'capture-page', headerLanguage: 'en' });
    expect(panelText(doc)).toContain('Enregistré');
  });

  it('a page whose script never runs is saved from its inline data, header fields included', async () => {
    const doc = rawPage();
    const timers = manualTimers();
    const send = fakeBackground();
    const done = captureDetailPage(flowOptions(doc, send, timers));
    timers.fire(3000);
    await done;
    expect(send).toHaveBeenCalledTimes(1);
    const text = (send.mock.calls[0]![0] as { page: { text: string } }).page.text;
    for (const line of ['Officer, Defence Policy (251836)', 'Grade: NATO Grade G20', 'Salary (Pay Basis): : 9,253.21Euro (EUR) Monthly', 'Clearance Level: NS', 'Primary Location: Belgium-Brussels', 'Application Deadline: 4-Jan-2026, 11:59:00 PM']) {
      expect(text).toContain(line);
    }
  });

  it('a page that fills after the fallback is read again and updates the record', async () => {
    const doc = rawPage();
    const timers = manualTimers();
    // The fill brings a corrected deadline (what a late-filling page may show that its data did not).
    const send = fakeBackground((page) => ({ changed: page.text.includes('11-Jan-2026') ? ['deadline'] : [], created: !page.text.includes('11-Jan-2026') }));
    const done = captureDetailPage(flowOptions(doc, send, timers));
    timers.fire(3000);
    const { lateFill } = await done;
    expect(lateFill).toBeDefined();
    for (const script of Array.from(doc.querySelectorAll('script'))) {
      if (script.textContent?.includes('descRequisition')) script.textContent = script.textContent.replace(/4-Jan-2026, 11:59:00 PM/g, '11-Jan-2026, 11:59:00 PM');
    }
    hydrateTaleoPage(doc);
    await lateFill;
    expect(send).toHaveBeenCalledTimes(2);
    expect((send.mock.calls[1]![0] as { page: { text: string } }).page.text).toContain('Application Deadline: 11-Jan-2026, 11:59:00 PM');
    expect(panelText(doc)).toContain('Updated');
  });

  describe('a page not filled yet that carries no inline data (its data comes with the fill)', () => {
    /** The raw page without its data: its inline copies (the fillList script, initialHistory) set aside for the fill. */
    function pageWithoutData() {
      const doc = rawPage();
      const data = Array.from(doc.querySelectorAll('script')).filter((script) => script.textContent?.includes('descRequisition'));
      const history = ['initialHistory', 'initialHistoryOld'].flatMap((id) => doc.getElementById(id) ?? []);
      for (const element of [...data, ...history]) element.remove();
      const fill = () => {
        doc.body.append(...data, ...history);
        hydrateTaleoPage(doc);
      };
      return { doc, fill };
    }

    /** The background's own reading of the snapshot: an empty frame is not a notice, a filled page is saved. */
    const readingBackground = () =>
      vi.fn(async (request: { type: string; page?: PageSnapshot }) => {
        if (request.type !== 'capture-page' || !request.page) return { ok: true as const };
        const reading = parseDetailSnapshot(request.page);
        if (!reading.ok) return { ok: false as const, code: 'not-a-notice', detail: refusalLine(reading.reason) };
        return { ok: true as const, created: true, changed: [], warnings: reading.warnings, record: { ...reading.record, closesAt: '2026-01-04T22:59:00.000Z' } };
      });

    it('keeps saying it is reading past the fill timeout, sends nothing, and says "Saved" once the page fills', async () => {
      const { doc, fill } = pageWithoutData();
      const timers = manualTimers();
      const send = readingBackground();
      const done = captureDetailPage(flowOptions(doc, send as never, timers));
      timers.fire(3000);
      const { lateFill } = await done;
      // The portal's empty frame is no notice to save: still waiting, no "could not".
      expect(panelText(doc)).toContain('Reading this vacancy…');
      expect(panelText(doc)).not.toContain('Could not save');
      expect(send).not.toHaveBeenCalled();
      fill();
      await lateFill;
      expect(send).toHaveBeenCalledTimes(1);
      expect((send.mock.calls[0]![0] as { page: PageSnapshot }).page.text).toContain('Officer, Defence Policy (251836)');
      expect(panelText(doc)).toContain('Saved');
      expect(panelText(doc)).not.toContain('Could not save');
    });

    it('says it could not be read only when the wait for the fill gives up, and saves nothing', async () => {
      const { doc } = pageWithoutData();
      const timers = manualTimers();
      const send = readingBackground();
      const done = captureDetailPage(flowOptions(doc, send as never, timers));
      timers.fire(3000);
      const { lateFill } = await done;
      expect(panelText(doc)).toContain('Reading this vacancy…');
      timers.fire(60_000);
      await lateFill;
      expect(panelText(doc)).toContain('Could not save this vacancy: This page could not be read as a vacancy notice.');
      expect(panelText(doc)).not.toContain('Reading this vacancy…');
      expect(send).not.toHaveBeenCalled();
    });
  });

  it('a failure is worded for the user, never the validator\'s text', async () => {
    const doc = rawPage();
    const timers = manualTimers();
    const send = vi.fn(async () => ({ ok: false as const, code: 'rejected', detail: '✖ Too big: expected string to have <=2000000 characters → at page.text' }));
    const done = captureDetailPage(flowOptions(doc, send as never, timers));
    timers.fire(3000);
    await done;
    expect(panelText(doc)).toContain('Could not save this vacancy: The extension refused a malformed request; nothing was changed.');
    expect(panelText(doc)).not.toContain('Too big');
  });

  describe('the extension updated or reloaded while the page waits to be read', () => {
    /** What WXT's ctx does on invalidation, by hand. */
    function invalidation() {
      const callbacks: (() => void)[] = [];
      return { onInvalidated: (callback: () => void) => void callbacks.push(callback), invalidate: () => callbacks.forEach((callback) => callback()) };
    }

    it.each([
      ['en', 'Vacancy Companion was updated — reload this page to save it.'],
      ['fr', 'Vacancy Companion a été mis à jour — rechargez cette page pour l’enregistrer.'],
    ] as const)('before the fill (%s): the panel stays, says so, and nothing is sent', async (locale, expected) => {
      const doc = rawPage();
      const timers = manualTimers();
      const send = fakeBackground();
      const ctx = invalidation();
      const done = captureDetailPage({ ...flowOptions(doc, send, timers), locale, onInvalidated: ctx.onInvalidated });
      await Promise.resolve();
      ctx.invalidate();
      timers.fire(3000);
      await done;
      expect(doc.querySelector('vacancy-companion-panel')).not.toBeNull();
      expect(panelText(doc)).toContain(expected);
      expect(send).not.toHaveBeenCalled();
    });

    it('saved from the inline data, then orphaned before the late fill: says so, and the fill is not sent', async () => {
      const doc = rawPage();
      const timers = manualTimers();
      const send = fakeBackground();
      const ctx = invalidation();
      const done = captureDetailPage({ ...flowOptions(doc, send, timers), onInvalidated: ctx.onInvalidated });
      timers.fire(3000);
      const { lateFill } = await done;
      expect(panelText(doc)).toContain('Saved');
      ctx.invalidate();
      hydrateTaleoPage(doc);
      await lateFill;
      expect(send).toHaveBeenCalledTimes(1);
      expect(panelText(doc)).toContain('Vacancy Companion was updated — reload this page to save it.');
    });

    it('the request met an orphaned script (the messaging client\'s reload-page): worded the same, not as a failure', async () => {
      const doc = rawPage();
      const timers = manualTimers();
      const send = vi.fn(async () => ({ ok: false as const, code: 'reload-page' }));
      const done = captureDetailPage(flowOptions(doc, send as never, timers));
      timers.fire(3000);
      await done;
      expect(panelText(doc)).toContain('Vacancy Companion was updated — reload this page to save it.');
      expect(panelText(doc)).not.toContain('Could not save');
    });

    it('Firefox runs the new version in the open tab: its panel replaces the old one, frozen mid-wait', async () => {
      const doc = rawPage();
      const timers = manualTimers();
      const ctx = invalidation();
      const old = captureDetailPage({ ...flowOptions(doc, fakeBackground(), timers), onInvalidated: ctx.onInvalidated });
      timers.fire(3000);
      await old;
      const oldPanel = doc.querySelector('vacancy-companion-panel');
      const send = fakeBackground();
      const fresh = captureDetailPage(flowOptions(doc, send, timers));
      timers.fire(3000);
      await fresh;
      expect(doc.querySelectorAll('vacancy-companion-panel')).toHaveLength(1);
      expect(doc.querySelector('vacancy-companion-panel')).not.toBe(oldPanel);
      expect(panelText(doc)).toContain('Saved');
      expect(send).toHaveBeenCalledTimes(1);
    });

    it('a capture already done stays shown as it was', async () => {
      const doc = rawPage();
      hydrateTaleoPage(doc);
      const timers = manualTimers();
      const send = fakeBackground();
      const ctx = invalidation();
      await captureDetailPage({ ...flowOptions(doc, send, timers), onInvalidated: ctx.onInvalidated });
      ctx.invalidate();
      expect(panelText(doc)).toContain('Saved');
      expect(panelText(doc)).not.toContain('reload this page');
    });
  });
});
