import { writeTime, type MergeResult } from './merge';

/** A merge that also follows: the record gets `followedAt` now, unless it is followed already. */
export function followingIn(result: MergeResult, now: Date): MergeResult {
  if (result.record.followedAt !== null) return result;
  const at = result.dirty ? result.record.updatedAt : writeTime(result.record.updatedAt, now);
  return { ...result, record: { ...result.record, followedAt: at, updatedAt: at }, dirty: true };
}
