import { defineContentScript } from '#imports';
import { startResultsChips } from './results-chips';
import { startResultsExtras } from './results-extras';
import { loadCataloguesFromBackground, sendRequest } from '../../utils/messaging-client';
import { isResultsPage } from '../../utils/portal/results-page';
import { pageLocale } from '../../utils/portal/page-language';
import { matchPatterns } from '../../utils/portal/urls';

export default defineContentScript({
  matches: matchPatterns('results'),
  runAt: 'document_idle',
  async main(ctx) {
    const url = new URL(location.href);
    if (!isResultsPage(url)) return;
    const locale = pageLocale(url, document);
    await loadCataloguesFromBackground(locale);
    const chips = startResultsChips({
      doc: document,
      url,
      locale,
      send: sendRequest,
      now: () => new Date(),
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      MutationObserver,
    });
    ctx.onInvalidated(chips.stop);
    void chips.refresh();
    const extras = startResultsExtras({
      doc: document,
      url,
      locale: pageLocale(url, document),
      send: sendRequest,
      setTimeout: (callback, ms) => ctx.setTimeout(callback, ms),
      MutationObserver,
    });
    ctx.onInvalidated(extras.stop);
    void extras.refresh();
  },
});
