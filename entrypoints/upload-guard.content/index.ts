import { defineContentScript } from '#imports';
import { startUploadGuard } from './start-upload-guard';
import { loadCataloguesFromBackground, sendRequest } from '../../utils/messaging-client';
import { isApplyPage } from '../../utils/portal/apply-page';
import { pageLocale } from '../../utils/portal/page-language';
import { matchPatterns } from '../../utils/portal/urls';
import { ESSAY_CHECK_TIME_LIMIT_MS, analyzeOffThread } from '../../utils/essay/analyze-off-thread';
// Inline: a content script may not start a worker from the extension's own URL (the page's
// origin is the portal's), but it may from a blob of the bundled code.
import EssayWorker from '../../utils/essay/essay-worker?worker&inline';

// Application pages (jobapply.ftl, application.jss, flow.jsf) live at two depths under
// /careersection/; matching only those keeps the script off every other portal page (each
// injected script delays the page's load event). apply-page.ts still decides at run time.
export default defineContentScript({
  matches: matchPatterns('apply'),
  runAt: 'document_idle',
  async main(ctx) {
    const url = new URL(location.href);
    if (!isApplyPage(url)) return;
    const { locale } = await loadCataloguesFromBackground(pageLocale(url, document));
    const analyze = (bytes: Uint8Array) =>
      analyzeOffThread(bytes, { startWorker: () => new EssayWorker(), timeLimitMs: ESSAY_CHECK_TIME_LIMIT_MS, setTimeout, clearTimeout });
    const guard = startUploadGuard({ doc: document, url, locale, send: sendRequest, now: () => new Date(), MutationObserver, analyze });
    ctx.onInvalidated(guard.stop);
  },
});
