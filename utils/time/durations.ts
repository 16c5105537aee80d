/**
 * Lengths of time in milliseconds: the one home of these constants (countdowns, badge,
 * reminders, essay check). A duration split for display is utils/format/durations.ts'.
 */
export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
