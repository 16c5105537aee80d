import * as z from 'zod/mini';
import { IsoDateSchema, IsoInstantSchema } from './vacancy-record';

/**
 * An application's dated step after the close, as the stored vacancy keeps it (stored-vacancy.ts):
 * the kinds of step, a slot's moments, and the step itself. A pasted invitation proposes one
 * (utils/invitation/proposal.ts); its moments are planned in utils/stages/steps.ts.
 */

export const STEP_KINDS = ['video-interview', 'written-test', 'assessment', 'panel-interview', 'reserve-list', 'offer', 'not-selected'] as const;

/**
 * A slot: the event itself, as instants (`end` only when an end time or an exact duration is
 * printed) or as whole local days.
 */
export const SlotSchema = z.union([
  z.object({ start: IsoInstantSchema, end: z.nullable(IsoInstantSchema) }),
  z.object({ date: IsoDateSchema }),
  z.object({ from: IsoDateSchema, to: IsoDateSchema }),
]);
export type Slot = z.infer<typeof SlotSchema>;

/** Unique within the vacancy (the popup makes one when the step is saved); no ':', as it goes into alarm names. */
export const StepIdSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,40}$/));

export const DatedStepSchema = z.object({
  id: StepIdSchema,
  kind: z.enum(STEP_KINDS),
  due: z.nullable(IsoInstantSchema),
  slot: z.nullable(SlotSchema),
  zoneAsStated: z.nullable(z.string()),
});
export type DatedStep = z.infer<typeof DatedStepSchema>;
