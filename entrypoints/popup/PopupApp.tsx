import { useEffect, useMemo, useState } from 'preact/hooks';
import { I18nProvider, useI18n } from '../../components/i18n-context';
import { useObservable } from '../../components/use-observable';
import { parseRoute, routeHash, type Route } from './route';
import type { VacancyStore } from '../../utils/db/vacancy-store';
import type { StoredVacancy } from '../../utils/db/stored-vacancy';
import type { Settings } from '../../utils/settings';
import type { MessageKey } from '../../utils/i18n-core';
import { localeFromLanguageTag } from '../../utils/i18n-core';
import { DeadlinesView } from '../../components/deadlines/DeadlinesView';
import { VacancyDetailView } from '../../components/deadlines/VacancyDetailView';
import { lazyView } from './lazy-view';

const CompareView = lazyView(() => import('../../components/compare/CompareView').then((module) => module.CompareView));
const EssayCheckView = lazyView(() => import('../../components/essay/EssayCheckView').then((module) => module.EssayCheckView));
const AddNoticeView = lazyView(() => import('../../components/add-notice/AddNoticeView').then((module) => module.AddNoticeView));
const SettingsView = lazyView(() => import('../../components/settings/SettingsView').then((module) => module.SettingsView));

export interface PopupAppProps {
  store: VacancyStore;
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => Promise<Settings>;
  /** The browser's UI language, used when settings say 'auto'. */
  browserLanguage: string;
  /** Injected clock so tests and screenshots are deterministic. */
  now?: () => Date;
  initialHash?: string;
  /** The vacancies read while the popup was starting, so the first render has them. */
  initialRecords?: StoredVacancy[];
  /**
   * Reopens the popup in a tab. Firefox closes a toolbar popup when a file picker opens, so
   * choosing an essay or a backup file needs the tab there. Absent when already in a tab.
   */
  onOpenInTab?: () => void;
}

export const FIRST_RENDER_MARK = 'vacancy-companion:first-render';

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

function PopupShell({ store, settings, onSettingsChange, now = () => new Date(), initialHash, initialRecords, onOpenInTab }: PopupAppProps) {
  const { t, locale } = useI18n();
  const [route, setRoute] = useState<Route>(() => parseRoute(initialHash ?? location.hash));
  const records = useObservable<StoredVacancy[]>(() => store.watchAll(), [store], initialRecords);
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

  // The benchmark's "time to first render": the first paint with the tracked vacancies in it.
  const rendered = records.value !== undefined;
  useEffect(() => {
    if (rendered && performance.getEntriesByName(FIRST_RENDER_MARK).length === 0) performance.mark(FIRST_RENDER_MARK);
  }, [rendered]);

  const go = (next: Route) => {
    setRoute(next);
    history.replaceState(null, '', routeHash(next));
  };
  const activeTab = route.view === 'vacancy' ? 'deadlines' : route.view;
  const list = useMemo(() => records.value ?? [], [records.value]);

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
      <main class="view">
        {records.error ? (
          <p role="alert" class="error">{t('errorDatabase', { reason: String(records.error) })}</p>
        ) : records.value === undefined ? (
          <p class="muted">{t('loading')}</p>
        ) : route.view === 'deadlines' ? (
          <DeadlinesView records={list} now={clock} settings={settings} onOpen={(reference) => go({ view: 'vacancy', reference })} />
        ) : route.view === 'vacancy' ? (
          <VacancyDetailView
            key={route.reference}
            reference={route.reference}
            records={list}
            store={store}
            now={clock}
            onBack={() => go({ view: 'deadlines' })}
            onCheckEssay={(reference) => go({ view: 'essay', reference })}
            profile={settings.profile}
          />
        ) : route.view === 'compare' ? (
          <CompareView records={list} now={clock} settings={settings} onSettingsChange={onSettingsChange} />
        ) : route.view === 'essay' ? (
          <EssayCheckView records={list} now={clock} initialReference={route.reference} />
        ) : route.view === 'add' ? (
          <AddNoticeView store={store} onSaved={(reference) => go({ view: 'vacancy', reference })} />
        ) : (
          <SettingsView settings={settings} onSettingsChange={onSettingsChange} store={store} />
        )}
      </main>
    </div>
  );
}
