import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { wordReason } from '../../utils/reasons/word-reason';
import { rulesFor, ruleText, type RulePlace } from '../../utils/prepare/rule-wording';
import { useI18n } from '../i18n-context';
import './prepare.css';

/** The notice's own rules where they bite, each with the notice's words on demand (as text). */
export function RuleNotes({ record, where }: { record: Pick<StoredVacancy, 'preparation'>; where: RulePlace }) {
  const { t, locale } = useI18n();
  const rules = rulesFor(record.preparation, where);
  if (rules.length === 0) return null;
  return (
    <ul class="prp-rules" aria-label={t('prpRulesHeading')}>
      {rules.map((rule) => (
        <li key={rule.kind} class={`prp-rule prp-rule-${rule.kind}`} data-rule={rule.kind}>
          <span aria-hidden="true">⚠ </span>
          {wordReason(ruleText(rule), t, locale)}
          <details>
            <summary>{t('prpNoticeWords')}</summary>
            <blockquote>{rule.quote}</blockquote>
          </details>
        </li>
      ))}
    </ul>
  );
}
