import { describe, expect, it } from 'vitest';
import { pendingNotices, type PendingArea } from './pending-notice';

/** An in-memory storage area with the browser's get/set/remove semantics. */
function memoryArea(): PendingArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: items.get(key) } : {}),
    set: async (entries) => {
      for (const [key, value] of Object.entries(entries)) items.set(key, structuredClone(value));
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}

describe('the selected notice waiting for its reference', () => {
  it('is handed over once', async () => {
    const pending = pendingNotices(memoryArea());
    await pending.put({ text: 'Policy Officer\n1. SUMMARY', sourceUrl: 'https://unjoblink.org/job/policy-officer-2/' });
    expect(await pending.take()).toEqual({ text: 'Policy Officer\n1. SUMMARY', sourceUrl: 'https://unjoblink.org/job/policy-officer-2/' });
    expect(await pending.take()).toBeNull();
  });

  it('keeps only the latest selection', async () => {
    const pending = pendingNotices(memoryArea());
    await pending.put({ text: 'first', sourceUrl: null });
    await pending.put({ text: 'second', sourceUrl: null });
    expect(await pending.take()).toEqual({ text: 'second', sourceUrl: null });
  });

  it('gives nothing for a stored value of another shape', async () => {
    const area = memoryArea();
    area.items.set('pendingNotice', { text: 42 });
    expect(await pendingNotices(area).take()).toBeNull();
  });
});
