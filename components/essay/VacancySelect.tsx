import { useI18n } from '../i18n-context';
import type { EssayVacancy } from '../../utils/essay/finding';
import { titleText } from '../../utils/record/shown-title';

export interface VacancyChoice extends EssayVacancy {
  title: string;
  /** The French half's title, shown in a French view (utils/record/shown-title.ts). */
  titleFr?: string | null;
}

export interface VacancySelectProps {
  id: string;
  label: string;
  /** Already in display order (see orderForEssayCheck). */
  vacancies: readonly VacancyChoice[];
  /** The chosen reference, '' for none. */
  value: string;
  onChange: (reference: string) => void;
}

/**
 * Which vacancy an essay is for: vacancies asking for an essay in one group, the others in
 * another, each labelled "no essay asked" so the choice is never silently useless.
 */
export function VacancySelect({ id, label, vacancies, value, onChange }: VacancySelectProps) {
  const { t, locale } = useI18n();
  const title = (v: VacancyChoice) => titleText(v, locale);
  const asked = vacancies.filter((v) => v.essay);
  const notAsked = vacancies.filter((v) => !v.essay);
  return (
    <div class="vacancy-select">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
        <option value="">{t('essayVacancyNone')}</option>
        {asked.length > 0 && (
          <optgroup label={t('essayGroupAsked')}>
            {asked.map((v) => (
              <option key={v.reference} value={v.reference}>
                {t('essayVacancyOption', { reference: v.reference, title: title(v) })}
              </option>
            ))}
          </optgroup>
        )}
        {notAsked.length > 0 && (
          <optgroup label={t('essayGroupNotAsked')}>
            {notAsked.map((v) => (
              <option key={v.reference} value={v.reference}>
                {t('essayVacancyOptionNoEssay', { reference: v.reference, title: title(v) })}
              </option>
            ))}
          </optgroup>
        )}
      </select>
    </div>
  );
}
