import * as z from 'zod/mini';
import { IsoInstantSchema } from '../record/vacancy-record';
import { SlotSchema, STEP_KINDS } from '../record/dated-step';
import type { MessageKey } from '../i18n-core';
import type { Reason } from '../reasons/reason';

/**
 * What a pasted invitation proposes: the step it names and its moments. `due` is the moment to act
 * (complete the video interview, confirm, send documents); `slot` is the event itself, as instants
 * (`end` only when an end time or an exact duration is printed) or as whole local days.
 */

export const ProposalKindSchema = z.enum([...STEP_KINDS, 'none']);
export type ProposalKind = z.infer<typeof ProposalKindSchema>;

export const InvitationProposalSchema = z.object({
  kind: ProposalKindSchema,
  reference: z.nullable(z.string()),
  due: z.nullable(IsoInstantSchema),
  slot: z.nullable(SlotSchema),
  /** The zone words as the text prints them ("CET", "heure de Bruxelles"); null when none applies. */
  zoneAsStated: z.nullable(z.string()),
});
export type InvitationProposal = z.infer<typeof InvitationProposalSchema>;

/** Why a reading proposes no dated step, as a catalogue key worded in the UI and the command. */
export const NOTHING_DATED_REASONS = [
  'notAStep',
  'noDate',
  'onlyPastDates',
  'weekdayMismatch',
  'zonesDisagree',
  'relativeWithoutDate',
  'outcomeHasNoDate',
] as const;
export type NothingDatedReason = (typeof NOTHING_DATED_REASONS)[number];

export interface InvitationReading {
  proposal: InvitationProposal;
  /** Set when the proposal carries neither a due nor a slot. */
  why: NothingDatedReason | null;
}

/** Why nothing is dated, as a reason (utils/reasons/reason.ts): worded by the Add-step view and the command alike. */
const NOTHING_DATED_KEY: Readonly<Record<NothingDatedReason, MessageKey>> = {
  notAStep: 'aftWhyNotAStep',
  noDate: 'aftWhyNoDate',
  onlyPastDates: 'aftWhyOnlyPastDates',
  weekdayMismatch: 'aftWhyWeekdayMismatch',
  zonesDisagree: 'aftWhyZonesDisagree',
  relativeWithoutDate: 'aftWhyRelativeWithoutDate',
  outcomeHasNoDate: 'aftWhyOutcomeHasNoDate',
};

export function nothingDatedReason(why: NothingDatedReason): Reason {
  return { key: NOTHING_DATED_KEY[why] };
}
