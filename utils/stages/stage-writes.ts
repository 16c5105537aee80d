import { writeTime } from '../db-writer/merge';
import { StoredVacancySchema, type StoredVacancy } from '../record/stored-vacancy';
import { NotTrackedError, type VacancyStore } from '../db-writer/vacancy-store';
import { followedAtAfter } from '../record/follow-rule';
import type { Stage } from '../record/stages';
import type { DatedStep } from '../record/dated-step';

/**
 * The background's writes of stages and dated steps (the background is the database's one
 * writer), each in one transaction on the vacancy's row. A retry of the same write (a lost reply)
 * finds it done and writes nothing.
 */

async function rewrite(
  store: VacancyStore,
  reference: string,
  now: Date,
  change: (existing: StoredVacancy) => Partial<StoredVacancy> | null,
): Promise<StoredVacancy> {
  const { db } = store;
  return db.transaction('rw', db.vacancies, async () => {
    const existing = await db.vacancies.get(reference);
    if (!existing) throw new NotTrackedError(reference);
    const patch = change(existing);
    if (patch === null) return existing;
    const at = writeTime(existing.updatedAt, now);
    const merged = { ...existing, ...patch };
    // A stage or a step is the candidate's own work on the vacancy: it follows it.
    const next = StoredVacancySchema.parse({ ...merged, followedAt: followedAtAfter(merged, at), updatedAt: at });
    await db.vacancies.put(next);
    return next;
  });
}

/**
 * Moves the application to `stage`, reached at `reachedAt` (the day the candidate says, today by
 * default): the status and the timeline, which stays in time order. The same stage at the same
 * moment again changes nothing.
 */
export function setStage(store: VacancyStore, reference: string, stage: Stage, reachedAt: string, now = new Date()): Promise<StoredVacancy> {
  return rewrite(store, reference, now, (existing) => {
    const history = existing.stageHistory ?? [];
    if (existing.status === stage && history.some((entry) => entry.stage === stage && entry.reachedAt === reachedAt)) return null;
    const stageHistory = [...history, { stage, reachedAt }].sort((a, b) => Date.parse(a.reachedAt) - Date.parse(b.reachedAt));
    return {
      status: stage,
      stageHistory,
      userFieldsSetAt: { ...existing.userFieldsSetAt, status: writeTime(existing.updatedAt, now) },
    };
  });
}

/** Adds a dated step, or replaces the one with its id (an edit). */
export function saveStep(store: VacancyStore, reference: string, step: DatedStep, now = new Date()): Promise<StoredVacancy> {
  return rewrite(store, reference, now, (existing) => {
    const steps = existing.steps ?? [];
    const index = steps.findIndex((candidate) => candidate.id === step.id);
    if (index >= 0 && JSON.stringify(steps[index]) === JSON.stringify(step)) return null;
    return { steps: index >= 0 ? steps.map((candidate, at) => (at === index ? step : candidate)) : [...steps, step] };
  });
}

/** Deletes a dated step; one already gone writes nothing. */
export function deleteStep(store: VacancyStore, reference: string, id: string, now = new Date()): Promise<StoredVacancy> {
  return rewrite(store, reference, now, (existing) => {
    const steps = existing.steps ?? [];
    return steps.some((step) => step.id === id) ? { steps: steps.filter((step) => step.id !== id) } : null;
  });
}
