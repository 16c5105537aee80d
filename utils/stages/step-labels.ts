import type { MessageKey, Translate } from '../i18n-core';
import type { ApplicationStepEvent } from './steps';
import type { DatedStep } from '../record/dated-step';
import { formatDuration, splitDuration } from '../format/durations';

/** The one home of the step kinds' words (the detail, the list, reminders, .ics, CSV). */
export const STEP_KIND_LABEL: Record<DatedStep['kind'], MessageKey> = {
  'video-interview': 'stgKindVideoInterview',
  'written-test': 'stgKindWrittenTest',
  assessment: 'stgKindAssessment',
  'panel-interview': 'stgKindPanelInterview',
  'reserve-list': 'stgKindReserveList',
  offer: 'stgKindOffer',
  'not-selected': 'stgKindNotSelected',
};

/** "Video interview due in 2 d 5 h" / "Panel interview in 3 d": the list's next step. */
export function describeNextStep(event: ApplicationStepEvent, now: Date, t: Translate): string {
  const kind = t(STEP_KIND_LABEL[event.kind]);
  const left = formatDuration(splitDuration(Math.max(0, Date.parse(event.at) - now.getTime())), t);
  return t(event.what === 'due' ? 'stgNextDueIn' : 'stgNextStartsIn', { kind, left });
}
