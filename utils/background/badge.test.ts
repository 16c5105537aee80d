import { describe, expect, it, vi } from 'vitest';
import { storedVacancy as vacancy } from '../../test/unit/record-factory';
import { urgencyOf } from '../deadlines/time-left';
import { applyBadge, BADGE_COLORS, badgeFor, nextBadgeChange } from './badge';

const NOW = new Date('2026-01-01T12:00:00Z');
const HOUR = 3_600_000;
const closingIn = (hours: number) => new Date(NOW.getTime() + hours * HOUR).toISOString();
const afterMs = (instant: string, ms: number) => new Date(Date.parse(instant) + ms).toISOString();

describe('badgeFor', () => {
  it.each([
    ['nothing tracked', [], '', BADGE_COLORS.under7d],
    ['one closing in 5 days', [vacancy({ closesAt: closingIn(120) })], '1', BADGE_COLORS.under7d],
    ['just under 7 days counts', [vacancy({ closesAt: closingIn(167.99) })], '1', BADGE_COLORS.under7d],
    ['exactly 7 days is not yet under 7 days, as in the countdown', [vacancy({ closesAt: closingIn(168) })], '', BADGE_COLORS.under7d],
    ['exactly 72 h is still blue, as the countdown says under 7 days', [vacancy({ closesAt: closingIn(72) })], '1', BADGE_COLORS.under7d],
    ['exactly 24 h is orange, as the countdown says under 72 h', [vacancy({ closesAt: closingIn(24) })], '1', BADGE_COLORS.under72h],
    ['the most urgent sets the colour: 30 h', [vacancy({ reference: 'A01', closesAt: closingIn(120) }), vacancy({ reference: 'A02', closesAt: closingIn(30) })], '2', BADGE_COLORS.under72h],
    ['under 24 h is red', [vacancy({ reference: 'A01', closesAt: closingIn(71) }), vacancy({ reference: 'A02', closesAt: closingIn(23.9) })], '2', BADGE_COLORS.under24h],
    ['closed ones do not count', [vacancy({ closesAt: closingIn(-1) })], '', BADGE_COLORS.under7d],
    ['unknown deadlines do not count', [vacancy({ closesAt: null })], '', BADGE_COLORS.under7d],
    ['drafting counts', [vacancy({ status: 'drafting', closesAt: closingIn(10) })], '1', BADGE_COLORS.under24h],
    ['applied does not', [vacancy({ status: 'submitted', closesAt: closingIn(10) })], '', BADGE_COLORS.under7d],
    ['assessment does not', [vacancy({ status: 'written-test', closesAt: closingIn(10) })], '', BADGE_COLORS.under7d],
    ['offer does not', [vacancy({ status: 'conditional-offer', closesAt: closingIn(10) })], '', BADGE_COLORS.under7d],
    ['rejected does not', [vacancy({ status: 'not-selected', closesAt: closingIn(10) })], '', BADGE_COLORS.under7d],
    ['withdrawn by the user does not', [vacancy({ status: 'withdrawn', closesAt: closingIn(10) })], '', BADGE_COLORS.under7d],
    ['withdrawn from the portal does not', [vacancy({ portalState: 'withdrawn', closesAt: closingIn(10) })], '', BADGE_COLORS.under7d],
  ])('%s', (_case, records, text, color) => {
    expect(badgeFor(records, NOW)).toEqual({ text, color });
  });
});

describe('badge and countdown agree', () => {
  it.each([0.01, 23.99, 24, 71.99, 72, 167.99, 168, 400, -1])('closing in %d h', (hours) => {
    const closesAt = closingIn(hours);
    const urgency = urgencyOf(closesAt, NOW);
    const badge = badgeFor([vacancy({ closesAt })], NOW);
    const counted = urgency === 'under24h' || urgency === 'under72h' || urgency === 'under7d';
    expect(badge.text).toBe(counted ? '1' : '');
    if (counted) expect(badge.color).toBe(BADGE_COLORS[urgency]);
  });
});

describe('nextBadgeChange', () => {
  it.each([
    // The first millisecond inside the next band (a band holds while the time left is under it).
    ['entering the 7-day window', [closingIn(200)], afterMs(closingIn(200 - 168), 1)],
    ['crossing 72 h', [closingIn(100)], afterMs(closingIn(100 - 72), 1)],
    ['crossing 24 h', [closingIn(30)], afterMs(closingIn(30 - 24), 1)],
    ['closing', [closingIn(5)], closingIn(5)],
    ['the soonest of several', [closingIn(100), closingIn(30)], afterMs(closingIn(6), 1)],
  ])('%s', (_case, closings, expected) => {
    const records = closings.map((closesAt, index) => vacancy({ reference: `R0${index}`, closesAt }));
    expect(nextBadgeChange(records, NOW)?.toISOString()).toBe(expected);
  });

  it('is null when nothing lies ahead', () => {
    expect(nextBadgeChange([vacancy({ closesAt: closingIn(-5) }), vacancy({ status: 'submitted', closesAt: closingIn(50) })], NOW)).toBeNull();
  });
});

describe('applyBadge', () => {
  it('sets text, background and (where supported) a white text colour', async () => {
    const action = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setBadgeTextColor: vi.fn() };
    await applyBadge(action, { text: '3', color: BADGE_COLORS.under24h });
    expect(action.setBadgeText).toHaveBeenCalledWith({ text: '3' });
    expect(action.setBadgeBackgroundColor).toHaveBeenCalledWith({ color: '#B3261E' });
    expect(action.setBadgeTextColor).toHaveBeenCalledWith({ color: '#FFFFFF' });
  });

  it('works without setBadgeTextColor (older browsers)', async () => {
    const action = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn() };
    await applyBadge(action, { text: '', color: BADGE_COLORS.under7d });
    expect(action.setBadgeText).toHaveBeenCalledWith({ text: '' });
  });
});
