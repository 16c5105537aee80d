import { useId } from 'preact/hooks';
import { useI18n } from '../../components/i18n-context';
import { formatTimeLeft } from '../../utils/deadlines/format';
import { urgencyOf } from '../../utils/deadlines/time-left';
import type { TrackedSummary } from '../../utils/messages';
import { failureReason, type Failure } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { STATUS_LABEL } from '../../components/deadlines/labels';

/** 'untracked': not followed (never opened, or only seen); 'tracked': followed. Tracking a row is following it. */
export type ChipState =
  | { kind: 'untracked' }
  | { kind: 'saving' }
  | { kind: 'tracked'; summary: TrackedSummary }
  | { kind: 'failed'; failure: Failure };

export interface ResultChipProps {
  state: ChipState;
  now: Date;
  onTrack: () => void;
  onUnfollow: () => void;
  onOpen: () => void;
}

/**
 * The small marker next to a results row: "✓ Following" (with × to unfollow) or a Follow button.
 * What the page needs to show is only which rows the user follows; a vacancy's status
 * ("Applied") and time left are the user's private state, so they are not in the chip at rest:
 * they show in a tooltip only while the user points at the chip or focuses it (CSS :hover and
 * :focus-within, which no page script can cause), and are its accessible description. The chips
 * have one width, so the page cannot tell them apart by measuring the host either. (The shadow
 * root is closed as well: the page reads none of this text; this keeps it off the screen of
 * anyone looking over the user's shoulder, too.)
 */
export function ResultChip({ state, now, onTrack, onUnfollow, onOpen }: ResultChipProps) {
  const { t, locale } = useI18n();
  const detailsId = useId();
  switch (state.kind) {
    case 'untracked':
      return (
        <button type="button" class="chip track" onClick={onTrack} title={t('chipTrackHint')}>
          + {t('chipTrack')}
        </button>
      );
    case 'saving':
      return <span class="chip saving">{t('chipSaving')}</span>;
    case 'failed':
      return (
        <span class="chip failed" role="alert" title={wordReason(failureReason(state.failure), t, locale)}>
          {t('chipFailed')}
        </span>
      );
    case 'tracked': {
      const { summary } = state;
      const urgency = urgencyOf(summary.closesAt, now);
      return (
        <span class="wrap">
          <button
            type="button"
            class={`chip tracked ${urgency}`}
            onClick={onOpen}
            title={t('chipOpenHint')}
            aria-describedby={detailsId}
          >
            ✓ {t('chipTracked')}
          </button>
          <button
            type="button"
            class={`chip unfollow ${urgency}`}
            onClick={onUnfollow}
            aria-label={t('chipUnfollowLabel', { reference: summary.reference })}
            title={t('unfollowAction')}
          >
            ×
          </button>
          <span class="details" id={detailsId} role="tooltip">
            {t(STATUS_LABEL[summary.status])} · {formatTimeLeft(summary.closesAt, now, t)}
          </span>
        </span>
      );
    }
  }
}

