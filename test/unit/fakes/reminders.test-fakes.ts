import type { AlarmsApi, NotificationsApi, StorageAreaApi } from '../../../utils/background/reminders';

/** In-memory stand-ins for browser.alarms / notifications / storage.local, for tests. */
export class FakeAlarms implements AlarmsApi {
  private alarms = new Map<string, number>();
  private listeners = new Set<(alarm: { name: string }) => void>();

  /** `limit`: Chrome refuses a new alarm once an extension has 500 (the error it throws). */
  constructor(private limit = Number.POSITIVE_INFINITY) {}

  getAll() {
    return Promise.resolve([...this.alarms].map(([name, scheduledTime]) => ({ name, scheduledTime })));
  }
  create(name: string, { when }: { when: number }) {
    if (!this.alarms.has(name) && this.alarms.size >= this.limit) throw new Error('Exceeded the maximum number of alarms.');
    this.alarms.set(name, when);
  }
  clear(name: string) {
    return Promise.resolve(this.alarms.delete(name));
  }
  onAlarm = {
    addListener: (listener: (alarm: { name: string }) => void) => void this.listeners.add(listener),
    removeListener: (listener: (alarm: { name: string }) => void) => void this.listeners.delete(listener),
  };
  /** What the browser does when an alarm's time comes. */
  fire(name: string) {
    this.alarms.delete(name);
    for (const listener of this.listeners) listener({ name });
  }
  /** The alarm the browser fires next, if any. */
  next(): { name: string; when: number } | undefined {
    return [...this.alarms].map(([name, when]) => ({ name, when })).sort((a, b) => a.when - b.when)[0];
  }
  listenerCount() {
    return this.listeners.size;
  }
  snapshot(): Record<string, number> {
    return Object.fromEntries(this.alarms);
  }
}

export class FakeNotifications implements NotificationsApi {
  shown: { id: string; title: string; message: string }[] = [];
  create(id: string, options: { title: string; message: string }) {
    this.shown.push({ id, title: options.title, message: options.message });
    return Promise.resolve(id);
  }
}

export class FakeStorageArea implements StorageAreaApi {
  data: Record<string, unknown> = {};
  get(key: string) {
    return Promise.resolve(key in this.data ? { [key]: structuredClone(this.data[key]) } : {});
  }
  set(items: Record<string, unknown>) {
    Object.assign(this.data, structuredClone(items));
    return Promise.resolve();
  }
}
