import { z } from 'zod/mini';
import { IsoInstantSchema, ReferenceSchema } from '../record/vacancy-record';
import { StoredVacancySchema, StatusSchema } from '../record/stored-vacancy';
import type { VacancyStore } from '../db-writer/vacancy-store';
import { deleteStep, saveStep, setStage } from './stage-writes';
import { DatedStepSchema, StepIdSchema } from '../record/dated-step';
import { requestSlice } from '../request-slice';

/**
 * The background half of stages and dated steps: the requests (checked with zod by
 * utils/messages.ts, which lists this slice) and what the background does with them. Only the
 * extension's own pages may make them.
 */
export const stagesExtensionPageRequests = () => [
  /** The application reached a stage, on the day the candidate says (today by default). */
  z.object({ type: z.literal('set-stage'), reference: ReferenceSchema, stage: StatusSchema, reachedAt: IsoInstantSchema }),
  /** A dated step entered by hand (or confirmed from a pasted invitation): added, or replaced by id. */
  z.object({ type: z.literal('save-step'), reference: ReferenceSchema, step: DatedStepSchema }),
  z.object({ type: z.literal('delete-step'), reference: ReferenceSchema, id: StepIdSchema }),
] as const;

export const stagesResponseSchemas = () => ({
  'set-stage': z.object({ ok: z.literal(true), record: StoredVacancySchema }),
  'save-step': z.object({ ok: z.literal(true), record: StoredVacancySchema }),
  'delete-step': z.object({ ok: z.literal(true), record: StoredVacancySchema }),
});

/** The stage requests as their schemas check them (the popup store sends them through one method). */
export type StagesRequest = z.infer<ReturnType<typeof stagesExtensionPageRequests>[number]>;

export const STAGES_WRITES = ['set-stage', 'save-step', 'delete-step'] as const;

interface StagesContext {
  store: VacancyStore;
  now: () => Date;
}

export const stagesRequests = requestSlice({
  contentScript: () => [] as const,
  extensionPage: stagesExtensionPageRequests,
  responses: stagesResponseSchemas,
  writes: STAGES_WRITES,
  handlers: {
    'set-stage': async (request, { store, now }: StagesContext) => ({ ok: true, record: await setStage(store, request.reference, request.stage, request.reachedAt, now()) }),
    'save-step': async (request, { store, now }: StagesContext) => ({ ok: true, record: await saveStep(store, request.reference, request.step, now()) }),
    'delete-step': async (request, { store, now }: StagesContext) => ({ ok: true, record: await deleteStep(store, request.reference, request.id, now()) }),
  },
});
