// Real IndexedDB semantics in Node for every unit test that opens the database.
import 'fake-indexeddb/auto';
