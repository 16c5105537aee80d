import { describe, expect, it } from 'vitest';
import { isBeyondInterested, isSubmittedOrLater, stageOfStatus, STAGES, withStageReached } from './stages';

describe('stages', () => {
  it('are in NATO order: the steps after the close, the outcomes, then the offer and its conditions', () => {
    const at = (stage: (typeof STAGES)[number]) => STAGES.indexOf(stage);
    expect(at('submitted')).toBeLessThan(at('video-interview'));
    expect(at('video-interview')).toBeLessThan(at('written-test'));
    expect(at('written-test')).toBeLessThan(at('panel-interview'));
    expect(at('panel-interview')).toBeLessThan(at('selected'));
    expect(at('selected')).toBeLessThan(at('conditional-offer'));
    expect(at('conditional-offer')).toBeLessThan(at('clearance-medical'));
    expect(at('clearance-medical')).toBeLessThan(at('final-offer'));
    expect(at('final-offer')).toBeLessThan(at('joined'));
  });

  it.each([
    ['applied', 'submitted'],
    ['assessment', 'written-test'],
    ['offer', 'conditional-offer'],
    ['rejected', 'not-selected'],
    ['withdrawn', 'withdrawn'],
    ['panel-interview', 'panel-interview'],
  ])('stored status %s reads as stage %s', (status, stage) => {
    expect(stageOfStatus(status)).toBe(stage);
  });

  it.each([
    ['interested', false, false],
    ['drafting', true, false],
    ['submitted', true, true],
    ['reserve-list', true, true],
    ['withdrawn', true, true],
    ['withdrawn-portal', true, false],
  ] as const)('%s: beyond interested %s, submitted or later %s', (stage, beyond, submitted) => {
    expect([isBeyondInterested(stage), isSubmittedOrLater(stage)]).toEqual([beyond, submitted]);
  });

  it('a timeline grows only when the stage changes', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    expect(withStageReached({ status: 'submitted' }, 'submitted', now)).toBeUndefined();
    expect(withStageReached({ status: 'submitted', stageHistory: [{ stage: 'submitted', reachedAt: '2026-01-01T00:00:00.000Z' }] }, 'panel-interview', now)).toEqual([
      { stage: 'submitted', reachedAt: '2026-01-01T00:00:00.000Z' },
      { stage: 'panel-interview', reachedAt: '2026-03-01T10:00:00.000Z' },
    ]);
  });
});
