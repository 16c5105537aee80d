import type { PendingArea } from '../../../utils/capture/pending-notice';

/** An in-memory storage area with the browser's get/set/remove semantics (values cloned). */
export function memoryArea(): PendingArea & { items: Map<string, unknown> } {
  const items = new Map<string, unknown>();
  return {
    items,
    get: async (key) => (items.has(key) ? { [key]: structuredClone(items.get(key)) } : {}),
    set: async (entries) => {
      for (const [key, value] of Object.entries(entries)) items.set(key, structuredClone(value));
    },
    remove: async (key) => {
      items.delete(key);
    },
  };
}
