import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { Locale, Translate } from '../../utils/i18n-core';
import type { Profile } from '../../utils/readiness/profile';
import { readiness, type RequirementKey } from '../../utils/readiness/readiness';
import { languageLevelsText, yearsText } from '../../utils/record/wording';
import { useI18n } from '../i18n-context';
import { clearanceNeed, DEGREE_LABEL, REQUIREMENT_LABEL, STATE_ICON, STATE_LABEL } from './labels';
import './readiness.css';

export interface ReadinessListProps {
  record: StoredVacancy;
  profile: Profile;
}

/** What the notice states for one requirement, as text; '—' when it states nothing. */
export function statedRequirement(record: StoredVacancy, key: RequirementKey, t: Translate, locale: Locale): string {
  const read = record.requirements;
  switch (key) {
    case 'nationality':
      return read?.nationality ? t('rdyNeedNato') : '—';
    case 'languages': {
      const parts: string[] = [];
      if (record.languageRequirement) parts.push(languageLevelsText(record.languageRequirement, t));
      if (record.languageProfile) parts.push(`STANAG 6001 ${record.languageProfile}`);
      return parts.join(' · ') || '—';
    }
    case 'experience':
      return record.minExperienceYears === null ? '—' : t('rdyNeedYears', { years: yearsText(record.minExperienceYears, t, locale) });
    case 'degree': {
      if (!read?.degree) return '—';
      const degree = t(DEGREE_LABEL[read.degree.level]);
      return read.degree.orEquivalent ? t('rdyNeedOrEquivalent', { degree }) : degree;
    }
    case 'clearance':
      return clearanceNeed(record.clearance, read?.clearanceRule, t) ?? '—';
  }
}

/** "Can I apply?": each stated requirement beside what my profile says of it. */
export function ReadinessList({ record, profile }: ReadinessListProps) {
  const { t, locale } = useI18n();
  const items = readiness(record, profile);
  const missing = items.some((item) => item.state === 'not-in-profile');
  return (
    <section class="rdy" aria-labelledby="rdy-heading">
      <h3 id="rdy-heading">{t('rdyHeading')}</h3>
      <dl class="rdy-list">
        {items.map((item) => (
          <div key={item.key} class={`rdy-item rdy-${item.state}`} data-requirement={item.key}>
            <dt>{t(REQUIREMENT_LABEL[item.key])}</dt>
            <dd class="rdy-need">{statedRequirement(record, item.key, t, locale)}</dd>
            <dd class="rdy-state">
              <span aria-hidden="true">{STATE_ICON[item.state]}</span> {t(STATE_LABEL[item.state])}
            </dd>
          </div>
        ))}
      </dl>
      {missing && (
        <p class="muted rdy-hint">
          <a href="#/settings/profile">{t('rdyProfileLink')}</a> {t('rdyProfileHintRest')}
        </p>
      )}
    </section>
  );
}
