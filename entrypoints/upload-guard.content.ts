import { defineContentScript } from '#imports';
import { startUploadGuard } from '../components/upload-guard/start-upload-guard';
import { loadCataloguesFromBackground, sendRequest } from '../utils/messaging-client';
import { isApplyPage } from '../utils/portal/apply-page';

// Application pages (jobapply.ftl, application.jss, flow.jsf) live at several depths under
// /careersection/, so the match is broad and apply-page.ts decides at run time.
export default defineContentScript({
  matches: ['https://nato.taleo.net/careersection/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const url = new URL(location.href);
    if (!isApplyPage(url)) return;
    await loadCataloguesFromBackground();
    const guard = startUploadGuard({ doc: document, url, send: sendRequest, now: () => new Date(), MutationObserver });
    ctx.onInvalidated(guard.stop);
  },
});
