/**
 * The one home of an application's stages, in NATO's order (shared/design/process.md): before the
 * close, the selection steps after it, the outcomes, the offer and its conditions, and the ends
 * that can come at any point. Plain values, no zod: the popup's first render lists them.
 */
export const STAGES = [
  'interested',
  'drafting',
  'submitted',
  'video-interview',
  'written-test',
  'panel-interview',
  'reserve-list',
  'not-shortlisted',
  'not-selected',
  'selected',
  'conditional-offer',
  'clearance-medical',
  'final-offer',
  'joined',
  'withdrawn',
  'withdrawn-portal',
] as const;
export type Stage = (typeof STAGES)[number];

/** The statuses schema versions 1–3 and backup versions 0–1 stored. */
export const LEGACY_STATUSES = ['interested', 'drafting', 'applied', 'assessment', 'offer', 'rejected', 'withdrawn'] as const;
export type LegacyStatus = (typeof LEGACY_STATUSES)[number];

/** Each old status as the stage it meant: "assessment" was any step after applying, the first one is the test. */
export const STAGE_OF_LEGACY_STATUS: Readonly<Record<LegacyStatus, Stage>> = {
  interested: 'interested',
  drafting: 'drafting',
  applied: 'submitted',
  assessment: 'written-test',
  offer: 'conditional-offer',
  rejected: 'not-selected',
  withdrawn: 'withdrawn',
};

/** A stored status of any release as today's stage; a value that is already a stage stays. */
export function stageOfStatus(status: unknown): unknown {
  return typeof status === 'string' && status in STAGE_OF_LEGACY_STATUS ? STAGE_OF_LEGACY_STATUS[status as LegacyStatus] : status;
}

/** Stages the application can no longer move on from (besides joining). */
export const FINISHED_STAGES: readonly Stage[] = ['not-shortlisted', 'not-selected', 'withdrawn', 'withdrawn-portal', 'joined'];

/** True once the user has gone past merely following the vacancy (drafting or later, withdrawals included). */
export function isBeyondInterested(stage: Stage): boolean {
  return stage !== 'interested';
}

/** True once the application was sent: the closing moment is behind it, the selection ahead. */
export function isSubmittedOrLater(stage: Stage): boolean {
  return STAGES.indexOf(stage) >= STAGES.indexOf('submitted') && stage !== 'withdrawn-portal';
}

interface StageTimeline {
  status: Stage;
  stageHistory?: readonly { stage: Stage; reachedAt: string }[] | undefined;
}

/** The timeline with `next` reached at `now` appended, or undefined when the stage does not change. */
export function withStageReached(record: StageTimeline, next: Stage | undefined, now: Date): { stage: Stage; reachedAt: string }[] | undefined {
  if (next === undefined || next === record.status) return undefined;
  return [...(record.stageHistory ?? []), { stage: next, reachedAt: now.toISOString() }];
}
