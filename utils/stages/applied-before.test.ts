import { describe, expect, it } from 'vitest';
import { appliedBefore, postTitle, type PostRecord } from './applied-before';

const APPLIED = new Set(['applied', 'assessment', 'offer', 'rejected', 'submitted', 'video-interview', 'not-selected', 'reserve-list']);
const applied = (status: string) => APPLIED.has(status);
const NOW = new Date('2026-12-07T12:00:00Z');

function post(reference: string, title: string, extra: Partial<PostRecord> = {}): PostRecord {
  return {
    reference,
    title,
    organisation: 'NATO International Staff (NATO IS)',
    location: 'Belgium-Brussels',
    grade: { grades: ['G15'] },
    clearance: 'NS',
    minExperienceYears: 6,
    keyChallenges: ['Lead the defence policy team.'],
    competencies: ['Achievement: Works to meet standards.'],
    closesAt: '2026-01-04T22:59:00.000Z',
    capturedAt: '2025-12-01T10:00:00.000Z',
    status: 'applied',
    ...extra,
  };
}

const relations = (named: string[], readvertisement: string | null = null) => ({
  named: named.map((reference) => ({ reference, quote: `If you have already applied to vacancy ${reference} you do not need to apply.` })),
  readvertisement,
  shortlistedOnly: null,
});

describe('postTitle: the title that names the post', () => {
  it.each([
    ['Officer, Defence Policy (Re-advertisement)', 'officer defence policy'],
    ['Officer, Defence Policy [readvertisement]', 'officer defence policy'],
    ['Re-advertisement: Officer, Defence Policy', 'officer defence policy'],
    ['Officier, politique de défense (republication)', 'officier politique de defense'],
    ['Officier, politique de défense (réédition)', 'officier politique de defense'],
    ['OFFICER  –  DEFENCE POLICY', 'officer defence policy'],
  ])('%s', (title, expected) => {
    expect(postTitle(title)).toBe(expected);
  });
});

describe('appliedBefore: the earlier postings of this post I applied to', () => {
  it('names the vacancy the notice links, whenever it was and whatever its title', () => {
    const now = post('261500', 'Assistant (Reserve List)', { relations: relations(['170422']) });
    const old = post('170422', 'Reserve List Assistant, Grades 5/8, 8, 8/10, 10', { closesAt: '2017-03-01T22:59:00.000Z', status: 'reserve-list' });
    expect(appliedBefore(now, [old], NOW, applied)).toEqual([{ reference: '170422', title: 'Reserve List Assistant, Grades 5/8, 8, 8/10, 10', status: 'reserve-list', why: 'named' }]);
  });

  it('finds a re-advertisement’s earlier posting by its title within 18 months, even with a body read differently', () => {
    const now = post('261369', 'Officer, Defence Policy (Re-advertisement)', { relations: relations([], 'Officer, Defence Policy (Re-advertisement)'), keyChallenges: ['Other words.'] });
    const earlier = post('251836', 'Officer, Defence Policy');
    expect(appliedBefore(now, [earlier], NOW, applied).map((e) => [e.reference, e.why])).toEqual([['251836', 'same-post']]);
  });

  it('finds the same title and body posted again without any mark', () => {
    expect(appliedBefore(post('261369', 'Officer, Defence Policy'), [post('251836', 'Officer, Defence Policy')], NOW, applied).map((e) => e.reference)).toEqual(['251836']);
  });

  it.each([
    ['a different body without a re-advertisement mark', post('251836', 'Officer, Defence Policy', { keyChallenges: ['Run the budget.'] })],
    ['a different title', post('251836', 'Officer, Defence Planning')],
    ['a posting that closed over 18 months ago', post('240100', 'Officer, Defence Policy', { closesAt: '2025-06-06T21:59:00.000Z' })],
    ['one I only followed, never applied to', post('251836', 'Officer, Defence Policy', { status: 'interested' })],
    ['a results row only (no body read)', post('251836', 'Officer, Defence Policy', { keyChallenges: [], competencies: [] })],
  ])('is silent for %s', (_why, other) => {
    expect(appliedBefore(post('261369', 'Officer, Defence Policy'), [other], NOW, applied)).toEqual([]);
  });

  it('never names the vacancy itself', () => {
    const record = post('261369', 'Officer, Defence Policy', { relations: relations(['261369']) });
    expect(appliedBefore(record, [record], NOW, applied)).toEqual([]);
  });

  it('lists the named links first, then the most recent posting', () => {
    const now = post('261369', 'Officer, Defence Policy', { relations: relations(['170422']) });
    const found = appliedBefore(
      now,
      [post('250001', 'Officer, Defence Policy', { closesAt: '2025-09-01T21:59:00.000Z' }), post('260001', 'Officer, Defence Policy', { closesAt: '2026-05-01T21:59:00.000Z' }), post('170422', 'Reserve list')],
      NOW,
      applied,
    );
    expect(found.map((e) => e.reference)).toEqual(['170422', '260001', '250001']);
  });
});
