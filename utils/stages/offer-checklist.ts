/**
 * After a conditional offer: what the final offer waits on (shared/design/process.md, notice
 * 261369: clearance forms, the medical file, "verification of your study(ies) and work
 * experience"), each ticked by the candidate, and the typical durations the bodies themselves
 * state, shown as information, never as a promise. The checks themselves are a stored user field's
 * values (utils/record/offer-checks.ts).
 */

/** A body that states how long its checks take, and its own words (process.md). */
export interface StatedDurations {
  body: 'NCIA' | 'NSPA';
  /** The catalogue key of the sentence that gives the body's figures. */
  words: 'offNciaDurations' | 'offNspaDurations';
}

const BODIES: readonly [RegExp, StatedDurations][] = [
  [/\bNCI\s*A(?:gency)?\b|Communications\s+and\s+Information\s+Agency|Agence\s+OTAN\s+d'information\s+et\s+de\s+communication/i, { body: 'NCIA', words: 'offNciaDurations' }],
  [/\bNSPA\b|Support\s+and\s+Procurement\s+Agency|Agence\s+OTAN\s+de\s+soutien\s+et\s+d'acquisition/i, { body: 'NSPA', words: 'offNspaDurations' }],
];

/** The durations the vacancy's body states for clearance and medical; null when it states none we know of. */
export function statedDurations(organisation: string | null): StatedDurations | null {
  if (organisation === null) return null;
  return BODIES.find(([pattern]) => pattern.test(organisation))?.[1] ?? null;
}
