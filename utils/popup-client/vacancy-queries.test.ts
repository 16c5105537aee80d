import type { Observable } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { makeStoredVacancies } from '../../test/bench/popup-fixtures';
import { freshStore } from '../../test/unit/fresh-store';
import { parsedVacancy, storedVacancy } from '../../test/unit/record-factory';
import { filterVacancies, splitArchive } from '../deadlines/list';
import type { StoredVacancy } from '../record/stored-vacancy';
import { readDeadlinePage, readSeen, watchDeadlinePage, watchVacancy, type DeadlinePage, type DeadlineRequest } from './vacancy-queries';
import type { VacancyStore } from '../db-writer/vacancy-store';

const NOW = new Date('2026-01-10T12:00:00.000Z');
const vacancy = (overrides: Partial<StoredVacancy>) => storedVacancy({ titleFr: null, ...overrides });

// Every title, status and closing time set here, so each expectation below can be read off this table.
const SEED = [
  vacancy({ reference: '250001', title: 'Officer, Plans', closesAt: '2026-02-01T22:59:00.000Z', status: 'interested', organisation: 'NATO Office of Resources (NOR)' }),
  vacancy({ reference: '250002', title: 'Chef, Sécurité énergétique', closesAt: null, deadline: null, status: 'drafting' }),
  vacancy({ reference: '250003', title: 'Officer, Défense Policy', closesAt: '2026-01-12T22:59:00.000Z', status: 'submitted' }),
  vacancy({ reference: '250004', title: 'Assistant, Registry', closesAt: '2026-01-05T22:59:00.000Z', status: 'interested' }),
  vacancy({ reference: '250005', title: 'Head, Finance', closesAt: '2025-12-20T22:59:00.000Z', status: 'not-selected' }),
  // The instant of 250003 written without milliseconds: ties go by reference, so it comes first.
  vacancy({ reference: '250000', title: 'Analyst', titleFr: 'Analyste, Sûreté', closesAt: '2026-01-12T22:59:00Z', status: 'interested' }),
  // Closes exactly at NOW (so closed), spelt without milliseconds: as a string it sorts after NOW's.
  vacancy({ reference: '250006', title: 'Adviser, Cyber', closesAt: '2026-01-10T12:00:00Z', status: 'drafting' }),
  // Half a second after NOW: open, in the same second.
  vacancy({ reference: '250007', title: 'Engineer, Networks', closesAt: '2026-01-10T12:00:00.5Z', status: 'submitted' }),
  vacancy({ reference: '250008', title: 'Officer, Registry', closesAt: null, deadline: null, status: 'interested' }),
  vacancy({ reference: '250009', title: 'Clerk, Archives', closesAt: '2026-01-10T11:59:59.999Z', status: 'interested' }),
];

async function seeded(records: StoredVacancy[] = SEED): Promise<VacancyStore> {
  const store = freshStore('queries');
  await store.db.vacancies.bulkPut(records);
  return store;
}

const ask = (overrides: Partial<DeadlineRequest> = {}): DeadlineRequest => ({
  now: NOW, status: 'all', query: '', openLimit: 40, closedLimit: 40, counts: true, ...overrides,
});
const refs = (records: { reference: string }[]) => records.map((record) => record.reference);
const summary = (page: DeadlinePage) => ({
  open: refs(page.open), openCount: page.counts?.open, closed: refs(page.closed), closedCount: page.counts?.closed, more: [page.moreOpen, page.moreClosed],
});

