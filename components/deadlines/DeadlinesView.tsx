import { useMemo, useState } from 'preact/hooks';
import type { StoredVacancy } from '../../utils/db/stored-vacancy';
import { STATUSES, type Status } from '../../utils/db/user-defaults';
import type { Settings } from '../../utils/settings';
import { filterVacancies, splitArchive } from '../../utils/deadlines/list';
import { meetsAllStated, readiness } from '../../utils/readiness/readiness';
import { systemTimeZone } from '../../utils/time/zones';
import { downloadText } from '../../utils/download';
import { buildCalendar, CALENDAR_TYPE } from '../../utils/ics';
import { useI18n } from '../i18n-context';
import { DeadlineRow } from './DeadlineRow';
import { STATUS_LABEL } from './labels';
import './deadlines.css';

export interface DeadlinesViewProps {
  records: StoredVacancy[];
  now: Date;
  settings: Settings;
  onOpen: (reference: string) => void;
  /** The user's zone; defaults to the browser's. Tests set it. */
  timeZone?: string;
}

/**
 * Rows rendered before "Show more": the popup shows about six at a time, and each row costs
 * Intl formatting, so a short page keeps the first render fast with thousands of records.
 */
export const PAGE_SIZE = 40;

export function DeadlinesView({ records, now, settings, onOpen, timeZone = systemTimeZone() }: DeadlinesViewProps) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status | 'all'>('all');
  const [query, setQuery] = useState('');
  const [readyOnly, setReadyOnly] = useState(false);
  const [shown, setShown] = useState(PAGE_SIZE);
  const [archiveOpen, setArchiveOpen] = useState(false);
  const [exported, setExported] = useState<string | null>(null);

  const { open, closed } = useMemo(
    () => {
      const matching = filterVacancies(records, { status, query });
      const ready = readyOnly ? matching.filter((record) => meetsAllStated(readiness(record, settings.profile))) : matching;
      return splitArchive(ready, now);
    },
    [records, status, query, now, readyOnly, settings.profile],
  );

  if (records.length === 0) return <p class="empty">{t('emptyTracker')}</p>;

  const exportAll = () => {
    const calendar = buildCalendar(records, { now, t });
    if (calendar.included === 0) {
      setExported(t('dlExportNothing'));
      return;
    }
    downloadText(document, 'nato-deadlines.ics', calendar.text, CALENDAR_TYPE);
    const parts = [t('dlExportDone', { count: calendar.included })];
    if (calendar.skipped > 0) parts.push(t('dlExportSkipped', { count: calendar.skipped }));
    setExported(parts.join(' '));
  };

  const row = (record: StoredVacancy) => (
    <DeadlineRow key={record.reference} record={record} now={now} timeZone={timeZone} onOpen={onOpen} />
  );

  return (
    <section class="dl-view" aria-labelledby="dl-heading">
      <h2 id="dl-heading" class="visually-hidden">{t('tabDeadlines')}</h2>
      <div class="dl-toolbar">
        <label class="dl-search">
          <span>{t('dlSearchLabel')}</span>
          <input
            type="search"
            value={query}
            placeholder={t('dlSearchPlaceholder')}
            onInput={(event) => {
              setQuery(event.currentTarget.value);
              setShown(PAGE_SIZE);
            }}
          />
        </label>
        <label>
          <span>{t('dlStatus')}</span>
          <select
            value={status}
            onChange={(event) => {
              setStatus(event.currentTarget.value as Status | 'all');
              setShown(PAGE_SIZE);
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
              setReadyOnly(event.currentTarget.checked);
              setShown(PAGE_SIZE);
            }}
          />
          <span>{t('rdyFilter')}</span>
        </label>
        <button type="button" onClick={exportAll}>{t('dlExportAll')}</button>
      </div>
      <p class="dl-feedback muted" role="status">{exported ?? ''}</p>

      <h3 class="dl-section-title">{t('dlOpenHeading', { count: open.length })}</h3>
      {open.length === 0 && closed.length === 0 ? (
        <p class="muted">{t('dlNoMatch')}</p>
      ) : (
        <ul class="dl-list">{open.slice(0, shown).map(row)}</ul>
      )}
      {open.length > shown && (
        <button type="button" class="dl-more" onClick={() => setShown(shown + PAGE_SIZE)}>
          {t('dlShowMore', { count: Math.min(PAGE_SIZE, open.length - shown) })}
        </button>
      )}

      {closed.length > 0 && (
        <details class="dl-archive" open={archiveOpen} onToggle={(event) => setArchiveOpen(event.currentTarget.open)}>
          <summary>{t('dlArchive', { count: closed.length })}</summary>
          {/* Archive rows are only built once opened: most users rarely look at them. */}
          {archiveOpen && <ul class="dl-list">{closed.map(row)}</ul>}
        </details>
      )}
    </section>
  );
}
