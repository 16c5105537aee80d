import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `npm run check:store`: the zipped packages and their listing, after `wxt zip` for both browsers.
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/store/**/*.store.ts'],
    testTimeout: 60_000,
  },
});
