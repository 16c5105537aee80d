import * as z from 'zod/mini';
import { IsoInstantSchema } from '../record/vacancy-record';
import { SlotSchema, STEP_KINDS } from '../record/dated-step';

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

/** English wording of the reasons, for the command line (the UI words them from _locales). */
export const ENGLISH_REASONS: Readonly<Record<NothingDatedReason, string>> = {
  notAStep: 'the text is not about a step of an application',
  noDate: 'the text names a step but prints no date for it',
  onlyPastDates: 'every date in the text is before the message was sent: history, not a step to come',
  weekdayMismatch: 'a printed weekday does not agree with its date, so no date is proposed',
  zonesDisagree: 'two zones printed for the same time give different instants, so no date is proposed',
  relativeWithoutDate: "the deadline counts from the message's receipt, but the text has no Date: header",
  outcomeHasNoDate: 'an outcome, with no date to keep',
};