describe('the deadline page, unfiltered', () => {
  it('lists open ones soonest first with unknown deadlines last, closed ones newest first', async () => {
    const store = await seeded();
    expect(summary(await readDeadlinePage(store.db.vacancies, ask()))).toEqual({
      open: ['250007', '250000', '250003', '250001', '250002', '250008'],
      openCount: 6,
      closed: ['250006', '250009', '250004', '250005'],
      closedCount: 4,
      more: [false, false],
    });
  });

  it('reads only the page asked for, and counts everything', async () => {
    const store = await seeded();
    expect(summary(await readDeadlinePage(store.db.vacancies, ask({ openLimit: 2, closedLimit: 0 })))).toEqual({
      open: ['250007', '250000'], openCount: 6, closed: [], closedCount: 4, more: [true, true],
    });
    const page = await readDeadlinePage(store.db.vacancies, ask({ openLimit: 5, closedLimit: 2 }));
    expect(summary(page)).toMatchObject({ closed: ['250006', '250009'], more: [true, true] });
    expect(page.anyClosed).toBe(true);
  });

  it('the first screen can leave the counts out and still says whether there is more', async () => {
    const store = await seeded();
    const page = await readDeadlinePage(store.db.vacancies, ask({ openLimit: 6, closedLimit: 0, counts: false }));
    expect(summary(page)).toEqual({
      open: ['250007', '250000', '250003', '250001', '250002', '250008'], openCount: undefined, closed: [], closedCount: undefined, more: [false, true],
    });
    expect([page.anyClosed, page.empty, page.counts]).toEqual([true, false, null]);
  });

  it('reaches the unknown deadlines when a page goes past the dated ones', async () => {
    const store = await seeded();
    expect(refs((await readDeadlinePage(store.db.vacancies, ask({ openLimit: 5 }))).open)).toEqual(['250007', '250000', '250003', '250001', '250002']);
  });

  it('orders a tie at the end of a page by instant, however it is spelt', async () => {
    const store = await seeded();
    // A day later 250007 has closed; 250003 (…:00.000Z) comes first in the index, 250000 (…:00Z) first by reference.
    const page = await readDeadlinePage(store.db.vacancies, ask({ now: new Date('2026-01-11T00:00:00.000Z'), openLimit: 1 }));
    expect(refs(page.open)).toEqual(['250000']);
    expect(page.counts?.open).toBe(5);
  });

  it('moves a vacancy to the archive at its closing instant', async () => {
    const store = await seeded();
    const before = await readDeadlinePage(store.db.vacancies, ask({ now: new Date('2026-01-10T11:59:59.999Z'), openLimit: 1 }));
    expect(refs(before.open)).toEqual(['250006']);
    expect(before.counts?.closed).toBe(3);
  });

  it('an empty tracker has nothing and says so', async () => {
    const store = await seeded([]);
    for (const counts of [true, false]) {
      const page = await readDeadlinePage(store.db.vacancies, ask({ counts }));
      expect([page.empty, page.anyClosed, page.open, page.closed]).toEqual([true, false, [], []]);
    }
    const filtered = await readDeadlinePage(store.db.vacancies, ask({ status: 'submitted' }));
    expect([filtered.empty, filtered.counts]).toEqual([true, { open: 0, closed: 0 }]);
  });
});

