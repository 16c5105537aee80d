import { CapturePanel, type CaptureState } from './CapturePanel';
import PANEL_CSS from './panel.css?inline';
import { I18nProvider } from '../../components/i18n-context';
import { mountInShadow, type UserEventTest } from '../../components/shadow-host';
import type { Locale } from '../../utils/i18n-core';
import type { Failure, RequestOf, ResponseFor } from '../../utils/messages';
import { awaitsFill, detailPageKind, referenceFromUrl, waitUntilFilled } from '../../utils/portal/detail-page';
import { hasInlineData, snapshotDetailPage } from '../../utils/portal/page-snapshot';

type Send = <T extends 'capture-page' | 'mark-withdrawn' | 'follow' | 'open-popup'>(request: RequestOf<T>) => Promise<ResponseFor<T> | Failure>;

export interface DetailFlowOptions {
  doc: Document;
  url: URL;
  /** The language the panel speaks (chosen in Settings, else the page's). */
  locale: Locale;
  /** The page's own language, which the notice's header is read in; `locale` when not given. */
  pageLanguage?: Locale;
  timeZone: string;
  send: Send;
  now: () => Date;
  setTimeout: (callback: () => void, ms: number) => unknown;
  MutationObserver: typeof MutationObserver;
  /** Whether an event is the user's (default: the browser's isTrusted); tests in happy-dom, which makes none, say yes. */
  isUserEvent?: UserEventTest;
  /**
   * Calls back when this script is orphaned: the extension was updated or reloaded, so nothing
   * this page asks can reach it any more (WXT's ctx.onInvalidated).
   */
  onInvalidated?: (callback: () => void) => void;
  /** How long Taleo may take to fill the page before we read what is there (its inline data). */
  fillTimeoutMs?: number;
  /** How long after that a late fill still updates the record. */
  lateFillTimeoutMs?: number;
}

/**
 * The detail page's capture: say "Reading…" at once, wait a little for Taleo to fill the page,
 * read it (its inline data when it is not filled), save it through the background, and tell
 * the user what happened and what could not be read; a page that fills later is read again.
 */
export async function captureDetailPage(
  options: DetailFlowOptions,
): Promise<{ state: CaptureState; remove: () => void; lateFill?: Promise<void> }> {
  const { doc, url, send } = options;
  let state: CaptureState = { kind: 'reading' };
  /** The page was read and saved whole: nothing is left to send. */
  let done = false;
  let orphaned = false;
  // Firefox runs an updated or reloaded extension's scripts in the tabs already open, beside the
  // old version's panel (its script gone, its text frozen): this version's panel replaces it.
  for (const earlier of doc.querySelectorAll('vacancy-companion-panel')) earlier.remove();
  const panel = mountInShadow(doc, (host) => doc.body.append(host), PANEL_CSS, 'vacancy-companion-panel', options.isUserEvent);
  const draw = () =>
    panel.update(
      <I18nProvider locale={options.locale}>
        <CapturePanel
          state={state}
          now={options.now()}
          timeZone={options.timeZone}
          onDismiss={panel.remove}
          onFollow={(follow) => void setFollowed(follow)}
          onOpen={(reference) => void send({ type: 'open-popup', route: reference ? `vacancy/${reference}` : '' })}
        />
      </I18nProvider>,
    );
  const show = (next: CaptureState) => {
    state = next;
    draw();
  };
  /** Follow or Unfollow from the panel: the saved state shows the answer; a refusal says why. */
  const setFollowed = async (follow: boolean) => {
    if (state.kind !== 'saved') return;
    const reply = await send({ type: 'follow', reference: state.record.reference, follow });
    if (state.kind !== 'saved') return;
    show(reply.ok ? { ...state, record: reply.record } : { kind: 'failed', failure: reply, warnings: state.warnings });
  };
  // Orphaned while the page still waits to be read (or read again once the portal fills it): the
  // panel stays and says so, and nothing more is sent, so no capture is ever half done. A reload
  // runs the new version's script, which reads the page whole. A capture already done stays shown.
  options.onInvalidated?.(() => {
    orphaned = true;
    if (!done && panel.host.isConnected) show({ kind: 'orphaned' });
  });

  const reference = referenceFromUrl(url);
  if (detailPageKind(doc) === 'unavailable') {
    if (!reference) {
      panel.remove();
      return { state, remove: panel.remove };
    }
    const reply = await send({ type: 'mark-withdrawn', reference });
    // Nothing to say about a job the user never tracked.
    if (reply.ok && !reply.tracked) panel.remove();
    else show(reply.ok ? { kind: 'withdrawn', reference, tracked: reply.tracked } : { kind: 'failed', failure: reply, warnings: [] });
    return { state, remove: panel.remove };
  }

  // Say at once that the page is being read: Taleo may take seconds to fill it, or never.
  draw();
  const wait = (timeoutMs: number) =>
    waitUntilFilled(doc, { timeoutMs, setTimeout: options.setTimeout, MutationObserver: options.MutationObserver });
  let sent: string | null = null;
  const capture = async () => {
    if (orphaned) return;
    const page = snapshotDetailPage(doc, url);
    // A page that filled after the first read updates the record only when it reads differently.
    if (page.text === sent) return;
    sent = page.text;
    const reply = await send({ type: 'capture-page', page, headerLanguage: options.pageLanguage ?? options.locale });
    // The extension went away while it was asked: say how to save it, not a bare failure.
    if (orphaned || (!reply.ok && reply.code === 'reload-page')) {
      orphaned = true;
      return show({ kind: 'orphaned' });
    }
    show(
      reply.ok
        ? { kind: 'saved', record: reply.record, created: reply.created, changed: reply.changed, warnings: reply.warnings, appliedBefore: reply.appliedBefore ?? [] }
        : { kind: 'failed', failure: reply, warnings: [] },
    );
  };
  const filled = await wait(options.fillTimeoutMs ?? 3000);
  // Not filled and no inline data: the page shows only the portal's empty frame, nothing to read
  // yet. Keep saying "Reading…"; it could not be read only once the wait for the fill gives up.
  const nothingYet = !filled && awaitsFill(doc) && !hasInlineData(doc, url);
  // Not filled yet: read what the page carries (its inline data) now, and again once it fills.
  if (!nothingYet) await capture();
  if (!filled && !orphaned) {
    const lateFill = wait(options.lateFillTimeoutMs ?? 60_000).then(async (late) => {
      if (late) await capture();
      else if (nothingYet && !orphaned) show({ kind: 'failed', failure: { ok: false, code: 'not-a-notice' }, warnings: [] });
      done = !orphaned;
    });
    return { state, remove: panel.remove, lateFill };
  }
  done = !orphaned;
  return { state, remove: panel.remove };
}
