import type { Translate } from '../i18n-core';
import type { Stage } from '../record/stages';
import { applicationStepEvents } from './steps';
import type { DatedStep } from '../record/dated-step';
import { STEP_KIND_LABEL } from './step-labels';

/**
 * The calendar events of an application's dated steps, one per moment: a due is a 30-minute event
 * ending at it (like a closing moment); a slot runs from its start to its end (an hour when no end
 * is printed); whole days are all-day dates, which a calendar reads as the days they are.
 */
export interface IcsSteps {
  status?: Stage;
  steps?: readonly DatedStep[];
}

interface Writers {
  escapeText(value: string): string;
  formatUtc(instant: Date): string;
  uid(reference: string): string;
}

const DUE_MINUTES = 30;
const SLOT_MINUTES_WITHOUT_END = 60;
const MINUTE = 60_000;

const dayValue = (isoDate: string) => isoDate.replace(/-/g, '');
const dayAfter = (isoDate: string) => new Date(Date.parse(`${isoDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

export function stepEventLines(
  vacancy: IcsSteps & { reference: string; title: string },
  now: Date,
  t: Translate,
  { escapeText, formatUtc, uid }: Writers,
): string[] {
  if (vacancy.status === undefined || !vacancy.steps?.length) return [];
  const lines: string[] = [];
  for (const event of applicationStepEvents({ reference: vacancy.reference, status: vacancy.status, closesAt: null, steps: vacancy.steps })) {
    const [, , stepId] = event.key.split(':');
    const step = vacancy.steps.find((candidate) => candidate.id === stepId)!;
    const kind = t(STEP_KIND_LABEL[event.kind]);
    let when: string[];
    if (event.what === 'due') {
      const due = new Date(event.at);
      when = [`DTSTART:${formatUtc(new Date(due.getTime() - DUE_MINUTES * MINUTE))}`, `DTEND:${formatUtc(due)}`];
    } else if (step.slot !== null && 'start' in step.slot) {
      const start = new Date(step.slot.start);
      const end = step.slot.end === null ? new Date(start.getTime() + SLOT_MINUTES_WITHOUT_END * MINUTE) : new Date(step.slot.end);
      when = [`DTSTART:${formatUtc(start)}`, `DTEND:${formatUtc(end)}`];
    } else if (step.slot !== null) {
      const [from, to] = 'date' in step.slot ? [step.slot.date, step.slot.date] : [step.slot.from, step.slot.to];
      when = [`DTSTART;VALUE=DATE:${dayValue(from)}`, `DTEND;VALUE=DATE:${dayValue(dayAfter(to))}`];
    } else continue;
    const summary = t(event.what === 'due' ? 'stgIcsDue' : 'stgIcsSlot', { kind, title: vacancy.title, reference: vacancy.reference });
    lines.push(
      'BEGIN:VEVENT',
      // The step's own UID (the vacancy's, prefixed): editing the step replaces its event.
      `UID:step-${stepId}-${event.what}.${uid(vacancy.reference)}`,
      `DTSTAMP:${formatUtc(now)}`,
      ...when,
      `SUMMARY:${escapeText(summary)}`,
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-P1D',
      `DESCRIPTION:${escapeText(summary)}`,
      'END:VALARM',
      'END:VEVENT',
    );
  }
  return lines;
}
