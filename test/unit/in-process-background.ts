import { startBadge } from '../../utils/background/badge-service';
import type { BadgeActionApi } from '../../utils/background/badge';
import { startReminders } from '../../utils/background/reminders';
import { FakeAlarms, FakeNotifications, FakeStorageArea } from './fakes/reminders.test-fakes';
import { replanner } from '../../utils/background/replan';
import type { VacancyStore } from '../../utils/db-writer/vacancy-store';
import { loadSettings } from '../../utils/settings/settings';

/** The toolbar button's badge as the browser would show it. */
export class FakeAction implements BadgeActionApi {
  text = '';
  color = '';
  setBadgeText({ text }: { text: string }) {
    this.text = text;
  }
  setBadgeBackgroundColor({ color }: { color: string }) {
    this.color = color;
  }
}

/**
 * The background's re-planning over a writer store, with fake alarms, notifications and badge:
 * what start-background.ts wires, minus the browser. Settings come from the (fake) extension
 * storage, as in the background. Pass `afterWrite` to handleRequest's context.
 */
export function inProcessBackground(store: VacancyStore, now: () => Date) {
  const alarms = new FakeAlarms();
  const action = new FakeAction();
  const errors: unknown[] = [];
  const onError = (error: unknown) => void errors.push(error);
  const reminders = startReminders({
    store,
    loadSettings,
    alarms,
    notifications: new FakeNotifications(),
    storageLocal: new FakeStorageArea(),
    now,
    browserLanguage: () => 'en-GB',
    onError,
  });
  const badge = startBadge({ store, action, alarms, now, onError });
  const afterWrite = replanner({ store, reminders, badge, onError });
  /** The names of the reminder alarms set, sorted. */
  const reminderAlarms = () => Object.keys(alarms.snapshot()).filter((name) => name.startsWith('reminder:')).sort();
  return { alarms, action, afterWrite, reminderAlarms, errors };
}
