import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchExtension, type ExtensionSession } from '../e2e/harness';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';
import { makeStoredVacancies } from './popup-fixtures';

/**
 * Figures that only a real browser gives: page-load overhead of the content scripts, capture
 * latency, the popup's first render with many vacancies, and the worker's start-up. Timings
 * are medians over repeated runs; ratios are taken within the same run.
 */
const PORTAL = 'https://nato.taleo.net';
const RUNS = 9;

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const round = (value: number) => Math.round(value * 100) / 100;

export async function benchBrowser(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  const session = await launchExtension();
  try {
    figures['background.startToReadyMs'] = round(await workerReadyMs(session));
    Object.assign(figures, await captureLatency(session));
    for (const count of [1000, 10000]) {
      figures[`popup.firstRender.${count}.medianMs`] = round(await popupFirstRender(session, count));
    }
  } finally {
    await session.close();
  }
  Object.assign(figures, await pageLoadOverhead());
  figures['popup.firstRender.growth10000over1000'] = round(
    figures['popup.firstRender.10000.medianMs']! / figures['popup.firstRender.1000.medianMs']!,
  );
  return figures;
}

/** performance.now() in the worker at its ready mark = ms since the worker started. */
async function workerReadyMs(session: ExtensionSession): Promise<number> {
  const worker = session.context.serviceWorkers()[0];
  if (!worker) return Number.NaN;
  return worker.evaluate(() => performance.getEntriesByName('vacancy-companion:ready')[0]?.startTime ?? Number.NaN);
}

/**
 * What the content scripts cost a page's load: the same served page at three addresses of
 * an instrumented copy of the build — matched by no content script, by an empty one (Chrome's
 * fixed cost of any content script: its isolated world), and by our detail-page script.
 */
async function pageLoadOverhead(): Promise<Record<string, number>> {
  const copy = mkdtempSync(join(tmpdir(), 'vc-bench-ext-'));
  cpSync(EXTENSION_DIR, copy, { recursive: true });
  writeFileSync(join(copy, 'content-scripts/bench-empty.js'), '');
  const manifest = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  manifest.content_scripts.push(
    { matches: [`${PORTAL}/bench-empty/*`], js: ['content-scripts/bench-empty.js'], run_at: 'document_idle' },
    { matches: [`${PORTAL}/bench-detail/*`], js: ['content-scripts/portal-detail.js'], run_at: 'document_idle' },
  );
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(manifest));
  const session = await launchExtension({ extensionDir: copy });
  const paths = { none: '/bench-none/page.html', empty: '/bench-empty/page.html', ours: '/bench-detail/page.html' };
  const page = () => noticePage('251836', 'en');
  await session.servePortal(Object.fromEntries(Object.values(paths).map((path) => [path, page])));
  const loads: Record<keyof typeof paths, number[]> = { none: [], empty: [], ours: [] };
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const kind of Object.keys(paths) as (keyof typeof paths)[]) {
        const tab = await session.context.newPage();
        await tab.goto(`${PORTAL}${paths[kind]}`, { waitUntil: 'load' });
        loads[kind].push(
          await tab.evaluate<number>(`(() => {
            const nav = performance.getEntriesByType('navigation')[0];
            return nav.loadEventEnd - nav.startTime;
          })()`),
        );
        await tab.close();
      }
    }
  } finally {
    await session.close();
    rmSync(copy, { recursive: true, force: true });
  }
  const [none, empty, ours] = [median(loads.none), median(loads.empty), median(loads.ours)];
  return {
    'contentScripts.pageLoad.withoutMedianMs': round(none),
    'contentScripts.pageLoad.emptyScriptMedianMs': round(empty),
    'contentScripts.pageLoad.withMedianMs': round(ours),
    'contentScripts.pageLoad.overheadRatio': round(ours / none),
    'contentScripts.pageLoad.overheadRatioOverEmptyScript': round(ours / empty),
    'contentScripts.pageLoad.ownCostMs': round(ours - empty),
  };
}

/** From Taleo's script filling the page to the record being committed (its updatedAt). */
async function captureLatency(session: ExtensionSession): Promise<Record<string, number>> {
  const path = detailPath('251836');
  await session.servePortal({ [path]: () => noticePage('251836', 'en', { lateFill: true }) });
  const latencies: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const tab = await session.context.newPage();
    await tab.goto(`${PORTAL}${path}`, { waitUntil: 'load' });
    await tab.locator('vacancy-companion-panel .panel .open').waitFor({ timeout: 15_000 });
    // The fixture's own fill script stamps the moment the page became readable.
    const filledAt = Number(await tab.getAttribute('html', 'data-filled-at'));
    const rows = await session.readVacancies();
    latencies.push(Date.parse(String(rows.find((row) => row.reference === '251836')?.updatedAt)) - filledAt);
    await tab.close();
    // Each run captures afresh, so "committed" is this run's write.
    await session.clearVacancies();
  }
  return { 'capture.latencyMedianMs': round(median(latencies)) };
}

/** Seeds `count` records straight into the extension's IndexedDB, then times the popup. */
async function popupFirstRender(session: ExtensionSession, count: number): Promise<number> {
  const records = JSON.parse(JSON.stringify(makeStoredVacancies(count, new Date()))) as unknown[];
  const seeder = await session.openPopup('#/settings');
  await seeder.evaluate(async (rows) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('vacancy-companion');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('vacancies', 'readwrite');
        const table = tx.objectStore('vacancies');
        table.clear();
        for (const row of rows) table.put(row);
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, records);
  await seeder.close();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const page = await session.openPopup('#/deadlines');
    times.push(
      await page.evaluate<number>(`new Promise((resolve) => {
        (function check() {
          const mark = performance.getEntriesByName('vacancy-companion:first-render')[0];
          if (mark) resolve(mark.startTime);
          else setTimeout(check, 5);
        })();
      })`),
    );
    await page.close();
  }
  return median(times);
}
