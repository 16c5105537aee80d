import { I18nProvider } from '../../components/i18n-context';
import { mountInShadow, type ShadowMount, type UserEventTest } from '../../components/shadow-host';
import type { Locale } from '../../utils/i18n-core';
import { translator } from '../../utils/i18n-core';
import type { Failure, RequestOf, ResponseFor } from '../../utils/messages';
import { pageTimeZoneFromDocument } from '../../utils/portal/page-text';
import { careerSection, type RawResultRow } from '../../utils/portal/results-page';
import { lookupInBatches, visitInBatches } from '../../utils/results/batches';
import { choicesOf, NO_FILTER, rowMatches, type ResultsFilter } from '../../utils/results/row-filter';
import { ResultsFilterBar } from './ResultsFilterBar';
import FILTER_BAR_CSS from './filter-bar.css?inline';
import NEW_MARK_CSS from './new-mark.css?inline';

type Send = <T extends 'lookup' | 'track-row' | 'results-visit' | 'save-results-filter'>(request: RequestOf<T>) => Promise<ResponseFor<T> | Failure>;

export interface ResultsExtrasOptions {
  doc: Document;
  url: URL;
  locale: Locale;
  send: Send;
  /** Whether an event is the user's (default: the browser's isTrusted); tests in happy-dom, which makes none, say yes. */
  isUserEvent?: UserEventTest;
}

// Where the bar goes: above Taleo's list table (the same table results-page.ts reads rows from).
const LIST_TABLE = 'table[id="requisitionListInterface.listRequisition"]';
// Where a "New" mark goes: right after the row's title link.
const TITLE_LINK = '[id^="requisitionListInterface.reqTitleLinkAction.row"]';

/**
 * "New" marks and the compact filter on a results page. It is shown the rows each time the page
 * changes, the same rows the chips are shown (results-rows.ts); the background says which are new in this career section and
 * which the user tracks, and remembers the filter. Rows the filter leaves out are hidden, not
 * removed, and shown again when it is cleared. A tracked vacancy's row is handed to the
 * background too: a deadline moved since the capture is kept, with its history and alert.
 */
export function startResultsExtras(options: ResultsExtrasOptions): { show: (rows: readonly RawResultRow[]) => Promise<void>; stop: () => void } {
  const { doc, url, locale, send, isUserEvent } = options;
  const section = careerSection(url) ?? '';
  const reported = new Set<string>();
  const fresh = new Set<string>();
  const tracked = new Set<string>();
  const marks = new Map<string, ShadowMount>();
  let filter: ResultsFilter = NO_FILTER;
  let filterLoaded = false;
  let bar: ShadowMount | null = null;
  let rows: readonly RawResultRow[] = [];

  const visible = (row: RawResultRow) => rowMatches({ ...row, tracked: tracked.has(row.reference) }, filter);

  const apply = () => {
    let shown = 0;
    for (const row of rows) {
      if (!row.element) continue;
      const keep = visible(row);
      if (keep) shown += 1;
      row.element.style.display = keep ? '' : 'none';
    }
    bar?.update(
      <I18nProvider locale={locale}>
        <ResultsFilterBar
          filter={filter}
          bodies={choicesOf(rows.map((row) => row.organisation), locale)}
          locations={choicesOf(rows.map((row) => row.location), locale)}
          shown={shown}
          total={rows.length}
          newCount={rows.filter((row) => fresh.has(row.reference)).length}
          onChange={(next) => void change(next)}
        />
      </I18nProvider>,
    );
  };

  const change = async (next: ResultsFilter) => {
    filter = next;
    apply();
    await send({ type: 'save-results-filter', filter: next });
  };

  const mark = (row: RawResultRow) => {
    if (!row.element || !fresh.has(row.reference) || marks.get(row.reference)?.host.isConnected) return;
    marks.get(row.reference)?.remove();
    const link = row.element.querySelector(TITLE_LINK);
    if (!link) return;
    const t = translator(locale);
    const mount = mountInShadow(doc, (host) => link.after(host), NEW_MARK_CSS, 'vacancy-companion-new', isUserEvent);
    mount.update(<span class="new" title={t('resNewHint')}>{t('resNew')}</span>);
    marks.set(row.reference, mount);
  };

  const refreshTracked = async (references: readonly string[]) => {
    const pageTimeZone = pageTimeZoneFromDocument(doc);
    // The first row of a reference, as a search would find it.
    const byReference = new Map([...rows].reverse().map((row) => [row.reference, row]));
    for (const reference of references) {
      const shown = byReference.get(reference);
      if (!shown) continue;
      const { element: _element, ...row } = shown;
      await send({ type: 'track-row', row, pageTimeZone, listUrl: url.href });
    }
  };

  const show = async (shown: readonly RawResultRow[]) => {
    rows = shown.filter((row) => row.element !== null);
    const unreported = [...new Set(rows.map((row) => row.reference))].filter((reference) => !reported.has(reference));
    if (unreported.length > 0) {
      unreported.forEach((reference) => reported.add(reference));
      const [visit, lookup] = await Promise.all([
        // The whole page, in its order: which unseen rows are new depends on where the known ones
        // stand (utils/results/visits.ts).
        // A page may list more rows than one request carries: both are asked in batches.
        visitInBatches(send, section, rows.map((row) => row.reference)),
        lookupInBatches(send, unreported),
      ]);
      if (visit.ok) {
        visit.newReferences.forEach((reference) => fresh.add(reference));
        // The remembered filter applies once, when the page opens; later changes are the user's.
        if (!filterLoaded) filter = visit.filter;
        filterLoaded = true;
      }
      if (lookup.ok) {
        lookup.items.forEach((item) => tracked.add(item.reference));
        await refreshTracked(lookup.items.map((item) => item.reference));
      }
    }
    const table = doc.querySelector(LIST_TABLE);
    if (table && !bar?.host.isConnected) {
      bar?.remove();
      bar = mountInShadow(doc, (host) => table.before(host), FILTER_BAR_CSS, 'vacancy-companion-filter', isUserEvent);
    }
    rows.forEach(mark);
    apply();
  };

  return {
    show,
    stop: () => {
      for (const mount of marks.values()) mount.remove();
      bar?.remove();
      for (const row of rows) if (row.element) row.element.style.display = '';
    },
  };
}
