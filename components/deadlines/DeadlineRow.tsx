import type { ComponentChildren } from 'preact';
import { hasUnseenChange } from '../../utils/alerts/changes';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { formatClosingMoment, formatTimeLeft } from '../../utils/deadlines/format';
import { urgencyOf } from '../../utils/deadlines/time-left';
import { useI18n } from '../i18n-context';
import { STATUS_LABEL, URGENCY_ICON, URGENCY_LABEL } from './labels';
import { RecordTitle } from '../record-title';

export interface DeadlineRowProps {
  record: StoredVacancy;
  now: Date;
  timeZone: string;
  onOpen: (reference: string) => void;
  /** The application's next step or its silence (components/stages/OpenWithSteps.tsx). */
  line?: ComponentChildren;
  /** Beside the row's button: a control of its own. */
  after?: ComponentChildren;
}

/** Arrow keys move between rows; Home/End jump to the first/last row of the view. */
function moveFocus(from: HTMLElement, key: string): boolean {
  const view = from.closest('.dl-view');
  if (!view) return false;
  const rows = Array.from(view.querySelectorAll<HTMLElement>('button.dl-row'));
  const index = rows.indexOf(from);
  const target =
    key === 'ArrowDown' ? rows[index + 1] : key === 'ArrowUp' ? rows[index - 1] : key === 'Home' ? rows[0] : key === 'End' ? rows[rows.length - 1] : undefined;
  target?.focus();
  return target !== undefined;
}

/**
 * One tracked vacancy. The whole row is one real button (Enter/Space/click open the detail), so
 * it needs no nested controls; its parts are spans styled as lines.
 */
export function DeadlineRow({ record, now, timeZone, onOpen, line, after }: DeadlineRowProps) {
  const { t, locale } = useI18n();
  const urgency = urgencyOf(record.closesAt, now);
  const facts = [t('dlReference', { reference: record.reference }), record.organisation, record.grade?.label ?? t('dlGradeUnknown')];
  return (
    <li>
      <button
        type="button"
        class={`dl-row dl-${urgency}`}
        data-reference={record.reference}
        onClick={() => onOpen(record.reference)}
        onKeyDown={(event) => {
          // Enter is handled here (default prevented, so the native click does not repeat it)
          // to open at once even where the row's activation behaviour is not native.
          if (event.key === 'Enter') {
            event.preventDefault();
            onOpen(record.reference);
          } else if (moveFocus(event.currentTarget, event.key)) {
            event.preventDefault();
          }
        }}
      >
        <span class="dl-row-head">
          <span class="dl-urgency">
            <span aria-hidden="true">{URGENCY_ICON[urgency]}</span> {t(URGENCY_LABEL[urgency])}
          </span>
          <RecordTitle class="dl-title" record={record} />
        </span>
        <span class="dl-facts muted">{facts.filter(Boolean).join(' · ')}</span>
        <span class="dl-when">
          {/* A closed row says "Closed" once, in its urgency: the time left would say it again. */}
          {urgency !== 'closed' && <strong class="dl-left">{formatTimeLeft(record.closesAt, now, t)}</strong>}
          {record.closesAt && (
            <span class="dl-moment">
              {urgency !== 'closed' && ' · '}
              {formatClosingMoment(record.closesAt, { locale, t, timeZone, now })}
            </span>
          )}
        </span>
        <span class="dl-tags">
          <span class="dl-tag dl-status">{t(STATUS_LABEL[record.status])}</span>
          {hasUnseenChange(record) && <span class="dl-tag dl-changed">{t('alertChangedMark')}</span>}
          {record.essay && <span class="dl-tag dl-essay">{t('dlEssayBadge')}</span>}
          {record.portalState === 'withdrawn' && <span class="dl-tag dl-warn">{t('dlPortalWithdrawn')}</span>}
          {record.completeness === 'row' && <span class="dl-tag dl-warn">{t('dlPartialRecord')}</span>}
        </span>
        {line && <span class="dl-step">{line}</span>}
      </button>
      {after}
    </li>
  );
}
