import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { appliedBefore, wasApplied } from '../../utils/stages/applied-before';
import { STAGES, type Stage } from '../../utils/record/stages';
import { STATUS_LABEL_KEY } from '../../utils/field-labels';
import { useI18n } from '../i18n-context';

const isStage = (status: string): status is Stage => (STAGES as readonly string[]).includes(status);

/**
 * What the notice says about other postings of its post and who hears back, and the earlier
 * postings I applied to ("You applied to this post before: ref …, status …"). Page text is shown
 * as text only.
 */
export function NoticeLinks({ record, records, now }: { record: StoredVacancy; records: readonly StoredVacancy[]; now: Date }) {
  const { t } = useI18n();
  const relations = record.relations;
  const earlier = appliedBefore(record, records, now, wasApplied);
  const shown = new Set(earlier.map((item) => item.reference));
  const named = (relations?.named ?? []).filter((link) => !shown.has(link.reference));
  if (earlier.length === 0 && named.length === 0 && !relations?.readvertisement && !relations?.shortlistedOnly) return null;
  return (
    <section class="aft-links" aria-label={t('aftLinksHeading')}>
      {earlier.map((item) => (
        <p key={item.reference} class="aft-before" role="note" data-earlier={item.reference}>
          <strong>{t('aftAppliedBefore', { reference: item.reference, status: isStage(item.status) ? t(STATUS_LABEL_KEY[item.status]) : item.status })}</strong>
          {' '}
          <span class="muted">{item.title}</span>
        </p>
      ))}
      {relations?.readvertisement && earlier.length === 0 && <p class="aft-note">{t('aftReadvertised')}</p>}
      {named.map((link) => (
        <details key={link.reference} class="aft-note">
          <summary>{t('aftNamedVacancy', { reference: link.reference })}</summary>
          <blockquote>{link.quote}</blockquote>
        </details>
      ))}
      {relations?.shortlistedOnly && (
        <details class="aft-note" data-shortlisted-only>
          <summary>{t('aftShortlistedOnly')}</summary>
          <blockquote>{relations.shortlistedOnly}</blockquote>
        </details>
      )}
    </section>
  );
}
