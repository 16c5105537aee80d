import { defineContentScript } from '#imports';
import { captureDetailPage } from './detail-flow';
import { loadCataloguesFromBackground, sendRequest } from '../../utils/messaging-client';
import { isDetailPage } from '../../utils/portal/detail-page';
import { pageLocale } from '../../utils/portal/page-language';
import { matchPatterns } from '../../utils/portal/urls';
import { systemTimeZone } from '../../utils/time/zones';

export default defineContentScript({
  matches: matchPatterns('detail'),
  runAt: 'document_idle',
  async main(ctx) {
    const url = new URL(location.href);
    if (!isDetailPage(url)) return;
    const pageLanguage = pageLocale(url, document);
    const { locale } = await loadCataloguesFromBackground(pageLanguage);
    // WXT notices an update or reload only when one of its timers fires: a beat each second lets
    // the panel say so at once (detail-flow.tsx). On invalidation the panel stays.
    ctx.setInterval(() => undefined, 1000);
    await captureDetailPage({
      doc: document,
      url,
      locale,
      pageLanguage,
      timeZone: systemTimeZone(),
      send: sendRequest,
      now: () => new Date(),
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      MutationObserver,
      onInvalidated: (callback) => void ctx.onInvalidated(callback),
    });
  },
});
