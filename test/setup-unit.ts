// Real IndexedDB semantics in Node for every unit test that opens the database.
import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
// Both catalogues, as the background and the CLIs have them.
import '../utils/i18n';

// Component tests (happy-dom) start each test with an empty document.
if (typeof document !== 'undefined') {
  const { cleanup } = await import('@testing-library/preact');
  afterEach(cleanup);
}
