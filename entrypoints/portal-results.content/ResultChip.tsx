import { useId } from 'preact/hooks';
import { useI18n } from '../../components/i18n-context';
import { formatTimeLeft } from '../../utils/deadlines/format';
import { urgencyOf } from '../../utils/deadlines/time-left';
import type { TrackedSummary } from '../../utils/messages';
import { failureReason, type Failure } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
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

export const CHIP_CSS = `
${TYPE_SCALE}
:host { all: initial; display: inline-block; vertical-align: middle; margin-left: 8px; position: relative; }
.chip {
  --bg: #eef3fa; --fg: #12365f; --border: #9db5d6; --focus: #f2a900;
  display: inline-block; font: var(--fs-s)/1.6 var(--font-family);
  padding: 0 8px; border-radius: 999px; border: 1px solid var(--border); background: var(--bg); color: var(--fg);
  cursor: pointer; white-space: nowrap;
  /* One width for "+ Follow" and "✓ Following": the chip's size says little to the page. */
  box-sizing: border-box; min-width: 8em; text-align: center;
}
.details {
  display: none; position: absolute; left: 0; top: calc(100% + 4px); z-index: 2147483646;
  font: 12px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; white-space: nowrap;
  padding: 2px 8px; border-radius: 6px; border: 1px solid #9db5d6; background: #ffffff; color: #12365f;
  box-shadow: 0 2px 8px rgba(0,0,0,.15);
}
@media (prefers-color-scheme: dark) { .details { background: #1c2a3b; color: #d9e7fb; border-color: #44607f; } }
.wrap:hover .details, .wrap:focus-within .details { display: block; }
@media (prefers-color-scheme: dark) { .chip { --bg: #1c2a3b; --fg: #d9e7fb; --border: #44607f; } }
.chip.under24h, .chip.failed { --bg: #fdecea; --fg: #8c1d18; --border: #e5a19b; }
.chip.under72h { --bg: #fff4e0; --fg: #6b4100; --border: #e3bd7a; }
.chip.closed { --bg: #f0f0f0; --fg: #4a4a4a; --border: #c4c4c4; }
.chip.saving { cursor: default; }
.chip.unfollow { margin-left: 2px; padding: 0 6px; min-width: 0; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
`;
