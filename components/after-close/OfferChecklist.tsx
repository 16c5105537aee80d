import { useEffect, useState } from 'preact/hooks';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import type { MessageKey } from '../../utils/i18n-core';
import { statedDurations } from '../../utils/stages/offer-checklist';
import { OFFER_CHECKS, type OfferCheck } from '../../utils/record/offer-checks';
import { useI18n } from '../i18n-context';

const CHECK_LABEL: Record<OfferCheck, MessageKey> = {
  clearanceForms: 'aftOfferClearanceForms',
  medical: 'aftOfferMedical',
  studiesAndExperience: 'aftOfferStudies',
};

/** After a conditional offer: what the final offer waits on, ticked by the candidate and saved at once. */
export function OfferChecklist({ record, store }: { record: StoredVacancy; store: PopupStore }) {
  const { t, locale } = useI18n();
  const [done, setDone] = useState<OfferCheck[]>(record.offerChecksDone ?? []);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => setDone(record.offerChecksDone ?? []), [record.offerChecksDone]);
  const durations = statedDurations(record.organisation);

  const tick = (check: OfferCheck, on: boolean) => {
    const next = OFFER_CHECKS.filter((item) => (item === check ? on : done.includes(item)));
    setDone(next);
    store.updateUserFields(record.reference, { offerChecksDone: next }).then(
      () => setFailure(null),
      (error: unknown) => setFailure(wordReason(errorReason(error), t, locale)),
    );
  };

  return (
    <section class="aft-offer" aria-labelledby="aft-offer-title">
      <h3 id="aft-offer-title">{t('aftOfferHeading')}</h3>
      <ul class="aft-checks">
        {OFFER_CHECKS.map((check) => (
          <li key={check} data-offer-check={check}>
            <label class="dl-check">
              <input type="checkbox" checked={done.includes(check)} onChange={(event) => tick(check, event.currentTarget.checked)} />
              <span>{t(CHECK_LABEL[check])}</span>
            </label>
          </li>
        ))}
      </ul>
      <p class="muted">{durations ? t(durations.words) : t('aftOfferNoFigure')}</p>
      {failure && <p role="alert">{failure}</p>}
    </section>
  );
}
