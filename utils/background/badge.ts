import type { StoredVacancy } from '../record/stored-vacancy';
import { awaitsApplication } from '../deadlines/actionable';
import { isFollowed } from '../record/follow-rule';
import { URGENCY_LIMITS, urgencyOfLeft, type NearUrgency } from '../deadlines/time-left';
import { upcomingStepMoments, type StepRecord } from '../stages/steps';

/**
 * Toolbar badge: among the vacancies the candidate follows, how many applications are still to send (status interested or drafting, still
 * listed on the portal) for vacancies closing within 7 days. Applied, in assessment, with an
 * offer, rejected or withdrawn ones need no action before the deadline, so they do not count.
 * Colour by the most urgent: red under 24 h, orange under 72 h, blue otherwise.
 */
const WINDOW = URGENCY_LIMITS.under7d;

export const BADGE_COLORS: Record<NearUrgency, string> = {
  under24h: '#B3261E',
  under72h: '#B85C00',
  under7d: '#004990',
};

export interface Badge {
  text: string;
  color: string;
}

// Dated steps after the close (utils/stages/steps.ts) count too: each moment within the window.
type BadgeRecord = Pick<StoredVacancy, 'closesAt' | 'status' | 'portalState' | 'followedAt'> & Partial<Omit<StepRecord, 'status' | 'closesAt'>>;

const stepMoments = (record: BadgeRecord, now: Date) => (record.steps?.length ? upcomingStepMoments({ reference: '', ...record }, now) : []);

/** Counted: followed (a notice only seen asks nothing), still to apply, with a closing moment. */
const counts = (record: BadgeRecord): record is BadgeRecord & { closesAt: string } =>
  record.closesAt !== null && isFollowed(record) && awaitsApplication(record);

function openMillisLeft(records: readonly BadgeRecord[], now: Date): number[] {
  const lefts: number[] = [];
  for (const record of records) {
    for (const at of stepMoments(record, now)) if (at - now.getTime() < WINDOW) lefts.push(at - now.getTime());
    if (!counts(record)) continue;
    const left = Date.parse(record.closesAt) - now.getTime();
    if (left > 0 && left < WINDOW) lefts.push(left);
  }
  return lefts;
}

export function badgeFor(records: readonly BadgeRecord[], now: Date): Badge {
  const lefts = openMillisLeft(records, now);
  if (lefts.length === 0) return { text: '', color: BADGE_COLORS.under7d };
  const soonest = urgencyOfLeft(Math.min(...lefts)) as NearUrgency;
  return { text: String(lefts.length), color: BADGE_COLORS[soonest] };
}

/**
 * When the badge changes next without any write: a vacancy entering the 7-day window, crossing
 * 72 h or 24 h, or closing. The background schedules one alarm at that instant (see BADGE_ALARM)
 * instead of polling. Null when nothing is ahead.
 */
export function nextBadgeChange(records: readonly BadgeRecord[], now: Date): Date | null {
  let next = Number.POSITIVE_INFINITY;
  for (const record of records) {
    const moments = [...stepMoments(record, now), ...(counts(record) ? [Date.parse(record.closesAt)] : [])];
    for (const closes of moments) {
      // A band holds while the time left is under its limit: it begins a millisecond after.
      for (const edge of [...Object.values(URGENCY_LIMITS).map((limit) => closes - limit + 1), closes]) {
        if (edge > now.getTime() && edge < next) next = edge;
      }
    }
  }
  return Number.isFinite(next) ? new Date(next) : null;
}

/** Alarm name for the badge refresh; not under `reminder:`, so reminder syncing leaves it alone. */
export const BADGE_ALARM = 'badge:refresh';

/** browser.action (MV3) or browser.browserAction (Firefox MV2): the part used here. */
export interface BadgeActionApi {
  setBadgeText(details: { text: string }): unknown;
  setBadgeBackgroundColor(details: { color: string }): unknown;
  /** Chrome 110+ and Firefox 63+; optional so older browsers still get the count. */
  setBadgeTextColor?(details: { color: string }): unknown;
}

export async function applyBadge(action: BadgeActionApi, badge: Badge): Promise<void> {
  await action.setBadgeText({ text: badge.text });
  await action.setBadgeBackgroundColor({ color: badge.color });
  await action.setBadgeTextColor?.({ color: '#FFFFFF' });
}
