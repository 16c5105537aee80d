import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { STATUSES, type Status } from '../../utils/record/user-defaults';
import type { DeadlinePage, DeadlineRequest } from '../../utils/popup-client/vacancy-queries';
import type { Settings } from '../../utils/settings/settings';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { RowExtras } from '../stages/OpenWithSteps';

type StepsList = typeof import('../stages/OpenWithSteps');
import { systemTimeZone } from '../../utils/time/zones';
import { downloadText } from '../../utils/download';
import { useI18n } from '../i18n-context';
import { DatabaseError } from '../database-error';
import { useObservable, type Subscribable } from '../use-observable';
import { DeadlineRow } from './DeadlineRow';
import { EmptyStart } from './EmptyStart';
import { STATUS_LABEL } from './labels';
import './deadlines.css';
import { isFollowed } from '../../utils/record/follow-rule';
import { titleText } from '../../utils/record/shown-title';

export interface DeadlinesViewProps {
  /** The list's live page for a request: utils/popup-client/vacancy-queries.ts, through the popup's store. */
  watchPage: (request: DeadlineRequest) => Subscribable<DeadlinePage>;
  /** Every vacancy, read only when the user exports them all. */
  loadAll: () => Promise<StoredVacancy[]>;
  /** The first page, read while the popup was starting (for firstPageRequest). */
  initialPage?: DeadlinePage;
  now: Date;
  settings: Settings;
  onOpen: (reference: string) => void;
  /** Called once the first page is on screen. */
  onShown?: () => void;
  /** The user's zone; defaults to the browser's. Tests set it. */
  timeZone?: string;
  /** The notices only seen, listed apart below the followed ones (SeenList). */
  seen?: ComponentChildren;
  /** The popup's store: applications in progress join the open list by their next step (components/stages/). */
  store?: PopupStore;
}

/**
 * Rows read and rendered per "Show more": the popup shows about six at a time, and each row costs
 * Intl formatting, so a short page keeps the first render fast with thousands of records.
 */
export const PAGE_SIZE = 40;
/** Typing pauses this long before the search runs: one query per word, not per key. */
export const SEARCH_PAUSE_MS = 150;

/**
 * What the list shows first: one page of open vacancies, archive folded, counts left out (the
 * live query brings them right after; counting an index takes longer the larger it is).
 */
export function firstPageRequest(now: Date): DeadlineRequest {
  return { now, status: 'all', query: '', openLimit: PAGE_SIZE, closedLimit: 0, counts: false };
}
/** Until counted, a heading shows this in place of its number. */
const UNCOUNTED = '…';

function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/** The open list's order with each application's next step (components/stages/), once loaded. */
let loadedSteps: StepsList | null = null;

/** No applications in progress are read before that order is here. */
const NONE_IN_PROGRESS: Subscribable<StoredVacancy[]> = {
  subscribe: ({ next }) => {
    next([]);
    return { unsubscribe: () => undefined };
  },
};

