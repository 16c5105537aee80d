import type { ComponentChildren } from 'preact';
import type { StoredVacancy } from '../../utils/record/stored-vacancy';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import { DEFAULT_NO_NEWS_DAYS } from '../../utils/stages/steps';
import { describeNextStep } from '../../utils/stages/step-labels';
import { IN_PROGRESS_STAGES, listOrder } from '../../utils/stages/list-order';
import { formatCalendarDate } from '../../utils/format/dates';
import { brusselsDate } from '../../utils/time/zones';
import { isFollowed } from '../../utils/record/follow-rule';
import type { useI18n } from '../i18n-context';
import './stages.css';

export interface RowExtras {
  /** A line under the row's tags: the next step, or "no news since …". */
  line?: ComponentChildren;
  /** Beside the row, outside its button: an offer that acts. */
  after?: ComponentChildren;
}

export interface OpenItemsInput {
  open: StoredVacancy[];
  moreOpen: boolean;
  /** The applications in progress, as read through the status index (IN_PROGRESS_STAGES). */
  inProgress: readonly StoredVacancy[];
  store: Pick<PopupStore, 'stages'>;
  now: Date;
  noNewsDays?: number;
  t: ReturnType<typeof useI18n>['t'];
  locale: 'en' | 'fr';
}

export { IN_PROGRESS_STAGES };

/**
 * The open list with the applications in progress among it: each one's next dated step ("Video
 * interview due in 2 d 5 h") takes its place by its moment among the closing moments; one with
 * no news since the window closed comes last, with the offer to mark it not shortlisted (never
 * done by itself). Loaded after the first render (DeadlinesView), which draws the rows in its own
 * list, so rows already drawn stay (and keep focus) when this arrives.
 */
export function openItems({ open, moreOpen, inProgress, store, now, noNewsDays = DEFAULT_NO_NEWS_DAYS, t, locale }: OpenItemsInput): { record: StoredVacancy; extras?: RowExtras }[] {
  const followed = inProgress.filter(isFollowed);
  return listOrder(open, followed, now, { moreOpen, noNewsDays }).map(({ record, next, noNews }) => {
    if (next) return { record, extras: { line: <strong class="stg-next">{describeNextStep(next, now, t)}</strong> } };
    if (noNews === null) return { record };
    const closed = noNewsSinceWords(record, noNews, noNewsDays, locale, t);
    return {
      record,
      extras: {
        line: <span class="stg-no-news">{closed}</span>,
        after: (
          <button
            type="button"
            class="stg-mark"
            aria-label={t('stgMarkNotShortlistedLabel', { title: record.title })}
            onClick={() => void store.stages({ type: 'set-stage', reference: record.reference, stage: 'not-shortlisted', reachedAt: new Date().toISOString() }).catch(() => undefined)}
          >
            {t('stgMarkNotShortlisted')}
          </button>
        ),
      },
    };
  });
}

function noNewsSinceWords(record: StoredVacancy, since: string, days: number, locale: 'en' | 'fr', t: ReturnType<typeof useI18n>['t']): string {
  const date = formatCalendarDate(brusselsDate(since), locale);
  return record.selectionWindow ? t('stgNoNewsWindow', { date }) : t('stgNoNewsClose', { days, date });
}
