/**
 * Lengths of time in milliseconds and a duration split for display: the one home of this
 * arithmetic (countdowns, badge, reminders, essay check).
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

export interface Duration {
  days: number;
  hours: number;
  minutes: number;
}

/** Rounded down: a countdown never promises a minute the applicant does not have. */
export function splitDuration(ms: number): Duration {
  const total = Math.max(0, Math.floor(ms / MINUTE));
  return {
    days: Math.floor(total / (24 * 60)),
    hours: Math.floor((total % (24 * 60)) / 60),
    minutes: total % 60,
  };
}