export function DeadlinesView({ watchPage, loadAll, initialPage, now, settings, onOpen, onShown, timeZone = systemTimeZone(), seen, store }: DeadlinesViewProps) {
  const { t, locale } = useI18n();
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [typed, setTyped] = useState('');
  const query = useSettled(typed, SEARCH_PAUSE_MS);
  const [readyOnly, setReadyOnly] = useState(false);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [archiveOpen, setArchiveOpen] = useState(false);
  const [archiveShown, setArchiveShown] = useState(PAGE_SIZE);
  const [exported, setExported] = useState<string | null>(null);
  const [exportClosed, setExportClosed] = useState(false);
  // Loaded after the popup's first render, which goes without it; kept once loaded. The rows stay
  // in this view's one list either way, so rows already drawn (and their focus) stay when it arrives.
  const [steps, setSteps] = useState<StepsList | null>(() => loadedSteps);
  useEffect(() => {
    if (!store || steps) return;
    import('../stages/OpenWithSteps').then((module) => {
      loadedSteps = module;
      setSteps(module);
    }, () => undefined);
  }, [store]);
  const { value: inProgress } = useObservable<StoredVacancy[]>(
    () => (steps && store ? store.live((vacancies) => vacancies.where('status').anyOf([...steps.IN_PROGRESS_STAGES]).toArray()) : NONE_IN_PROGRESS),
    [store, steps],
  );

  const closedLimit = archiveOpen ? archiveShown : 0;
  // Readiness compares each whole record with the user's profile: read on demand, when ticked, and
  // its rules arrive then too (the first render goes without them); until they are here, no row passes.
  const [readinessRules, setReadinessRules] = useState<typeof import('../../utils/readiness/readiness') | null>(null);
  useEffect(() => {
    if (readyOnly && !readinessRules) import('../../utils/readiness/readiness').then(setReadinessRules, () => undefined);
  }, [readyOnly]);
  const keep = readyOnly
    ? (record: StoredVacancy) => readinessRules !== null && readinessRules.meetsAllStated(readinessRules.readiness(record, settings.profile))
    : undefined;
  const [attempt, setAttempt] = useState(0);
  const { value: page, error } = useObservable(
    () => watchPage({ now, status, query, keep, openLimit: shown, closedLimit, counts: true }),
    [now.getTime(), status, query, readyOnly, readinessRules, settings.profile, shown, closedLimit, attempt],
    initialPage,
  );
  const ready = page !== undefined;
  useEffect(() => {
    if (ready) onShown?.();
  }, [ready]);

  if (error) return <DatabaseError error={error} onRetry={() => setAttempt((n) => n + 1)} />;
  if (!page) return <p class="muted">{t('loading')}</p>;
  if (page.empty) return <><EmptyStart />{seen}</>;

  // Open deadlines only, unless asked: a closed one in a calendar would ring its alarms for nothing.
  // The vacancies followed only, as listed: a notice only glanced at gets no calendar alarm either.
  const exportAll = async () => {
    // The calendar writer arrives with the first export: the popup's first render goes without it.
    const [stored, { buildCalendar, CALENDAR_TYPE }] = await Promise.all([loadAll(), import('../../utils/ics')]);
    const all = stored.filter(isFollowed);
    const isClosed = (record: StoredVacancy) => record.closesAt !== null && Date.parse(record.closesAt) <= now.getTime();
    // A closed vacancy whose application has dated steps still has events to come.
    const chosen = exportClosed ? all : all.filter((record) => !isClosed(record) || (record.steps?.length ?? 0) > 0);
    const calendar = buildCalendar(chosen.map((record) => ({ ...record, title: titleText(record, locale) })), { now, t });
    const closedLeft = all.length - chosen.length;
    if (calendar.included === 0) {
      setExported(t('dlExportNothing'));
      return;
    }
    downloadText(document, 'nato-deadlines.ics', calendar.text, CALENDAR_TYPE);
    const parts = [t('dlExportDone', { count: calendar.included })];
    if (calendar.skipped > 0) parts.push(t('dlExportSkipped', { count: calendar.skipped }));
    if (closedLeft > 0) parts.push(t('dlExportClosedLeft', { count: closedLeft }));
    setExported(parts.join(' '));
  };
  const filterBy = (next: () => void) => {
    next();
    setShown(PAGE_SIZE);
    setArchiveShown(PAGE_SIZE);
  };

  const row = (record: StoredVacancy, extras?: RowExtras) => (
    <DeadlineRow key={record.reference} record={record} now={now} timeZone={timeZone} onOpen={onOpen} {...extras} />
  );
  // How many "Show more" adds: a page, or what is left when counted.
  const more = (left: number | null, onClick: () => void) => (
    <button type="button" class="dl-more" onClick={onClick}>
      {t('dlShowMore', { count: Math.min(PAGE_SIZE, left ?? PAGE_SIZE) })}
    </button>
  );
  const { counts } = page;

  return (
    <section class="dl-view" aria-labelledby="dl-heading">
      <h2 id="dl-heading" class="visually-hidden">{t('tabDeadlines')}</h2>
      <div class="dl-toolbar">
        <label class="dl-search">
          <span>{t('dlSearchLabel')}</span>
          <input
            type="search"
            value={typed}
            placeholder={t('dlSearchPlaceholder')}
            onInput={(event) => {
              const value = event.currentTarget.value;
              filterBy(() => setTyped(value));
            }}
          />
        </label>
        <label>
          <span>{t('dlStatus')}</span>
          <select
            value={status}
            onChange={(event) => {
              const value = event.currentTarget.value as Status | 'all';
              filterBy(() => setStatus(value));
            }}
          >
            <option value="all">{t('dlStatusAll')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>{t(STATUS_LABEL[value])}</option>
            ))}
          </select>
        </label>
        <label class="dl-ready">
          <input
            type="checkbox"
            checked={readyOnly}
            onChange={(event) => {
              const value = event.currentTarget.checked;
              filterBy(() => setReadyOnly(value));
            }}
          />
          <span>{t('rdyFilter')}</span>
        </label>
        <button type="button" onClick={() => void exportAll()}>{t('dlExportAll')}</button>
        <label class="dl-ready">
          <input type="checkbox" checked={exportClosed} onChange={(event) => setExportClosed(event.currentTarget.checked)} />
          <span>{t('dlExportClosed')}</span>
        </label>
      </div>
      <p class="dl-feedback muted" role="status">{exported ?? ''}</p>

      <h3 class="dl-section-title">{t('dlOpenHeading', { count: counts?.open ?? UNCOUNTED })}</h3>
      {page.open.length === 0 && !page.anyClosed ? (
        <p class="muted">{t('dlNoMatch')}</p>
      ) : (
        <ul class="dl-list">
          {steps && store && status === 'all' && query === '' && !readyOnly
            ? steps
                .openItems({ open: page.open, moreOpen: page.moreOpen, inProgress: inProgress ?? [], store, now, noNewsDays: settings.noNewsDays, t, locale })
                .map(({ record, extras }) => row(record, extras))
            : page.open.map((record) => row(record))}
        </ul>
      )}
      {page.moreOpen && more(counts && counts.open - shown, () => setShown(shown + PAGE_SIZE))}

      {page.anyClosed && (
        <details class="dl-archive" open={archiveOpen} onToggle={(event) => setArchiveOpen(event.currentTarget.open)}>
          <summary>{t('dlArchive', { count: counts?.closed ?? UNCOUNTED })}</summary>
          {/* Archive rows are only read once opened: most users rarely look at them. */}
          {archiveOpen && <ul class="dl-list">{page.closed.map((record) => row(record))}</ul>}
          {archiveOpen && page.moreClosed && more(counts && counts.closed - archiveShown, () => setArchiveShown(archiveShown + PAGE_SIZE))}
        </details>
      )}
      {seen}
    </section>
  );
}
