import type { StoredVacancy } from '../record/stored-vacancy';
import { applyBadge, BADGE_ALARM, badgeFor, nextBadgeChange, type BadgeActionApi } from './badge';
import type { AlarmsApi } from './reminders';

export interface BadgeServiceDeps {
  store: { all(): Promise<StoredVacancy[]> };
  action: BadgeActionApi;
  alarms: Pick<AlarmsApi, 'create' | 'clear' | 'onAlarm'>;
  now: () => Date;
  onError?: (error: unknown) => void;
}

/**
 * Keeps the toolbar badge current: refreshed after writes and on startup, and by one alarm at
 * the next moment the count or colour would change on its own (a vacancy entering the 7-day
 * window, crossing 72 h or 24 h, or closing) — no polling.
 */
export function startBadge(deps: BadgeServiceDeps): { refresh: (records?: StoredVacancy[]) => Promise<void>; stop: () => void } {
  const onError = deps.onError ?? ((error: unknown) => console.error('[badge]', error));
  /** `records` when the caller has just read them, so one write costs one read. */
  const refresh = async (known?: StoredVacancy[]) => {
    const records = known ?? (await deps.store.all());
    const now = deps.now();
    await applyBadge(deps.action, badgeFor(records, now));
    const next = nextBadgeChange(records, now);
    if (next) await deps.alarms.create(BADGE_ALARM, { when: next.getTime() });
    else await deps.alarms.clear(BADGE_ALARM);
  };
  const listener = (alarm: { name: string }) => {
    if (alarm.name === BADGE_ALARM) refresh().catch(onError);
  };
  deps.alarms.onAlarm.addListener(listener);
  return { refresh, stop: () => deps.alarms.onAlarm.removeListener(listener) };
}
