import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { Profile } from '../../utils/readiness/profile';
import { readiness, readinessSummary } from '../../utils/readiness/readiness';
import { useI18n } from '../i18n-context';
import { REQUIREMENT_LABEL, STATE_ICON, SUMMARY_LABEL } from './labels';
import './readiness.css';

/** The Compare column: one word for the vacancy, and which requirements it rests on. */
export function ReadinessCell({ record, profile }: { record: StoredVacancy; profile: Profile }) {
  const { t } = useI18n();
  const items = readiness(record, profile);
  const summary = readinessSummary(items);
  const which = summary === 'all-met' || summary === 'not-read' || summary === 'not-stated' ? [] : items.filter((item) => item.state === summary);
  return (
    <span class={`rdy-cell rdy-${summary}`} data-readiness={summary}>
      <span class="rdy-state">
        <span aria-hidden="true">{STATE_ICON[summary]}</span> {t(SUMMARY_LABEL[summary])}
      </span>
      {which.length > 0 && <span class="cell-line muted">{which.map((item) => t(REQUIREMENT_LABEL[item.key])).join(', ')}</span>}
    </span>
  );
}
