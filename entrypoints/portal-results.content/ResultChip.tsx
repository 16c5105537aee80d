import { useI18n } from '../../components/i18n-context';
import { formatTimeLeft } from '../../utils/deadlines/format';
import { urgencyOf } from '../../utils/deadlines/time-left';
import type { TrackedSummary } from '../../utils/messages';
import { failureText, type Failure } from '../../utils/failure';
import { STATUS_LABEL } from '../../components/deadlines/labels';
import TYPE_SCALE from '../../components/type-scale.css?raw';

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

/** The small marker next to a results row: tracked (status, time left) or a Track button. */
export function ResultChip({ state, now, onTrack, onUnfollow, onOpen }: ResultChipProps) {
  const { t } = useI18n();
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
        <span class="chip failed" role="alert" title={failureText(state.failure, t)}>
          {t('chipFailed')}
        </span>
      );
    case 'tracked': {
      const { summary } = state;
      const urgency = urgencyOf(summary.closesAt, now);
      return (
        <>
          <button type="button" class={`chip tracked ${urgency}`} onClick={onOpen} title={t('chipOpenHint')}>
            ✓ {t(STATUS_LABEL[summary.status])} · {formatTimeLeft(summary.closesAt, now, t)}
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
        </>
      );
    }
  }
}

export const CHIP_CSS = `
${TYPE_SCALE}
:host { all: initial; display: inline-block; vertical-align: middle; margin-left: 8px; }
.chip {
  --bg: #eef3fa; --fg: #12365f; --border: #9db5d6; --focus: #f2a900;
  display: inline-block; font: var(--fs-s)/1.6 var(--font-family);
  padding: 0 8px; border-radius: 999px; border: 1px solid var(--border); background: var(--bg); color: var(--fg);
  cursor: pointer; white-space: nowrap;
}
@media (prefers-color-scheme: dark) { .chip { --bg: #1c2a3b; --fg: #d9e7fb; --border: #44607f; } }
.chip.under24h, .chip.failed { --bg: #fdecea; --fg: #8c1d18; --border: #e5a19b; }
.chip.under72h { --bg: #fff4e0; --fg: #6b4100; --border: #e3bd7a; }
.chip.closed { --bg: #f0f0f0; --fg: #4a4a4a; --border: #c4c4c4; }
.chip.saving { cursor: default; }
.chip.unfollow { margin-left: 2px; padding: 0 6px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
`;
