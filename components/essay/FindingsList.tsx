import { useI18n } from '../i18n-context';
import type { MessageKey } from '../../utils/i18n-core';
import type { Finding, Severity } from '../../utils/essay/finding';
import { wordReason } from '../../utils/reasons/word-reason';

/**
 * The essay check's findings, shared by the popup and the in-page upload guard, worded in the
 * provider's language (the in-page panel's is the page's). Severity is
 * shown as an icon and a word, never by colour alone. Styles: findings.css (the popup imports
 * it; the in-page panel's sheet, entrypoints/upload-guard.content/panel.css, imports it into its shadow root).
 */

const SEVERITY: Record<Severity, { icon: string; label: MessageKey }> = {
  error: { icon: '✖', label: 'essaySeverityError' },
  warning: { icon: '⚠', label: 'essaySeverityWarning' },
  ok: { icon: '✔', label: 'essaySeverityOk' },
  info: { icon: 'ℹ', label: 'essaySeverityInfo' },
};

export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t, locale } = useI18n();
  return (
    <ul class="findings">
      {findings.map((finding) => {
        const severity = SEVERITY[finding.severity];
        return (
          <li key={finding.id} class={`finding finding-${finding.severity}`} data-finding={finding.id}>
            <span class="finding-badge">
              <span class="finding-icon" aria-hidden="true">{severity.icon}</span>
              <span class="finding-severity">{t(severity.label)}</span>
            </span>
            <span class="finding-text">
              <span class="finding-message">{wordReason(finding.message, t, locale)}</span>
              {finding.fix && (
                <span class="finding-fix">
                  {t('essayFixLabel')} {wordReason(finding.fix, t, locale)}
                </span>
              )}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** One line for a live region: how many errors and warnings, or that all is well. */
export function FindingsSummary({ findings, role = 'status' }: { findings: readonly Finding[]; role?: 'status' | 'alert' }) {
  const { t } = useI18n();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  return (
    <p role={role} class={errors > 0 ? 'findings-summary has-errors' : 'findings-summary'}>
      {errors + warnings === 0 ? t('essaySummaryAllGood') : t('essaySummary', { errors, warnings })}
    </p>
  );
}
