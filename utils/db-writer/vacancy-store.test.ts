import { describe, expect, it, vi } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { parsedVacancy } from '../../test/unit/record-factory';


describe('VacancyStore on IndexedDB', () => {
  it('two captures of the same vacancy at once give one record', async () => {
    const store = freshStore();
    const [a, b] = await Promise.all([
      store.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z')),
      store.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:01Z')),
    ]);
    expect([a.created, b.created].sort()).toEqual([false, true]);
    expect(await store.db.vacancies.count()).toBe(1);
  });

  it('user edits survive a re-capture that changes the deadline', async () => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy());
    await store.updateUserFields('251836', { status: 'submitted', notes: 'Sent on time' });
    const result = await store.saveCapture(parsedVacancy({ deadline: '2026-01-11', closesAt: '2026-01-11T22:59:00.000Z' }));
    expect(result.changed).toContain('deadline');
    const stored = await store.get('251836');
    expect(stored).toMatchObject({ status: 'submitted', notes: 'Sent on time', deadline: '2026-01-11' });
    expect(stored?.history.map((h) => h.field)).toEqual(['deadline', 'closesAt']);
  });

  it('keeps each stage the application reaches, with its moment; a re-capture keeps the timeline', async () => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy(), new Date('2025-12-01T10:00:00Z'));
    await store.updateUserFields('251836', { status: 'submitted' }, new Date('2026-01-03T18:00:00Z'));
    await store.updateUserFields('251836', { notes: 'no stage change' }, new Date('2026-01-04T09:00:00Z'));
    await store.updateUserFields('251836', { status: 'video-interview' }, new Date('2026-02-10T08:30:00Z'));
    await store.saveCapture(parsedVacancy({ deadline: '2026-01-11', closesAt: '2026-01-11T22:59:00.000Z' }), new Date('2026-02-11T08:00:00Z'));
    expect((await store.get('251836'))?.stageHistory).toEqual([
      { stage: 'submitted', reachedAt: '2026-01-03T18:00:00.000Z' },
      { stage: 'video-interview', reachedAt: '2026-02-10T08:30:00.000Z' },
    ]);
  });

  // The cause of an old flake: with the default clock the three writes above can fall in one
  // millisecond, and the store then skipped the re-capture's write (it compared updatedAt).
  it('a re-capture in the same millisecond as the user\'s edit is written', async () => {
    const store = freshStore();
    const at = new Date('2025-12-01T10:00:00Z');
    await store.saveCapture(parsedVacancy(), at);
    await store.updateUserFields('251836', { status: 'submitted', notes: 'Sent on time' }, at);
    const result = await store.saveCapture(parsedVacancy({ deadline: '2026-01-11', closesAt: '2026-01-11T22:59:00.000Z' }), at);
    expect(result.changed).toEqual(['deadline', 'closesAt']);
    expect(await store.get('251836')).toMatchObject({
      status: 'submitted',
      deadline: '2026-01-11',
      closesAt: '2026-01-11T22:59:00.000Z',
      updatedAt: '2025-12-01T10:00:00.002Z',
    });
  });

  it('refuses invalid user fields and writes nothing', async () => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy());
    await expect(store.updateUserFields('251836', { status: 'hired' as never })).rejects.toThrow();
    await expect(store.updateUserFields('251836', { title: 'x' } as never)).rejects.toThrow();
    expect((await store.get('251836'))?.status).toBe('interested');
  });

  it('lists soonest closing first, unknown deadlines last', async () => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy({ reference: '250875', closesAt: '2025-06-18T21:59:00.000Z' }));
    await store.saveCapture(parsedVacancy({ reference: '999999', closesAt: null, deadline: null }));
    await store.saveCapture(parsedVacancy({ reference: '250443', closesAt: '2025-04-06T21:59:00.000Z' }));
    expect((await store.all()).map((r) => r.reference)).toEqual(['250443', '250875', '999999']);
  });

  it('marks a tracked vacancy withdrawn and ignores untracked ones', async () => {
    const store = freshStore();
    await store.saveCapture(parsedVacancy());
    expect(await store.markWithdrawn('251836')).toBe(true);
    expect(await store.markWithdrawn('123456')).toBe(false);
    expect((await store.get('251836'))?.portalState).toBe('withdrawn');
    expect(await store.db.vacancies.count()).toBe(1);
  });

  it('the live query emits again after a write', async () => {
    const store = freshStore();
    const seen: number[] = [];
    let first!: () => void;
    const firstEmission = new Promise<void>((resolve) => (first = resolve));
    // Waits for the first value itself, not a fixed time: a loaded machine may take longer.
    const subscription = store.watchAll().subscribe({ next: (rows) => (seen.push(rows.length), first()) });
    await firstEmission;
    await store.saveCapture(parsedVacancy());
    await vi.waitFor(() => expect(seen.at(-1)).toBe(1));
    subscription.unsubscribe();
    expect(seen[0]).toBe(0);
  });

});
