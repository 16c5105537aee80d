import type { InvitationProposal } from '../invitation/proposal';
import type { STEP_KINDS } from '../record/dated-step';
import { BRUSSELS, zonedParts, zonedToInstant } from '../time/zones';
import type { Stage } from '../record/stages';
import type { MessageKey } from '../i18n-core';
import type { Reason } from '../reasons/reason';
import { slotEnd } from './steps';
import type { DatedStep } from '../record/dated-step';

/**
 * A pasted invitation's proposal as the popup's form edits it, and back: times are shown and typed
 * as Brussels wall-clock time (NATO's own zone; the zone as printed is shown beside them), whole
 * days as dates. Nothing here saves: the candidate confirms the form, then the popup sends it.
 */

export type StepKind = (typeof STEP_KINDS)[number];

export interface StepDraft {
  kind: StepKind;
  /** `YYYY-MM-DDTHH:MM` in Brussels, or '' for none. */
  due: string;
  /** 'time': a start (and maybe an end) time; 'days': whole local days; 'none': no event. */
  slot: 'none' | 'time' | 'days';
  start: string;
  end: string;
  from: string;
  to: string;
  zoneAsStated: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as `YYYY-MM-DDTHH:MM` on Brussels' wall clock (what a datetime-local input shows). */
export function brusselsWall(instant: string): string {
  const p = zonedParts(Date.parse(instant), BRUSSELS);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** The form's values for a proposal that has a kind (a 'none' reading proposes no form). */
export function draftOf(proposal: InvitationProposal & { kind: StepKind }): StepDraft {
  const slot = proposal.slot;
  const draft: StepDraft = { kind: proposal.kind, due: proposal.due === null ? '' : brusselsWall(proposal.due), slot: 'none', start: '', end: '', from: '', to: '', zoneAsStated: proposal.zoneAsStated };
  if (slot === null) return draft;
  if ('start' in slot) return { ...draft, slot: 'time', start: brusselsWall(slot.start), end: slot.end === null ? '' : brusselsWall(slot.end) };
  if ('date' in slot) return { ...draft, slot: 'days', from: slot.date, to: slot.date };
  return { ...draft, slot: 'days', from: slot.from, to: slot.to };
}

export type DraftProblem = 'noMoment' | 'badMoment' | 'endBeforeStart';

const DRAFT_PROBLEM_KEY: Readonly<Record<DraftProblem, MessageKey>> = {
  noMoment: 'aftProblemNoMoment',
  badMoment: 'aftProblemBadMoment',
  endBeforeStart: 'aftProblemEndBeforeStart',
};

/** Why a drafted step cannot be saved, as a reason (utils/reasons/reason.ts). */
export function draftProblemReason(problem: DraftProblem): Reason {
  return { key: DRAFT_PROBLEM_KEY[problem] };
}

/**
 * A step id from the moment the candidate confirmed it and how many steps the vacancy has (the
 * popup's clock moves by the minute: two confirmed in one minute stay two). No ':' (alarm names).
 */
export function stepIdAt(now: Date, stepsSoFar: number): string {
  return `invitation-${now.getTime()}-${stepsSoFar}`;
}

/** The dated step the confirmed form describes, or what is wrong with it. `id`: stepIdAt(the moment of confirming). */
export function stepOf(draft: StepDraft, id: string): { ok: true; step: DatedStep } | { ok: false; problem: DraftProblem } {
  const instant = (wall: string) => (wall === '' ? null : zonedToInstant(wall, BRUSSELS));
  const due = instant(draft.due);
  if (draft.due !== '' && due === null) return { ok: false, problem: 'badMoment' };
  let slot: DatedStep['slot'] = null;
  if (draft.slot === 'time') {
    const start = instant(draft.start);
    const end = instant(draft.end);
    if (start === null || (draft.end !== '' && end === null)) return { ok: false, problem: 'badMoment' };
    if (end !== null && Date.parse(end) <= Date.parse(start)) return { ok: false, problem: 'endBeforeStart' };
    slot = { start, end };
  } else if (draft.slot === 'days') {
    const day = /^\d{4}-\d{2}-\d{2}$/;
    const to = draft.to === '' ? draft.from : draft.to;
    if (!day.test(draft.from) || !day.test(to)) return { ok: false, problem: 'badMoment' };
    if (to < draft.from) return { ok: false, problem: 'endBeforeStart' };
    slot = to === draft.from ? { date: draft.from } : { from: draft.from, to };
  }
  if (due === null && slot === null) return { ok: false, problem: 'noMoment' };
  return { ok: true, step: { id, kind: draft.kind, due, slot, zoneAsStated: draft.zoneAsStated } };
}

/** Every moment of the step is behind `now`: kept as history, with no reminder. */
export function isHistory(step: DatedStep, now: Date): boolean {
  const end = step.slot === null ? null : slotEnd(step.slot);
  const last = Math.max(step.due === null ? -Infinity : Date.parse(step.due), end === null ? -Infinity : Date.parse(end));
  return last <= now.getTime();
}

/** The stage a step of this kind puts the application in (an offer: the conditional one). */
export const STAGE_OF_STEP: Readonly<Record<StepKind, Stage>> = {
  'video-interview': 'video-interview',
  'written-test': 'written-test',
  assessment: 'written-test',
  'panel-interview': 'panel-interview',
  'reserve-list': 'reserve-list',
  offer: 'conditional-offer',
  'not-selected': 'not-selected',
};
