import { DAY } from '../time/durations';
import { brusselsDate } from '../time/zones';
import { finding, worded, type EssayVacancy, type Finding } from './finding';

/**
 * Whether the essay can still be attached. Applications close at closesAt (23:59 Brussels on the
 * deadline day, computed by the parser). Times are shown in Brussels time, the zone notices use.
 */

export function deadlineFinding(vacancy: EssayVacancy, now: Date): Finding {
  const closesAt = vacancy.closesAt ? new Date(vacancy.closesAt) : null;
  const dueDate = vacancy.essay?.dueDate ?? null;
  // An essay due before applications close (or a notice with no closing time): the essay's own
  // date governs. It is a date without a time, i.e. the whole day in Brussels.
  if (dueDate && (!closesAt || dueDate < brusselsDate(closesAt))) return dueDateFinding(dueDate, now);
  if (!closesAt) return finding('deadline', 'info', worded('essayDeadlineUnknown'));

  const left = closesAt.getTime() - now.getTime();
  const date = { kind: 'brusselsDateTime', instant: closesAt.toISOString() } as const;
  if (left <= 0) return finding('deadline', 'error', worded('essayDeadlinePassed', { date }));
  const values = { date, remaining: { kind: 'duration', ms: left } } as const;
  return left < DAY
    ? finding('deadline', 'warning', worded('essayDeadlineSoon', values))
    : finding('deadline', 'ok', worded('essayDeadlineOpen', values));
}

function dueDateFinding(dueDate: string, now: Date): Finding {
  const today = brusselsDate(now);
  const values = { date: { kind: 'date', iso: dueDate } } as const;
  if (today > dueDate) return finding('deadline', 'error', worded('essayDueDatePassed', values));
  if (today === dueDate) return finding('deadline', 'warning', worded('essayDueDateToday', values));
  return finding('deadline', 'ok', worded('essayDueDateOpen', values));
}
