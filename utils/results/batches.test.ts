import { describe, expect, it, vi } from 'vitest';
import { freshStore } from '../../test/unit/fresh-store';
import { STORED_251836 } from '../../test/unit/record-factory';
import { handleRequest } from '../background/handle-request';
import { resultsMemory } from './results-memory';
import type { Request } from '../messages';
import { inBatches, lookupInBatches, REFERENCES_PER_REQUEST, visitInBatches } from './batches';
import { VISIT_GAP_MS } from './visits';

const references = (count: number, first = 300000) => Array.from({ length: count }, (_, index) => String(first + index));

function fakeStorage() {
  const data: Record<string, unknown> = {};
  return { get: async (key: string) => ({ [key]: structuredClone(data[key]) }), set: async (items: Record<string, unknown>) => void Object.assign(data, structuredClone(items)) };
}

/** The real background handler on a fresh store, as a content script reaches it; every request is counted. */
function background() {
  let now = new Date('2026-01-05T08:00:00Z');
  const context = { store: freshStore(), openPopup: async () => undefined, results: resultsMemory(fakeStorage()), now: () => now };
  const send = vi.fn((request: Request) => handleRequest(structuredClone(request), 'content-script', context));
  return { send, context, later: () => (now = new Date(now.getTime() + VISIT_GAP_MS + 1)) };
}

describe('requests in batches', () => {
  it.each([
    [0, []],
    [500, [500]],
    [501, [500, 1]],
    [3000, [500, 500, 500, 500, 500, 500]],
  ])('%i references make batches of %j', (count, sizes) => {
    expect(inBatches(references(count)).map((batch) => batch.length)).toEqual(sizes);
  });

  it('one request of 3,000 references is refused by the background; in batches every tracked one is found', async () => {
    const { send, context } = background();
    const page = references(3000);
    const tracked = [page[0]!, page[1999]!, page[2999]!];
    for (const reference of tracked) await context.store.db.vacancies.put({ ...STORED_251836, reference });
    expect(await send({ type: 'lookup', references: page })).toMatchObject({ ok: false, code: 'rejected' });
    send.mockClear();
    const reply = await lookupInBatches(send as never, page);
    expect(reply.ok && reply.items.map((item) => item.reference).sort()).toEqual(tracked);
    expect(send).toHaveBeenCalledTimes(3000 / REFERENCES_PER_REQUEST);
  });

  it('a visit of 3,000 rows: rows published since are new wherever they stand, the filter comes back', async () => {
    const { send, later } = background();
    // Seen before: every row but three, which were published since (top, a batch boundary, low down).
    const page = references(3000);
    const published = [page[3]!, page[1500]!, page[2600]!];
    expect(await visitInBatches(send as never, '2', page.filter((reference) => !published.includes(reference)))).toMatchObject({ ok: true, firstVisit: true, newReferences: [] });
    const filter = { gradeFrom: 'G15' as const, gradeTo: null, organisation: null, location: null, hideTracked: true };
    await send({ type: 'save-results-filter', filter });
    later();
    const reply = await visitInBatches(send as never, '2', page);
    expect(reply).toMatchObject({ ok: true, firstVisit: false, newReferences: published, filter });
  });

  it('below the last row seen before, unseen rows of a long page are not new (a page never reached)', async () => {
    const { send, later } = background();
    await visitInBatches(send as never, '2', references(1000));
    later();
    // 1,000 known rows, then 2,000 never shown: the batches below the known ones mark nothing.
    const reply = await visitInBatches(send as never, '2', [...references(1000), ...references(2000, 400000)]);
    expect(reply).toMatchObject({ ok: true, newReferences: [] });
  });
});
