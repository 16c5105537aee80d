import { I18nProvider } from '../../components/i18n-context';
import { ResultChip, type ChipState } from './ResultChip';
import CHIP_CSS from './chip.css?inline';
import UNLISTED_CSS from './unlisted.css?inline';
import { mountInShadow, type ShadowMount, type UserEventTest } from '../../components/shadow-host';
import type { Locale } from '../../utils/i18n-core';
import type { Failure, RequestOf, ResponseFor } from '../../utils/messages';
import { pageTimeZoneFromDocument } from '../../utils/portal/page-text';
import type { RawResultRow } from '../../utils/portal/results-page';
import { lookupInBatches } from '../../utils/results/batches';
import { UnlistedRowsPanel } from './UnlistedRowsPanel';

type Send = <T extends 'lookup' | 'track-row' | 'follow' | 'open-popup'>(request: RequestOf<T>) => Promise<ResponseFor<T> | Failure>;

export interface ResultsChipsOptions {
  doc: Document;
  url: URL;
  locale: Locale;
  send: Send;
  now: () => Date;
  /** Whether an event is the user's (default: the browser's isTrusted); tests in happy-dom, which makes none, say yes. */
  isUserEvent?: UserEventTest;
}

interface Chip {
  /** Beside the row; null for a row read from the inline data only, shown in the panel. */
  mount: ShadowMount | null;
  row: RawResultRow;
  state: ChipState;
}

/**
 * Marks every results row: followed ones with status, time left and Unfollow, others with a
 * "Follow" button (it saves the row until the notice is read, and follows it). It is shown the rows each time the page changes (results-rows.ts); a row whose chip
 * vanished in a re-render gets a new one.
 */
export function startResultsChips(options: ResultsChipsOptions): { show: (rows: readonly RawResultRow[]) => Promise<void>; stop: () => void } {
  const { doc, url, locale, send, now, isUserEvent } = options;
  const chips = new Map<string, Chip>();
  /** The rows of a list Taleo has not filled (read from the inline data), with their chips. */
  let panel: ShadowMount | null = null;

  const drawPanel = () => {
    const rows = [...chips.values()].filter((chip) => chip.mount === null);
    if (rows.length === 0) return;
    if (!panel?.host.isConnected) {
      panel?.remove();
      const list = doc.querySelector('table[id="requisitionListInterface.listRequisition"]');
      panel = mountInShadow(doc, (host) => (list ? list.before(host) : doc.body.prepend(host)), UNLISTED_CSS, 'vacancy-companion-unlisted', isUserEvent);
    }
    panel.update(
      <I18nProvider locale={locale}>
        <UnlistedRowsPanel
          rows={rows.map((chip) => ({ reference: chip.row.reference, title: chip.row.title, state: chip.state }))}
          now={now()}
          onTrack={(reference) => void track(reference)}
          onUnfollow={(reference) => void unfollow(reference)}
          onOpen={(reference) => void send({ type: 'open-popup', route: `vacancy/${reference}` })}
        />
      </I18nProvider>,
    );
  };

  const draw = (reference: string) => {
    const chip = chips.get(reference);
    if (!chip) return;
    if (chip.mount === null) return drawPanel();
    chip.mount.update(
      <I18nProvider locale={locale}>
        <ResultChip
          state={chip.state}
          now={now()}
          onTrack={() => void track(reference)}
          onUnfollow={() => void unfollow(reference)}
          onOpen={() => void send({ type: 'open-popup', route: `vacancy/${reference}` })}
        />
      </I18nProvider>,
    );
  };

  const setState = (reference: string, state: ChipState) => {
    const chip = chips.get(reference);
    if (!chip) return;
    chip.state = state;
    draw(reference);
  };

  const track = async (reference: string) => {
    const chip = chips.get(reference);
    if (!chip) return;
    setState(reference, { kind: 'saving' });
    const { element: _element, ...row } = chip.row;
    const reply = await send({ type: 'track-row', row, pageTimeZone: pageTimeZoneFromDocument(doc), listUrl: url.href });
    if (!reply.ok) return setState(reference, { kind: 'failed', failure: reply });
    const record = reply.record;
    setState(reference, {
      kind: 'tracked',
      summary: { reference, title: record.title, status: record.status, closesAt: record.closesAt, completeness: record.completeness, followed: true },
    });
  };

  /** Unfollow: the record stays (seen), its reminders and badge count go; the chip offers Follow again. */
  const unfollow = async (reference: string) => {
    const chip = chips.get(reference);
    if (!chip) return;
    const before = chip.state;
    setState(reference, { kind: 'saving' });
    const reply = await send({ type: 'follow', reference, follow: false });
    setState(reference, reply.ok ? { kind: 'untracked' } : before.kind === 'tracked' ? { kind: 'failed', failure: reply } : before);
  };

  const show = async (rows: readonly RawResultRow[]) => {
    const fresh: string[] = [];
    if (rows.some((row) => row.element !== null)) {
      // The list is filled now: its rows get the chips, the panel goes.
      panel?.remove();
      panel = null;
    }
    for (const row of rows) {
      const existing = chips.get(row.reference);
      if (!row.element) {
        if (!existing) chips.set(row.reference, { mount: null, row, state: { kind: 'untracked' } });
        if (!existing) fresh.push(row.reference);
        continue;
      }
      if (existing?.mount?.host.isConnected) continue;
      existing?.mount?.remove();
      const anchor = row.element.querySelector('[id^="requisitionListInterface.reqTitleLinkAction.row"]');
      const place = anchor?.closest('h3') ?? anchor ?? row.element.querySelector('td:last-child') ?? row.element;
      const mount = mountInShadow(doc, (host) => place.after(host), CHIP_CSS, 'vacancy-companion-chip', isUserEvent);
      chips.set(row.reference, { mount, row, state: existing?.state ?? { kind: 'untracked' } });
      if (!existing) fresh.push(row.reference);
      else draw(row.reference);
    }
    if (fresh.length === 0) return;
    fresh.forEach(draw);
    // A page may list more rows than one lookup carries: asked in batches.
    const reply = await lookupInBatches(send, fresh);
    if (!reply.ok) return;
    // A notice only seen (opened, not followed) keeps its Follow button.
    for (const summary of reply.items) if (summary.followed) setState(summary.reference, { kind: 'tracked', summary });
  };

  return {
    show,
    stop: () => {
      for (const chip of chips.values()) chip.mount?.remove();
      panel?.remove();
      chips.clear();
    },
  };
}
