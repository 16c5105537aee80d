import { z } from 'zod/mini';
import { writeTime } from '../db/merge';
import { StoredVacancySchema, type StoredVacancy } from '../db/stored-vacancy';
import { NotTrackedError, type VacancyStore } from '../db/vacancy-store';
import { ReferenceSchema } from '../record/vacancy-record';
import { DatedStepSchema, type DatedStep } from './steps';

/**
 * The background half of saving a dated step the candidate confirmed (a pasted invitation's
 * proposal, as shown and edited in the popup): the request (checked with zod by utils/messages.ts,
 * which lists it) and the write. Only the extension's own pages may ask it.
 */

/** Each application keeps at most this many dated steps: far more than a NATO selection has. */
export const MAX_STEPS = 50;

export const invitationExtensionPageRequests = () => [
  z.object({ type: z.literal('add-dated-step'), reference: ReferenceSchema, step: DatedStepSchema }),
] as const;

export const invitationResponseSchemas = () => ({
  'add-dated-step': z.object({ ok: z.literal(true), record: StoredVacancySchema }),
});

export const INVITATION_WRITES = ['add-dated-step'] as const;

/**
 * Adds `step` to the vacancy's dated steps, in one transaction. A step with the same id (the same
 * confirmation sent again after a lost reply) replaces itself, so a retry never doubles it.
 */
export function addDatedStep(store: VacancyStore, reference: string, step: DatedStep, now = new Date()): Promise<StoredVacancy> {
  const { db } = store;
  return db.transaction('rw', db.vacancies, async () => {
    const existing = await db.vacancies.get(reference);
    if (!existing) throw new NotTrackedError(reference);
    const others = (existing.steps ?? []).filter((kept) => kept.id !== step.id);
    if (others.length >= MAX_STEPS) throw new RangeError(`at most ${MAX_STEPS} dated steps`);
    const at = writeTime(existing.updatedAt, now);
    const next = StoredVacancySchema.parse({ ...existing, steps: [...others, step], updatedAt: at });
    await db.vacancies.put(next);
    return next;
  });
}

export async function handleInvitationRequest(
  request: { type: 'add-dated-step'; reference: string; step: DatedStep },
  store: VacancyStore,
  now: Date,
): Promise<{ ok: true; record: StoredVacancy }> {
  return { ok: true, record: await addDatedStep(store, request.reference, request.step, now) };
}
