import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { I18nProvider, useI18n } from '../../components/i18n-context';
import { useObservable, type Subscribable } from '../../components/use-observable';
import { parseRoute, routeHash, type Route } from './route';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { watchDeadlinePage, watchSeen, watchVacancy, type DeadlinePage } from '../../utils/popup-client/vacancy-queries';
import type { Settings } from '../../utils/settings/settings';
import type { MessageKey } from '../../utils/i18n-core';
import { localeFromLanguageTag } from '../../utils/i18n-core';
import { DeadlinesView } from '../../components/deadlines/DeadlinesView';
import { UndoRemoval } from '../../components/deadlines/UndoRemoval';
import { returnFocusToRow } from '../../components/deadlines/return-focus';
import { isFollowed } from '../../utils/record/follow-rule';
import { lazyView } from './lazy-view';
// The deadline list shows it too, so it is in the first render anyway: a lazy copy would split nothing.
import { DatabaseError } from '../../components/database-error';
import type { PendingHandover } from '../../components/add-notice/AddNoticeView';

// The detail view is a second step: the first render carries only the deadline list.
const SeenList = lazyView(() => import('../../components/deadlines/SeenList').then((module) => module.SeenList));
const VacancyDetailView = lazyView(() => import('../../components/deadlines/VacancyDetailView').then((module) => module.VacancyDetailView));
const CompareView = lazyView(() => import('../../components/compare/CompareView').then((module) => module.CompareView));
const EssayCheckView = lazyView(() => import('../../components/essay/EssayCheckView').then((module) => module.EssayCheckView));
const AddNoticeView = lazyView(() => import('../../components/add-notice/AddNoticeView').then((module) => module.AddNoticeView));
const SettingsView = lazyView(() => import('../../components/settings/SettingsView').then((module) => module.SettingsView));

export interface PopupAppProps {
  store: PopupStore;
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => Promise<Settings>;
  /** The browser's UI language, used when settings say 'auto'. */
  browserLanguage: string;
  /** Injected clock so tests and screenshots are deterministic. */
  now?: () => Date;
  initialHash?: string;
  /** The deadline list's first page, read while the popup was starting, so the first render has it. */
  initialPage?: DeadlinePage;
  /**
   * Reopens the popup in a tab. Firefox closes a toolbar popup when a file picker opens, so
   * choosing an essay or a backup file needs the tab there. Absent when already in a tab.
   */
  onOpenInTab?: () => void;
  /**
   * The selected notice that waits for its reference (the context menu opened `#/add/pending`).
   * Add notice shows it whenever it opens, until it is saved or discarded.
   */
  pendingNotice?: PendingHandover;
}

export const FIRST_RENDER_MARK = 'vacancy-companion:first-render';

/** The benchmark's "time to first render": the first paint with the tracked vacancies in it. */
function markFirstRender() {
  if (performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) performance.mark(FIRST_RENDER_MARK);
}

const TABS: { view: Route['view']; label: MessageKey }[] = [
  { view: 'deadlines', label: 'tabDeadlines' },
  { view: 'compare', label: 'tabCompare' },
  { view: 'essay', label: 'tabEssay' },
  { view: 'add', label: 'tabAdd' },
  { view: 'settings', label: 'tabSettings' },
];

export function PopupApp(props: PopupAppProps) {
  const locale = props.settings.locale === 'auto' ? localeFromLanguageTag(props.browserLanguage) : props.settings.locale;
  return (
    <I18nProvider locale={locale}>
      <PopupShell {...props} />
    </I18nProvider>
  );
}

