import type { StoredVacancy } from '../record/stored-vacancy';
import { BRUSSELS, brusselsDate, zonedToInstant } from '../time/zones';

/**
 * The last-help rung: one reminder a set number of working days before the close, for a vacancy
 * still being drafted, because the portal's support "may take 3 working days" to answer. It
 * fires at 09:00 Brussels (the support's working morning) on the Nth working day before the
 * closing day, the closing day itself not counted: asking then leaves the support N whole working
 * days before the last one. Working days are Monday to Friday; public holidays are not known here
 * (the notices never list them), so a holiday in between counts as a working day.
 */

/** The alarm name's last part; `reminder:<reference>:help` is no ladder step (those are hours). */
const HELP_STEP = 'help';
const HELP_NAME = /^reminder:(.+):help$/;
/** The support's working morning, Brussels wall clock. */
const MORNING = '09:00:00';

/** The rung's setting, as utils/settings/settings.ts stores it (reminders.lastHelp); written out so prepare/ needs no settings import. */
export interface LastHelpSetting {
  enabled: boolean;
  workingDays: number;
}

/**
 * Still drafting the application: the one place that decides which vacancies get the rung (a
 * change of the status model maps here alone).
 */
export function stillDrafting(record: Pick<StoredVacancy, 'status'>): boolean {
  return record.status === 'drafting';
}

/** `YYYY-MM-DD` of the day `workingDays` Monday-to-Friday days before `isoDate` (never counting it). */
export function workingDaysBefore(isoDate: string, workingDays: number): string {
  const day = new Date(`${isoDate}T00:00:00Z`);
  let left = workingDays;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() - 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day.toISOString().slice(0, 10);
}

// Every write re-plans every followed vacancy: remember the last few hundred answers (Intl is slow).
const instants = new Map<string, number | null>();
const INSTANT_CACHE_SIZE = 512;

/** The instant the rung fires for a vacancy closing at `closesAt` (ISO); null for a bad instant. */
export function lastHelpInstant(closesAt: string, workingDays: number): number | null {
  const key = `${closesAt}|${workingDays}`;
  const cached = instants.get(key);
  if (cached !== undefined) return cached;
  let when: number | null = null;
  if (!Number.isNaN(Date.parse(closesAt))) {
    const instant = zonedToInstant(`${workingDaysBefore(brusselsDate(closesAt), workingDays)}T${MORNING}`, BRUSSELS);
    when = instant === null ? null : Date.parse(instant);
  }
  if (instants.size >= INSTANT_CACHE_SIZE) instants.clear();
  instants.set(key, when);
  return when;
}

export function lastHelpAlarmName(reference: string): string {
  return `reminder:${reference}:${HELP_STEP}`;
}

/** The reference of a rung's alarm, or null for any other alarm. */
export function parseLastHelpAlarm(name: string): string | null {
  return HELP_NAME.exec(name)?.[1] ?? null;
}

/** The rung's key in the set of reminders already shown (pruned with the others by its closesAt). */
export function lastHelpSentKey(reference: string, closesAt: string): string {
  return `${reference}:${HELP_STEP}:${closesAt}`;
}

type HelpRecord = Pick<StoredVacancy, 'reference' | 'closesAt' | 'status'>;

/**
 * The rung's event for a record the reminders already want (followed, switched on, before
 * applying: reminders.ts decides that), or null: not drafting, switched off, no close, or its
 * time already past or after the close (a close on a Monday 08:00 with 0 working days).
 */
export function lastHelpEvent(record: HelpRecord, setting: LastHelpSetting, now: number): { name: string; when: number } | null {
  if (!setting.enabled || !stillDrafting(record) || record.closesAt === null) return null;
  const when = lastHelpInstant(record.closesAt, setting.workingDays);
  const closes = Date.parse(record.closesAt);
  if (when === null || when <= now || when >= closes) return null;
  return { name: lastHelpAlarmName(record.reference), when };
}
