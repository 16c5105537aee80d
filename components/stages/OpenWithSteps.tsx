import type { ComponentChildren } from 'preact';
import type { StoredVacancy } from '../../utils/db/stored-vacancy';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import { DEFAULT_NO_NEWS_DAYS } from '../../utils/stages/steps';
import { describeNextStep } from '../../utils/stages/step-labels';
import { IN_PROGRESS_STAGES, listOrder } from '../../utils/stages/list-order';
import { formatCalendarDate } from '../../utils/deadlines/format';
import { brusselsDate } from '../../utils/time/zones';
import { isFollowed } from '../../utils/follow/rule';
import { useI18n } from '../i18n-context';
import { useObservable } from '../use-observable';
import './stages.css';

export interface RowExtras {
  /** A line under the row's tags: the next step, or "no news since …". */
  line?: ComponentChildren;
  /** Beside the row, outside its button: an offer that acts. */
  after?: ComponentChildren;
}

export interface OpenWithStepsProps {
  open: StoredVacancy[];
  moreOpen: boolean;
  row: (record: StoredVacancy, extras?: RowExtras) => ComponentChildren;
  store: PopupStore;
  now: Date;
  noNewsDays?: number;
}

/**
 * The open list with the applications in progress among it: each one's next dated step ("Video
 * interview due in 2 d 5 h") takes its place by its moment among the closing moments; one with
 * no news since the window closed comes last, with the offer to mark it not shortlisted (never
 * done by itself). Loaded after the first render (DeadlinesView), read through the status index.
 */
export function OpenWithSteps({ open, moreOpen, row, store, now, noNewsDays = DEFAULT_NO_NEWS_DAYS }: OpenWithStepsProps) {
  const { t, locale } = useI18n();
  const { value: inProgress } = useObservable<StoredVacancy[]>(
    () => store.live((vacancies) => vacancies.where('status').anyOf([...IN_PROGRESS_STAGES]).toArray()),
    [store],
  );
  const followed = (inProgress ?? []).filter(isFollowed);
  const items = listOrder(open, followed, now, { moreOpen, noNewsDays });
  return (
    <ul class="dl-list">
      {items.map(({ record, next, noNews }) => {
        if (next) return row(record, { line: <strong class="stg-next">{describeNextStep(next, now, t)}</strong> });
        if (noNews === null) return row(record);
        const closed = noNewsSinceWords(record, noNews, noNewsDays, locale, t);
        return row(record, {
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
        });
      })}
    </ul>
  );
}

function noNewsSinceWords(record: StoredVacancy, since: string, days: number, locale: 'en' | 'fr', t: ReturnType<typeof useI18n>['t']): string {
  const date = formatCalendarDate(brusselsDate(since), locale);
  return record.selectionWindow ? t('stgNoNewsWindow', { date }) : t('stgNoNewsClose', { days, date });
}
