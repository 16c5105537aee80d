import { useEffect, useState } from 'preact/hooks';
import { changeLines } from '../../utils/alerts/change-lines';
import { unseenChanges } from '../../utils/alerts/changes';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import { urgencyOf } from '../../utils/deadlines/time-left';
import { formatTimeLeft } from '../../utils/deadlines/format';
import { systemTimeZone } from '../../utils/time/zones';
import { keptSourceUrl } from '../../utils/record/source-url';
import { downloadText, fileNamePart } from '../../utils/download';
import { buildCalendar, CALENDAR_TYPE } from '../../utils/ics';
import { useI18n } from '../i18n-context';
import { ReadinessList } from '../readiness/ReadinessList';
import type { Profile } from '../../utils/readiness/profile';
import { EMPTY_PROFILE } from '../../utils/readiness/profile-values';
import { STATUS_LABEL, URGENCY_ICON, URGENCY_LABEL } from './labels';
import { TrackingPanel } from './TrackingPanel';
import { FollowBar } from './FollowBar';
import { VacancyFacts } from './VacancyFacts';
import { ChecklistPanel } from '../prepare/ChecklistPanel';
import { LazyAfterClose } from '../after-close/LazyAfterClose';
import { AnswersWorkspace } from '../prepare/AnswersWorkspace';
import { StagePanel } from '../stages/StagePanel';
import './deadlines.css';
import { RecordTitle } from '../record-title';
import { titleText } from '../../utils/record/shown-title';

export interface VacancyDetailViewProps {
  reference: string;
  records: StoredVacancy[];
  store: PopupStore;
  now: Date;
  onBack: () => void;
  onCheckEssay: (reference: string) => void;
  /** My profile, for "Can I apply?"; empty when not given. */
  profile?: Profile;
  /** The user's zone; defaults to the browser's. Tests set it. */
  timeZone?: string;
}

export function VacancyDetailView({ reference, records, store, now, onBack, onCheckEssay, profile = EMPTY_PROFILE, timeZone = systemTimeZone() }: VacancyDetailViewProps) {
  const { t, locale } = useI18n();
  const [exported, setExported] = useState<string | null>(null);
  const record = records.find((candidate) => candidate.reference === reference);
  // What changed since the last visit, kept for this visit while the mark itself is cleared.
  const [changes] = useState(() => (record ? unseenChanges(record) : []));
  useEffect(() => {
    // The mark is a convenience: if clearing it fails, it shows again next time, nothing is lost.
    if (changes.length > 0) store.markChangesSeen(reference).catch(() => undefined);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reference, store, changes.length]);
  const back = (
    <button type="button" class="dl-back" onClick={onBack}>
      <span aria-hidden="true">← </span>
      {t('dlBack')}
    </button>
  );

  if (!record) {
    return (
      <section class="dl-detail">
        {back}
        <p role="alert">{t('dlNotFound', { reference })}</p>
      </section>
    );
  }

  const urgency = urgencyOf(record.closesAt, now);
  // A record stored before the rule, or from an edited backup, opens no other kind of link.
  const sourceUrl = keptSourceUrl(record.sourceUrl, record.completeness);
  const exportOne = () => {
    const calendar = buildCalendar([{ ...record, title: titleText(record, locale) }], { now, t });
    if (calendar.included === 0) {
      setExported(t('dlExportNoDate'));
      return;
    }
    downloadText(document, `vacancy-${fileNamePart(record.reference)}.ics`, calendar.text, CALENDAR_TYPE);
    setExported(t('dlExportDone', { count: 1 }));
  };

  return (
    <article class="dl-detail" aria-labelledby="dl-detail-title">
      <div class="dl-detail-bar">
        {back}
        <div class="dl-actions">
          {record.essay && (
            <button type="button" onClick={() => onCheckEssay(record.reference)}>{t('dlCheckEssay')}</button>
          )}
          <button type="button" onClick={exportOne}>{t('dlExportOne')}</button>
        </div>
      </div>
      <p class="dl-feedback muted" role="status">{exported ?? ''}</p>

      <h2 id="dl-detail-title" class="dl-detail-title"><RecordTitle record={record} /></h2>
      <FollowBar record={record} store={store} onRemoved={onBack} />
      <p class={`dl-detail-urgency dl-${urgency}`}>
        <span class="dl-urgency">
          <span aria-hidden="true">{URGENCY_ICON[urgency]}</span> {t(URGENCY_LABEL[urgency])}
        </span>{' '}
        <strong>{formatTimeLeft(record.closesAt, now, t)}</strong>
        {' · '}
        {t(STATUS_LABEL[record.status])}
      </p>
      {changes.length > 0 && (
        <div class="dl-changes" role="note">
          <strong>{t('alertChangedSince')}</strong>
          <ul>
            {changeLines(changes, { locale, t, now, timeZone }).map((line, index) => <li key={index}>{line}</li>)}
          </ul>
        </div>
      )}
      {record.portalState === 'withdrawn' && <p class="dl-tag dl-warn">{t('dlPortalWithdrawn')}</p>}
      {record.completeness === 'row' && <p class="dl-tag dl-warn">{t('dlPartialRecord')}</p>}
      {sourceUrl && (
        <p>
          <a href={sourceUrl} target="_blank" rel="noreferrer">
            {t('dlOpenPortal')}
            <span class="visually-hidden"> {t('dlNewTab')}</span>
          </a>
        </p>
      )}

      <TrackingPanel key={record.reference} record={record} store={store} />
      <StagePanel key={`stage-${record.reference}`} record={record} store={store} now={now} timeZone={timeZone} />
      <LazyAfterClose record={record} records={records} store={store} now={now} />
      <ChecklistPanel record={record} store={store} />
      <AnswersWorkspace key={`answers-${record.reference}`} record={record} store={store} />
      <ReadinessList record={record} profile={profile} />
      <VacancyFacts record={record} now={now} timeZone={timeZone} />
    </article>
  );
}
