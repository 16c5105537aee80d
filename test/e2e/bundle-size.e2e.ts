import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { EXTENSION_DIR_FIREFOX } from './drivers/firefox';
import { BUDGETS, bundleSizes, contentScriptSizes, popupGzipBytes, popupInitialFiles } from '../bench/bundle-sizes';

// Sizes are stable from build to build, so they are held here; timings stay in `npm run bench`.
describe.each([
  ['chromium', EXTENSION_DIR],
  ['firefox', EXTENSION_DIR_FIREFOX],
])('size budgets of the built extension (%s)', (_browser, EXTENSION_DIR) => {
  const sizes = bundleSizes(EXTENSION_DIR);

  it('has the three content scripts', () => {
    expect(contentScriptSizes(sizes).map((size) => size.file).sort()).toEqual([
      'content-scripts/portal-detail.js',
      'content-scripts/portal-results.js',
      'content-scripts/upload-guard.js',
    ]);
  });

  it.each(contentScriptSizes(sizes).map((size) => [size.file, size.gzipBytes] as const))(
    '%s stays within 25 KB gzip',
    (_file, gzipBytes) => {
      expect(gzipBytes).toBeLessThanOrEqual(BUDGETS.contentScriptGzipBytes);
    },
  );

  it('the popup loads at most 60 KB gzip before its first render', () => {
    const initial = popupInitialFiles(EXTENSION_DIR);
    expect(initial.some((file) => file.endsWith('.js'))).toBe(true);
    expect(popupGzipBytes(sizes, EXTENSION_DIR)).toBeLessThanOrEqual(BUDGETS.popupGzipBytes);
  });

  it('content scripts carry no zod and no database code', async () => {
    const { readFileSync } = await import('node:fs');
    for (const size of contentScriptSizes(sizes)) {
      const code = readFileSync(`${EXTENSION_DIR}/${size.file}`, 'utf8');
      expect(code, size.file).not.toMatch(/_zod|ZodError|indexedDB/);
    }
  });
});
