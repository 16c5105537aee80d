import type { DatedStep } from '../record/dated-step';
import { brusselsEndOfDay, zonedToInstant, BRUSSELS } from '../time/zones';
import { FINISHED_STAGES, type Stage } from '../record/stages';

/**
 * An application's dated steps after the close (a video interview's due, a test's slot) and the
 * moments they put on the calendar: reminders, the badge, the .ics export and the list's next step
 * all read them from here.
 */

export interface StepRecord {
  reference: string;
  status: Stage;
  closesAt: string | null;
  steps?: readonly DatedStep[] | undefined;
  selectionWindow?: { from: string; to: string } | null | undefined;
}

export interface ApplicationStepEvent {
  /** Stable across re-plans: `step:<reference>:<step id>:<due|start>`. */
  key: string;
  reference: string;
  kind: DatedStep['kind'];
  /** 'due': the moment to act by; 'start': the event begins (a whole day begins at 00:00 Brussels). */
  what: 'due' | 'start';
  at: string;
}

/** The moment a slot begins: its start instant, or 00:00 Brussels on its first day. */
export function slotStart(slot: NonNullable<DatedStep['slot']>): string | null {
  if ('start' in slot) return slot.start;
  return zonedToInstant(`${'date' in slot ? slot.date : slot.from}T00:00`, BRUSSELS);
}

/** The moment a slot is over: its end, its start when no end is printed, or 23:59 Brussels on its last day. */
export function slotEnd(slot: NonNullable<DatedStep['slot']>): string | null {
  if ('start' in slot) return slot.end ?? slot.start;
  return brusselsEndOfDay('date' in slot ? slot.date : slot.to);
}

/** Every dated moment of a vacancy's steps; none once the application is over. */
export function applicationStepEvents(record: StepRecord): ApplicationStepEvent[] {
  if (FINISHED_STAGES.includes(record.status)) return [];
  const events: ApplicationStepEvent[] = [];
  for (const step of record.steps ?? []) {
    const base = { reference: record.reference, kind: step.kind };
    if (step.due !== null) events.push({ ...base, key: `step:${record.reference}:${step.id}:due`, what: 'due', at: step.due });
    const start = step.slot === null ? null : slotStart(step.slot);
    if (start !== null) events.push({ ...base, key: `step:${record.reference}:${step.id}:start`, what: 'start', at: start });
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

/** The application's next step: the earliest of its moments still to come. */
export function nextStep(record: StepRecord, now: Date): ApplicationStepEvent | null {
  return applicationStepEvents(record).find((event) => Date.parse(event.at) > now.getTime()) ?? null;
}

/** The days after the close to wait, when a notice announces no window, before saying "no news". */
export const DEFAULT_NO_NEWS_DAYS = 60;

/**
 * "No news since …": a submitted application with no step recorded, once the announced selection
 * window has ended (or `days` after the close when none was announced). Only ever said, never acted on.
 */
export function noNewsSince(record: StepRecord, now: Date, days = DEFAULT_NO_NEWS_DAYS): string | null {
  if (record.status !== 'submitted' || (record.steps ?? []).length > 0) return null;
  const windowEnd = record.selectionWindow?.to ?? null;
  const over = windowEnd !== null ? brusselsEndOfDay(windowEnd) : record.closesAt === null ? null : new Date(Date.parse(record.closesAt) + days * 86_400_000).toISOString();
  if (over === null || Date.parse(over) > now.getTime()) return null;
  return over;
}

/**
 * The instants of a followed application's step moments still ahead (epoch ms), for the toolbar
 * badge: a step due within its window counts like a closing moment does.
 */
export function upcomingStepMoments(record: StepRecord & { followedAt: string | null }, now: Date): number[] {
  if (record.followedAt === null) return [];
  return applicationStepEvents(record)
    .map((event) => Date.parse(event.at))
    .filter((at) => at > now.getTime());
}