describe('the deadline page, filtered and searched', () => {
  it.each([
    ['', 'interested', ['250000', '250001', '250008'], ['250009', '250004']],
    ['', 'drafting', ['250002'], ['250006']],
    ['officer', 'all', ['250003', '250001', '250008'], []],
    ['defense', 'all', ['250003'], []],
    ['SECURITE', 'all', ['250002'], []],
    ['surete', 'all', ['250000'], []],
    ['nor', 'all', ['250001'], []],
    ['registry', 'all', ['250008'], ['250004']],
    ['officer   registry', 'all', ['250008'], []],
    ['registry', 'interested', ['250008'], ['250004']],
    ['officer', 'submitted', ['250003'], []],
    ['officer', 'not-selected', [], []],
    ['25000', 'all', ['250007', '250000', '250003', '250001', '250002', '250008'], ['250006', '250009', '250004', '250005']],
  ] as const)('query %j, status %s', async (query, status, open, closed) => {
    const store = await seeded();
    const page = await readDeadlinePage(store.db.vacancies, ask({ query, status }));
    expect(summary(page)).toEqual({ open, openCount: open.length, closed, closedCount: closed.length, more: [false, false] });
    expect([page.anyClosed, page.empty]).toEqual([closed.length > 0, false]);
  });

  it('a test on the whole record (readiness) reads the candidates and keeps what passes', async () => {
    const store = await seeded();
    const keep = (record: StoredVacancy) => record.title.startsWith('Officer') || record.title.startsWith('Assistant');
    expect(summary(await readDeadlinePage(store.db.vacancies, ask({ keep })))).toEqual({
      open: ['250003', '250001', '250008'], openCount: 3, closed: ['250004'], closedCount: 1, more: [false, false],
    });
    expect(summary(await readDeadlinePage(store.db.vacancies, ask({ keep, status: 'interested', query: 'registry' })))).toEqual({
      open: ['250008'], openCount: 1, closed: ['250004'], closedCount: 1, more: [false, false],
    });
  });

  it('finds a vacancy far past the first page, and pages the matches', async () => {
    const store = await seeded();
    const page = await readDeadlinePage(store.db.vacancies, ask({ query: 'officer', openLimit: 2, closedLimit: 0 }));
    expect(summary(page)).toEqual({ open: ['250003', '250001'], openCount: 3, closed: [], closedCount: 0, more: [true, false] });
  });

  it('agrees with the in-memory list on hundreds of generated vacancies', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const records = makeStoredVacancies(400, now);
    const store = await seeded(records);
    for (const filter of [
      { status: 'all', query: '' },
      { status: 'interested', query: '' },
      { status: 'all', query: 'officer' },
      { status: 'drafting', query: 'defence' },
      { status: 'all', query: '2401' },
      { status: 'submitted', query: 'nspa' },
    ] as const) {
      const expected = splitArchive(filterVacancies(records, filter), now);
      const page = await readDeadlinePage(store.db.vacancies, { now, ...filter, openLimit: 1000, closedLimit: 1000, counts: true });
      expect(refs(page.open), JSON.stringify(filter)).toEqual(refs(expected.open));
      expect(refs(page.closed), JSON.stringify(filter)).toEqual(refs(expected.closed));
      const first = await readDeadlinePage(store.db.vacancies, { now, ...filter, openLimit: 40, closedLimit: 0, counts: true });
      expect(refs(first.open)).toEqual(refs(expected.open.slice(0, 40)));
      expect(first.counts).toEqual({ open: expected.open.length, closed: expected.closed.length });
      expect([first.moreOpen, first.anyClosed]).toEqual([expected.open.length > 40, expected.closed.length > 0]);
    }
  });
});

/** Collects a live query's emissions until the test ends. */
function follow<T>(observable: Observable<T>) {
  const seen: T[] = [];
  const subscription = observable.subscribe({ next: (value) => seen.push(value) });
  return { seen, stop: () => subscription.unsubscribe() };
}

const row = (reference: string, title: string, closesAt: string | null) => ({
  reference, title, location: null, organisation: null, deadline: closesAt?.slice(0, 10) ?? null, closesAt, grade: null, sourceUrl: null,
});

