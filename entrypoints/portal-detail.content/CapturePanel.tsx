import type { Warning } from '../../utils/parse/warning-templates';
import { useI18n } from '../../components/i18n-context';
import { WarningItems } from '../../components/warning-items';
import { warningsForPeople } from '../../utils/parse/warning-kind';
import { formatClosingMoment, formatTimeLeft } from '../../utils/deadlines/format';
import { fieldLabels, STATUS_LABEL_KEY } from '../../utils/field-labels';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import { failureReason, type Failure } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { rulesFor, ruleText } from '../../utils/prepare/rule-wording';
import { isFollowed } from '../../utils/record/follow-rule';
import type { EarlierApplication } from '../../utils/stages/applied-before';

/** What the detail-page capture has to tell the user, in order of events. */
export type CaptureState =
  | { kind: 'reading' }
  | { kind: 'saved'; record: StoredVacancy; created: boolean; changed: string[]; warnings: readonly Warning[]; appliedBefore?: readonly EarlierApplication[] }
  | { kind: 'withdrawn'; reference: string; tracked: boolean }
  | { kind: 'failed'; failure: Failure; warnings: readonly Warning[] }
  /** The extension was updated or reloaded before this page was read whole: reloading saves it. */
  | { kind: 'orphaned' };

export interface CapturePanelProps {
  state: CaptureState;
  now: Date;
  timeZone: string;
  onOpen: (reference: string | null) => void;
  /** Follow (true) or Unfollow (false) the saved vacancy. */
  onFollow: (follow: boolean) => void;
  onDismiss: () => void;
}

/** The in-page panel: rendered in a shadow root, so it neither inherits nor leaks styles. */
export function CapturePanel({ state, now, timeZone, onOpen, onFollow, onDismiss }: CapturePanelProps) {
  const { t, locale } = useI18n();
  const reference = state.kind === 'saved' ? state.record.reference : state.kind === 'withdrawn' ? state.reference : null;
  return (
    <aside class={`panel ${state.kind}`} aria-label={t('extName')} role="status">
      <header>
        <strong>{t('extName')}</strong>
        <button type="button" class="dismiss" onClick={onDismiss} aria-label={t('panelDismiss')} title={t('panelDismiss')}>
          ×
        </button>
      </header>
      {state.kind === 'reading' && <p>{t('panelReading')}</p>}
      {state.kind === 'saved' && (
        <>
          <p class="headline">
            {state.created ? t('panelSaved') : state.changed.length > 0 ? t('panelUpdated') : t('panelAlreadySaved')} — {formatTimeLeft(state.record.closesAt, now, t)}
          </p>
          {state.record.closesAt && (
            <p class="moment">{formatClosingMoment(state.record.closesAt, { locale, t, timeZone, now })}</p>
          )}
          {state.changed.length > 0 && <p>{t('panelChanged', { fields: fieldLabels(state.changed, t) })}</p>}
          {(state.appliedBefore ?? []).map((earlier) => (
            <p key={earlier.reference} class="rule" data-applied-before={earlier.reference}>
              {t('aftAppliedBefore', { reference: earlier.reference, status: Object.hasOwn(STATUS_LABEL_KEY, earlier.status) ? t(STATUS_LABEL_KEY[earlier.status as keyof typeof STATUS_LABEL_KEY]) : earlier.status })}
            </p>
          ))}
          {rulesFor(state.record.preparation, 'capture').map((rule) => (
            // The notice's own rules on the application (the AI/translation clause…), where it is read.
            <p key={rule.kind} class="rule" data-rule={rule.kind}>⚠ {t(ruleText(rule).key)}</p>
          ))}
          <p class="follow-state">
            {isFollowed(state.record) ? t('panelFollowing') : t('panelSeenOnly')}{' '}
            <button
              type="button"
              class={isFollowed(state.record) ? 'unfollow' : 'follow'}
              onClick={() => onFollow(!isFollowed(state.record))}
              title={t('followHint')}
            >
              {isFollowed(state.record) ? t('unfollowAction') : t('followAction')}
            </button>
          </p>
        </>
      )}
      {state.kind === 'withdrawn' && (
        <p class="headline">{state.tracked ? t('panelWithdrawnTracked') : t('panelWithdrawn')}</p>
      )}
      {state.kind === 'orphaned' && (
        <p class="headline error" role="alert">
          {t('panelUpdatedReload')}
        </p>
      )}
      {state.kind === 'failed' && (
        <p class="headline error" role="alert">
          {t('panelFailed', { reason: wordReason(failureReason(state.failure), t, locale) })}
        </p>
      )}
      {(state.kind === 'saved' || state.kind === 'failed') && <PanelWarnings warnings={state.warnings} />}
      {state.kind !== 'reading' && state.kind !== 'orphaned' && (
        <button type="button" class="open" onClick={() => onOpen(reference)}>
          {t('panelOpen')}
        </button>
      )}
    </aside>
  );
}

/** Problems are counted (what the capture failed to read); what the notice does not contain is quiet information. */
function PanelWarnings({ warnings }: { warnings: readonly Warning[] }) {
  const { t, locale } = useI18n();
  const { problems, absent } = warningsForPeople(warnings);
  return (
    <>
      {problems.length > 0 && (
        <details class="problems">
          <summary>{t('panelWarnings', { count: problems.length })}</summary>
          <ul>
            <WarningItems warnings={problems} />
          </ul>
        </details>
      )}
      {absent.length > 0 && (
        <details class="about">
          <summary>{t('noticeAbout')}</summary>
          <ul>
            <WarningItems warnings={absent} quiet />
          </ul>
        </details>
      )}
    </>
  );
}
