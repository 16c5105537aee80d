import type { StoredVacancy } from '../record/stored-vacancy';
import type { Stage } from '../record/stages';
import { nextStep, noNewsSince, type ApplicationStepEvent } from './steps';

/** Stages with a selection still going on: their next step or their silence is worth a line. */
export const IN_PROGRESS_STAGES: readonly Stage[] = [
  'submitted',
  'video-interview',
  'written-test',
  'panel-interview',
  'reserve-list',
  'selected',
  'conditional-offer',
  'clearance-medical',
  'final-offer',
];

export interface ListItem {
  record: StoredVacancy;
  /** The application's next dated step, when it has one ahead. */
  next: ApplicationStepEvent | null;
  /** "No news since" this instant (utils/stages/steps.ts noNewsSince), or null. */
  noNews: string | null;
}

const closing = (record: StoredVacancy) => (record.closesAt === null ? Number.POSITIVE_INFINITY : Date.parse(record.closesAt));

/**
 * The open list (soonest closing first) with the applications in progress merged in: each by the
 * earlier of its closing moment still ahead and its next step, instants compared as instants
 * whatever zone they were entered in; the ones with no news after them. With more open rows
 * still unread (`moreOpen`), a step later than the last row shown waits for "Show more", so
 * nothing is placed before a closing moment not yet read.
 */
export function listOrder(
  open: readonly StoredVacancy[],
  inProgress: readonly StoredVacancy[],
  now: Date,
  { moreOpen, noNewsDays }: { moreOpen: boolean; noNewsDays: number },
): ListItem[] {
  const byReference = new Map<string, ListItem & { at: number }>();
  for (const record of open) {
    const next = nextStep(record, now);
    byReference.set(record.reference, { record, next, noNews: null, at: Math.min(closing(record), next ? Date.parse(next.at) : Number.POSITIVE_INFINITY) });
  }
  const lastShown = open.length > 0 ? closing(open[open.length - 1]!) : Number.POSITIVE_INFINITY;
  const silent: ListItem[] = [];
  for (const record of inProgress) {
    if (byReference.has(record.reference)) continue;
    const next = nextStep(record, now);
    if (next) {
      const at = Date.parse(next.at);
      if (!moreOpen || at <= lastShown) byReference.set(record.reference, { record, next, noNews: null, at });
      continue;
    }
    const noNews = noNewsSince(record, now, noNewsDays);
    if (noNews !== null) silent.push({ record, next: null, noNews });
  }
  const timed = [...byReference.values()].sort((a, b) => a.at - b.at || (a.record.reference < b.record.reference ? -1 : 1));
  silent.sort((a, b) => Date.parse(a.noNews!) - Date.parse(b.noNews!) || (a.record.reference < b.record.reference ? -1 : 1));
  return [...timed.map(({ at: _at, ...item }) => item), ...silent];
}