function PopupShell({ store, settings, onSettingsChange, now = () => new Date(), initialHash, initialPage, onOpenInTab, pendingNotice }: PopupAppProps) {
  const { t, locale } = useI18n();
  const [route, setRoute] = useState<Route>(() => parseRoute(initialHash ?? location.hash));
  const [clock, setClock] = useState(now);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    // Countdowns tick while the popup is open.
    const timer = setInterval(() => setClock(now()), 30_000);
    return () => {
      removeEventListener('hashchange', onHash);
      clearInterval(timer);
    };
  }, [now]);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  // The row to give focus back to after Back from a vacancy (seen: it is in the folded list).
  const [returnTo, setReturnTo] = useState<{ reference: string; seen: boolean } | null>(null);
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    if (route.view !== 'deadlines' || returnTo === null || !main.current) return;
    return returnFocusToRow(main.current, returnTo.reference);
  }, [route.view, returnTo]);

  const go = (next: Route, back: typeof returnTo = null) => {
    setReturnTo(back);
    setRoute(next);
    history.replaceState(null, '', routeHash(next));
  };
  const activeTab = route.view === 'vacancy' ? 'deadlines' : route.view;
  // Each view reads what it shows: the list a page, the detail one record; the comparison and
  // the essay check, which work across every vacancy, read them all when opened.
  const allRecords = (view: (records: StoredVacancy[]) => ComponentChildren) => (
    <Live<StoredVacancy[]> watch={() => store.watchAll()} deps={[store]}>{view}</Live>
  );

  return (
    <div class="popup">
      <nav class="tabs" aria-label={t('extName')}>
        {TABS.map((tab) => (
          <button
            key={tab.view}
            type="button"
            class={tab.view === activeTab ? 'tab active' : 'tab'}
            aria-current={tab.view === activeTab ? 'page' : undefined}
            onClick={() => go({ view: tab.view } as Route)}
          >
            {t(tab.label)}
          </button>
        ))}
        {onOpenInTab && (
          <button type="button" class="tab open-in-tab" onClick={onOpenInTab} title={t('openInTabHint')}>
            ↗ <span class="visually-hidden">{t('openInTab')}</span>
          </button>
        )}
      </nav>
      <main class="view" ref={main}>
        <UndoRemoval store={store} />
        {route.view === 'deadlines' ? (
          <DeadlinesView
            watchPage={(request) => watchDeadlinePage(store, request)}
            loadAll={() => store.all()}
            store={store}
            initialPage={initialPage}
            now={clock}
            settings={settings}
            onOpen={(reference) => go({ view: 'vacancy', reference })}
            onShown={markFirstRender}
            seen={<SeenList watchSeen={(withRows) => watchSeen(store, withRows)} store={store} now={clock} onOpen={(reference) => go({ view: 'vacancy', reference })} initiallyOpen={returnTo?.seen} />}
          />
        ) : route.view === 'vacancy' ? (
          <Live<StoredVacancy | null> watch={() => found<StoredVacancy>(watchVacancy(store, route.reference))} deps={[store, route.reference]}>
            {(record) => (
              <VacancyDetailView
                key={route.reference}
                reference={route.reference}
                records={record ? [record] : []}
                store={store}
                now={clock}
                onBack={() => go({ view: 'deadlines' }, { reference: route.reference, seen: record !== null && !isFollowed(record) })}
                onCheckEssay={(reference) => go({ view: 'essay', reference })}
                profile={settings.profile}
              />
            )}
          </Live>
        ) : route.view === 'compare' ? (
          allRecords((records) => <CompareView records={records} now={clock} settings={settings} onSettingsChange={onSettingsChange} />)
        ) : route.view === 'essay' ? (
          allRecords((records) => <EssayCheckView records={records} now={clock} initialReference={route.reference} />)
        ) : route.view === 'add' ? (
          <AddNoticeView store={store} pending={pendingNotice} onSaved={(reference) => go({ view: 'vacancy', reference })} />
        ) : (
          <SettingsView settings={settings} onSettingsChange={onSettingsChange} store={store} toProfile={route.view === 'settings' && route.profile === true} />
        )}
      </main>
    </div>
  );
}

/**
 * A view fed by a live query: "loading" until its first value, the database's error if it fails.
 * A value of undefined counts as loading, hence found() for a record that may be missing.
 */
function Live<T>({ watch, deps, children }: { watch: () => Subscribable<T>; deps: unknown[]; children: (value: T) => ComponentChildren }) {
  const { t } = useI18n();
  const [attempt, setAttempt] = useState(0);
  const { value, error } = useObservable(watch, [...deps, attempt]);
  useEffect(() => {
    if (value !== undefined) markFirstRender();
  }, [value !== undefined]);
  if (error) return <DatabaseError error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (value === undefined) return <p class="muted">{t('loading')}</p>;
  return <>{children(value)}</>;
}

/** Wraps each value, so a record not found (undefined) is told apart from not read yet. */
function found<T>(source: Subscribable<T | undefined>): Subscribable<T | null> {
  return {
    subscribe: (observer) =>
      source.subscribe({ next: (value) => observer.next(value ?? null), error: observer.error }),
  };
}
