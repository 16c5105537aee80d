import { describe, expect, it, vi } from 'vitest';
import { startBadge } from './badge-service';
import { BADGE_ALARM } from './badge';
import { storedVacancy } from '../../test/unit/record-factory';

function fakes(records: ReturnType<typeof storedVacancy>[], now: Date) {
  const listeners: ((alarm: { name: string }) => void)[] = [];
  const alarms = {
    create: vi.fn(),
    clear: vi.fn(async () => true),
    onAlarm: { addListener: (l: (alarm: { name: string }) => void) => listeners.push(l), removeListener: vi.fn() },
  };
  const action = { setBadgeText: vi.fn(), setBadgeBackgroundColor: vi.fn(), setBadgeTextColor: vi.fn() };
  let clock = now;
  const service = startBadge({ store: { all: async () => records }, action, alarms, now: () => clock });
  return { service, alarms, action, fire: (name: string) => listeners.forEach((l) => l({ name })), setNow: (d: Date) => (clock = d) };
}

describe('badge service', () => {
  it('shows the count and schedules one alarm at the next change', async () => {
    const now = new Date('2026-01-01T12:00:00Z');
    const record = storedVacancy({ reference: '251836', closesAt: '2026-01-04T22:59:00.000Z', status: 'drafting' });
    const { service, alarms, action } = fakes([record], now);
    await service.refresh();
    expect(action.setBadgeText).toHaveBeenLastCalledWith({ text: '1' });
    // 3 d 11 h left: the next change is the first millisecond under 72 h before closing.
    expect(alarms.create).toHaveBeenCalledWith(BADGE_ALARM, { when: Date.parse('2026-01-01T22:59:00.001Z') });
  });

  it('clears the badge and its alarm when nothing is ahead, and refreshes when the alarm fires', async () => {
    const now = new Date('2026-01-05T00:00:00Z');
    const record = storedVacancy({ reference: '251836', closesAt: '2026-01-04T22:59:00.000Z', status: 'drafting' });
    const { alarms, action, fire } = fakes([record], now);
    fire(BADGE_ALARM);
    await vi.waitFor(() => expect(action.setBadgeText).toHaveBeenCalledWith({ text: '' }));
    expect(alarms.clear).toHaveBeenCalledWith(BADGE_ALARM);
    fire('reminder:251836:24');
    expect(action.setBadgeText).toHaveBeenCalledTimes(1);
  });
});
