import { afterEach } from 'vitest';
import { VacancyDatabase, VacancyStore } from '../../utils/db-writer/vacancy-store';

const opened: VacancyStore[] = [];

// Registered by the test file that imports this module: every store it opens is deleted after
// each test, so no test sees another's rows.
afterEach(async () => {
  for (const store of opened.splice(0)) await store.db.delete();
});

/** A store on its own fake-indexeddb database. */
export function freshStore(prefix = 'test'): VacancyStore {
  const store = new VacancyStore(new VacancyDatabase(`${prefix}-${crypto.randomUUID()}`));
  opened.push(store);
  return store;
}
