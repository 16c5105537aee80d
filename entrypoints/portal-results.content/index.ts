import { defineContentScript } from '#imports';
import { startResultsChips } from './results-chips';
import { startResultsExtras } from './results-extras';
import { watchResultRows } from './results-rows';
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
    const { locale } = await loadCataloguesFromBackground(pageLocale(url, document));
    const chips = startResultsChips({ doc: document, url, locale, send: sendRequest, now: () => new Date() });
    const extras = startResultsExtras({ doc: document, url, locale, send: sendRequest });
    // One observer and one read of the rows per change of the page, for both features.
    const rows = watchResultRows(
      { doc: document, setTimeout: (callback, ms) => ctx.setTimeout(callback, ms), MutationObserver },
      [chips.show, extras.show],
    );
    ctx.onInvalidated(() => {
      rows.stop();
      chips.stop();
      extras.stop();
    });
    void rows.refresh();
  },
});
