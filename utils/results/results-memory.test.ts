import { describe, expect, it } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { NO_FILTER } from './row-filter';
import { handleRequest } from '../background/handle-request';
import { resultsMemory } from './results-memory';

function fakeStorage(initial: Record<string, unknown> = {}) {
  const data: Record<string, unknown> = structuredClone(initial);
  return { data, get: async (key: string) => ({ [key]: data[key] }), set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)) };
}

describe('what results pages remember, through the background', () => {
  it('new rows per career section across visits, and the filter, survive in storage', async () => {
    const storage = fakeStorage();
    let now = new Date('2026-01-05T08:00:00Z');
    const context = { store: freshStore(), openPopup: async () => undefined, results: resultsMemory(storage), now: () => now };
    const visit = (references: string[]) => handleRequest({ type: 'results-visit', section: '2', references }, 'content-script', context);

    expect(await visit(['251836', '250875'])).toEqual({ ok: true, newReferences: [], firstVisit: true, filter: NO_FILTER, knownAmong: false });
    const filter = { ...NO_FILTER, gradeFrom: 'G15', organisation: 'NATO International Staff (NATO IS)' };
    expect(await handleRequest({ type: 'save-results-filter', filter }, 'content-script', context)).toEqual({ ok: true, filter });

    now = new Date('2026-01-06T08:00:00Z');
    expect(await visit(['260100', '251836'])).toEqual({ ok: true, newReferences: ['260100'], firstVisit: false, filter, knownAmong: true });
  });

  it('two results tabs of different sections at once: both visits are kept', async () => {
    const storage = fakeStorage();
    const memory = resultsMemory(storage);
    const day1 = new Date('2026-01-05T08:00:00Z');
    await Promise.all([memory.visit('2', ['251836'], day1), memory.visit('10120', ['260100'], day1)]);
    expect(Object.keys(storage.data['results-visits'] as object).sort()).toEqual(['10120', '2']);
  });

  it.each([
    ['a damaged memory', { 'results-visits': { 2: { seenBefore: 'all' } }, 'results-filter': { gradeFrom: 'G99' } }],
    ['nothing stored', {}],
  ])('%s: starts afresh instead of trusting it', async (_case, stored) => {
    const memory = resultsMemory(fakeStorage(stored));
    expect(await memory.visit('2', ['251836'], new Date('2026-01-05T08:00:00Z'))).toEqual({ newReferences: [], firstVisit: true, filter: NO_FILTER, knownAmong: false });
  });

  it.each([
    ['a section with a slash', { type: 'results-visit', section: '2/../x', references: [] }],
    ['a grade off the ladder', { type: 'save-results-filter', filter: { ...NO_FILTER, gradeTo: 'G25' } }],
  ])('refuses %s', async (_case, message) => {
    const storage = fakeStorage();
    const reply = await handleRequest(message, 'content-script', { store: freshStore(), openPopup: async () => undefined, results: resultsMemory(storage) });
    expect(reply.ok).toBe(false);
    expect(storage.data).toEqual({});
  });
});
