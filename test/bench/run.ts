import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { EXTENSION_DIR } from '../e2e/harness';
import { benchParse } from './parse-bench';
import { benchImport } from './import-bench';
import { benchBrowser } from './browser-bench';
import { BUDGETS, bundleSizes, contentScriptSizes, popupGzipBytes } from './bundle-sizes';

/**
 * `npm run bench`: one JSON object of named figures, measured on this machine. Sizes come
 * from a fresh production build; timings are medians over repeated runs.
 */
if (!process.argv.includes('--no-build') || !existsSync(EXTENSION_DIR)) {
  execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'pipe' });
}

const figures: Record<string, number> = {};
const sizes = bundleSizes(EXTENSION_DIR);
for (const size of contentScriptSizes(sizes)) {
  figures[`size.${size.file.replace(/^content-scripts\//, 'contentScript.').replace(/\.js$/, '')}.gzipBytes`] = size.gzipBytes;
}
figures['size.popup.initial.gzipBytes'] = popupGzipBytes(sizes, EXTENSION_DIR);
figures['size.popup.allViews.gzipBytes'] = sizes
  .filter((size) => size.file.startsWith('chunks/') || size.file.startsWith('assets/'))
  .reduce((sum, size) => sum + size.gzipBytes, 0);
figures['size.background.gzipBytes'] = sizes.find((size) => size.file === 'background.js')?.gzipBytes ?? Number.NaN;
figures['size.budget.contentScriptGzipBytes'] = BUDGETS.contentScriptGzipBytes;
figures['size.budget.popupGzipBytes'] = BUDGETS.popupGzipBytes;

Object.assign(figures, await benchParse());
Object.assign(figures, await benchImport());
Object.assign(figures, await benchBrowser());

process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
