// Real IndexedDB semantics in Node for every unit test that opens the database.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// Component tests (happy-dom) start each test with an empty document.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/preact');
  afterEach(cleanup);
}