describe('live updates', () => {
  it('a write puts a new vacancy on the first page and updates the counts', async () => {
    const store = await seeded();
    const live = follow(watchDeadlinePage(store, ask({ openLimit: 2, closedLimit: 0 })));
    await vi.waitFor(() => expect(live.seen).toHaveLength(1));
    await store.trackRow(row('260000', 'Officer, Logistics', '2026-01-10T18:00:00.000Z'), NOW);
    await vi.waitFor(() => expect(summary(live.seen.at(-1)!)).toMatchObject({ open: ['250007', '260000'], openCount: 7, closedCount: 4 }));
    live.stop();
  });

  it('a status change reaches a filtered page', async () => {
    const store = await seeded();
    const live = follow(watchDeadlinePage(store, ask({ status: 'submitted' })));
    await vi.waitFor(() => expect(live.seen.at(-1) && refs(live.seen.at(-1)!.open)).toEqual(['250007', '250003']));
    await store.updateUserFields('250001', { status: 'submitted' }, NOW);
    await vi.waitFor(() => expect(refs(live.seen.at(-1)!.open)).toEqual(['250007', '250003', '250001']));
    live.stop();
  });

  it('a search sees a vacancy written after the search began', async () => {
    const store = await seeded();
    const live = follow(watchDeadlinePage(store, ask({ query: 'logistics' })));
    await vi.waitFor(() => expect(live.seen.at(-1)?.counts?.open).toBe(0));
    await store.saveCapture(parsedVacancy({ reference: '260001', title: 'Officer, Logistics', titleFr: null, deadline: '2026-03-01', closesAt: '2026-03-01T22:59:00.000Z' }), NOW, { follow: true });
    await vi.waitFor(() => expect(refs(live.seen.at(-1)!.open)).toEqual(['260001']));
    live.stop();
  });

  it('follows one vacancy', async () => {
    const store = await seeded();
    const live = follow(watchVacancy(store, '250001'));
    await vi.waitFor(() => expect(live.seen.at(-1)?.notes).toBe(''));
    await store.updateUserFields('250001', { notes: 'Call the team' }, NOW);
    await vi.waitFor(() => expect(live.seen.at(-1)?.notes).toBe('Call the team'));
    live.stop();
  });
});

describe('notices only seen (opened, not followed)', () => {
  // Three seen ones among SEED: open soon, no deadline, closed; each seen on another day.
  const SEEN = [
    vacancy({ reference: '260001', title: 'Officer, Plans (seen)', closesAt: '2026-01-11T22:59:00.000Z', status: 'interested', followedAt: null, capturedAt: '2026-01-02T09:00:00.000Z' }),
    vacancy({ reference: '260002', title: 'Officer, Registry (seen)', closesAt: null, deadline: null, status: 'interested', followedAt: null, capturedAt: '2026-01-09T09:00:00.000Z' }),
    vacancy({ reference: '260003', title: 'Clerk (seen)', closesAt: '2026-01-01T22:59:00.000Z', status: 'interested', followedAt: null, capturedAt: '2026-01-05T09:00:00.000Z' }),
  ];

  it.each([
    ['unfiltered', {}],
    ['a search for "officer"', { query: 'officer' }],
    ['status interested', { status: 'interested' as const }],
  ])('are not in the deadline list, nor its counts: %s', async (_name, overrides) => {
    const store = await seeded([...SEED, ...SEEN]);
    const withSeen = await readDeadlinePage(store.db.vacancies, ask(overrides));
    const without = await readDeadlinePage((await seeded()).db.vacancies, ask(overrides));
    expect(summary(withSeen)).toEqual(summary(without));
    expect([...withSeen.open, ...withSeen.closed].some((record) => record.followedAt === null)).toBe(false);
  });

  it('are counted from the index, and listed latest seen first when unfolded', async () => {
    const store = await seeded([...SEED, ...SEEN]);
    expect(await readSeen(store.db.vacancies, false)).toEqual({ count: 3, rows: [] });
    const unfolded = await readSeen(store.db.vacancies, true);
    expect(unfolded.count).toBe(3);
    expect(refs(unfolded.rows)).toEqual(['260002', '260003', '260001']);
  });

  it('a list of only seen notices is empty (nothing followed), with the seen ones apart', async () => {
    const store = await seeded(SEEN);
    const page = await readDeadlinePage(store.db.vacancies, ask());
    expect(page).toMatchObject({ empty: true, open: [], closed: [], counts: { open: 0, closed: 0 } });
    expect((await readSeen(store.db.vacancies, false)).count).toBe(3);
  });
});
