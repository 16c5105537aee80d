import { useI18n } from '../../components/i18n-context';
import type { Finding } from '../../utils/essay/finding';
import type { VacancyConfidence } from '../../utils/portal/apply-page';
import { FindingsList, FindingsSummary } from '../../components/essay/FindingsList';
import { VacancySelect, type VacancyChoice } from '../../components/essay/VacancySelect';
import { failureReason, type Failure } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';

export interface UploadGuardPanelProps {
  fileName: string;
  /** null while the file is being read and checked. */
  findings: Finding[] | null;
  /** The tracked vacancy the file was checked against. */
  vacancy: { reference: string; title: string } | null;
  /** How the vacancy was found; 'chosen' once the user picked it. */
  confidence: VacancyConfidence | 'chosen';
  /** A reference the page names but the tracker does not know. */
  untracked: string | null;
  /** Why the extension could not be asked, if it could not. */
  /** Why the background could not say which vacancy this is. */
  unreachable: Failure | null;
  /** Why the chosen file could not be read, if it could not. */
  readError: string | null;
  choices: readonly VacancyChoice[];
  onChoose: (reference: string) => void;
  onHide: () => void;
  /** Unique per panel: several file inputs may each have one. */
  idPrefix: string;
}

/**
 * The findings next to the portal's file input, before the user clicks Attach. It only informs:
 * it never touches the form. Key presses stay inside so the portal's shortcuts never fire.
 */
export function UploadGuardPanel(props: UploadGuardPanelProps) {
  const { t, locale } = useI18n();
  const { fileName, findings, vacancy, confidence, untracked, unreachable, choices } = props;
  const unsure = confidence === 'guess' || confidence === 'none' || confidence === 'chosen' || untracked !== null;
  return (
    <section class="guard" aria-label={t('essayGuardTitle')} onKeyDown={(event) => event.stopPropagation()}>
      <header>
        <strong>{t('essayGuardTitle')}</strong>
        <button type="button" class="hide" onClick={props.onHide}>{t('essayGuardHide')}</button>
      </header>
      {props.readError ? (
        <p role="alert">{t('essayReadError', { reason: props.readError })}</p>
      ) : findings === null ? (
        <p role="status">{t('essayGuardChecking', { name: fileName })}</p>
      ) : (
        <>
          {unreachable && <p class="note">{t('essayGuardUnreachable', { reason: wordReason(failureReason(unreachable), t, locale) })}</p>}
          {vacancy && confidence === 'guess' && <p class="note">{t('essayGuardGuessed', { reference: vacancy.reference })}</p>}
          {vacancy && <p class="vacancy">{t('essayGuardVacancy', vacancy)}</p>}
          {untracked && <p class="note">{t('essayGuardNotTracked', { reference: untracked })}</p>}
          {!vacancy && !untracked && confidence === 'none' && !unreachable && <p class="note">{t('essayGuardUnknown')}</p>}
          {unsure && choices.length > 0 && (
            <VacancySelect
              id={`${props.idPrefix}-vacancy`}
              label={t('essayGuardChooseLabel')}
              vacancies={choices}
              value={vacancy?.reference ?? ''}
              onChange={props.onChoose}
            />
          )}
          <FindingsSummary findings={findings} />
          <FindingsList findings={findings} />
          <p class="footnote">{t('essayGuardNote')}</p>
        </>
      )}
    </section>
  );
}
