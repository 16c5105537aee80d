/**
 * Which reminder events get a browser alarm now. Chrome refuses more than 500 alarms per
 * extension (every create after that throws), so one alarm per event would stop working at about
 * 125 open vacancies with the default ladder of four steps. Only the nearest events are armed:
 * alarms fire in time order, and every firing (and every write) arms the plan again, so the
 * next event always has its alarm before its time comes, however long the archive grows.
 *
 * The events are any feature's, as long as each has a unique alarm name and an instant: the
 * deadline ladder (planReminders in reminders.ts) is one list; another feature's dated events
 * are concatenated to it before this is called, and its alarm handler reads its own names.
 */
export interface ReminderEvent {
  /** The alarm name, unique across every event list (each feature its own prefix). */
  name: string;
  /** Epoch milliseconds the event is due. */
  when: number;
}

/** Far under Chrome's 500, leaving room for the badge and backup alarms and for other features. */
export const REMINDER_ALARM_BUDGET = 50;

/** The events still ahead of `now`, soonest first (ties by name, so the plan is stable), at most `budget`. */
export function alarmsToArm<E extends ReminderEvent>(events: readonly E[], now: number, budget = REMINDER_ALARM_BUDGET): E[] {
  return events
    .filter((event) => event.when > now)
    .sort((a, b) => a.when - b.when || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, Math.max(0, budget));
}
