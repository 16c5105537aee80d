import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, launchExtension, type ExtensionSession } from '../e2e/harness';
import { detailPath, noticePage } from '../fixtures/portal/notice-pages';
import { median, round, withFloor, type Figures } from './figures';
import { makeFloorExtension } from './floor-extension';
import { makeStoredVacancies } from './popup-fixtures';

/**
 * Figures that only a real browser gives: the worker's start, capture latency, the popup's first
 * render with many vacancies, and the page-load overhead of the content scripts. Each is taken
 * the same way on the real build and on the floor build (floor-extension.ts), interleaved, so a
 * loaded machine slows both. Timings are medians over repeated runs.
 */
const PORTAL = 'https://nato.taleo.net';
const RUNS = 9;
/** Each cold start is a browser launched on a fresh profile: fewer runs, they are slow. */
const COLD_RUNS = 5;
const READY_MARK = 'vacancy-companion:ready';
const FIRST_RENDER_MARK = 'vacancy-companion:first-render';

export { median };

export async function benchBrowser(): Promise<Figures> {
  const figures: Figures = {};
  const floor = makeFloorExtension();
  try {
    const cold = await coldStarts(floor.dir);
    Object.assign(figures, withFloor('background.startToReadyMs', cold.real, cold.floor));
    const [real, empty] = [await launchExtension(), await launchExtension({ extensionDir: floor.dir })];
    const large = await launchExtension();
    try {
      Object.assign(figures, withFloor('background.wakeToReadyMs', await wakeMs(real), await wakeMs(empty)));
      Object.assign(figures, withFloor('capture.latencyMedianMs', await captureLatency(real), await captureLatency(empty)));
      // 1,000 and 10,000 in two browsers, their openings taken in turn with the floor's, so a
      // machine busy for a while slows all three alike and the growth compares like with like.
      await Promise.all([seed(real, 1000), seed(large, 10000)]);
      const [popupFloor, small, big] = await popupFirstRenders([empty, real, large]);
      Object.assign(figures, withFloor('popup.firstRender.1000.medianMs', small!, popupFloor!));
      Object.assign(figures, withFloor('popup.firstRender.10000.medianMs', big!, popupFloor!));
      Object.assign(figures, withFloor('popup.firstRender.workerStopped.1000.medianMs', await popupFirstRenderWorkerStopped(real), popupFloor!));
    } finally {
      await Promise.all([real.close(), empty.close(), large.close()]);
    }
  } finally {
    floor.remove();
  }
  Object.assign(figures, await pageLoadOverhead());
  figures['popup.firstRender.growth10000over1000'] = round(
    figures['popup.firstRender.10000.medianMs']! / figures['popup.firstRender.1000.medianMs']!,
  );
  return figures;
}

/** performance.now() in the worker at its ready mark = ms since the worker started. */
async function readyMark(session: ExtensionSession): Promise<number> {
  const worker = session.context.serviceWorkers()[0];
  if (!worker) return Number.NaN;
  for (let tries = 0; tries < 200; tries++) {
    const at = await worker.evaluate((mark) => performance.getEntriesByName(mark)[0]?.startTime ?? null, READY_MARK);
    if (at !== null) return at;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Number.NaN;
}

/** The first start after install: no code cache yet, a fresh profile each run. */
async function coldStarts(floorDir: string): Promise<{ real: number; floor: number }> {
  const times = { real: [] as number[], floor: [] as number[] };
  for (let run = 0; run < COLD_RUNS; run++) {
    for (const kind of ['real', 'floor'] as const) {
      const session = await launchExtension(kind === 'floor' ? { extensionDir: floorDir } : {});
      try {
        times[kind].push(await readyMark(session));
      } finally {
        await session.close();
      }
    }
  }
  return { real: median(times.real), floor: median(times.floor) };
}

/** Stops and starts the session's worker through an extension page's DevTools session. */
async function workerControl(session: ExtensionSession) {
  const page = await session.openPopup('#/settings');
  const cdp = await session.context.newCDPSession(page);
  let status = '';
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    status = versions[0]?.runningStatus ?? status;
  });
  await cdp.send('ServiceWorker.enable');
  const reach = async (wanted: string) => {
    for (let tries = 0; status !== wanted && tries < 500; tries++) await new Promise((resolve) => setTimeout(resolve, 10));
  };
  return {
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await reach('stopped');
    },
    async start() {
      await cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${session.extensionId}/` });
      await reach('running');
    },
    async close() {
      await cdp.detach();
      await page.close();
    },
  };
}

/** A wake: the browser stops the idle worker and starts it again for an event (code cached). */
async function wakeMs(session: ExtensionSession): Promise<number> {
  const worker = await workerControl(session);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await worker.stop();
    await worker.start();
    times.push(await readyMark(session));
  }
  await worker.close();
  return median(times);
}

/**
 * The popup opened while the worker is stopped, as it mostly is after half a minute idle: the
 * list must not wait for the worker's start.
 */
async function popupFirstRenderWorkerStopped(session: ExtensionSession): Promise<number> {
  const worker = await workerControl(session);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await worker.stop();
    times.push(await popupFirstRenderOnce(session));
  }
  await worker.close();
  return median(times);
}

/** From the page's own script filling the page to the record being committed (its updatedAt). */
async function captureLatency(session: ExtensionSession): Promise<number> {
  const path = detailPath('251836');
  await session.servePortal({ [path]: () => noticePage('251836', 'en', { lateFill: true }) });
  const reader = await session.openPopup('#/settings');
  const latencies: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const tab = await session.context.newPage();
    await tab.goto(`${PORTAL}${path}`, { waitUntil: 'load' });
    const updatedAt = await committedAt(reader, '251836');
    // The fixture's own fill script stamps the moment the page became readable.
    const filledAt = Number(await tab.getAttribute('html', 'data-filled-at'));
    latencies.push(Date.parse(updatedAt) - filledAt);
    await tab.close();
    // Each run captures afresh, so "committed" is this run's write.
    await session.clearVacancies();
  }
  await reader.close();
  return median(latencies);
}

/**
 * Waits in an extension page (raw IndexedDB, not our code) until the row is written. A string,
 * not a function: tsx would wrap the named inner functions in a helper the page lacks.
 */
function committedAt(reader: Page, reference: string): Promise<string> {
  return reader.evaluate<string>(`new Promise((resolve, reject) => {
    const started = Date.now();
    function look() {
      const open = indexedDB.open('vacancy-companion');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        function done(row) {
          db.close();
          if (row && row.updatedAt) resolve(row.updatedAt);
          else if (Date.now() - started > 15000) reject(new Error('no row ${reference}'));
          else setTimeout(look, 20);
        }
        if (!db.objectStoreNames.contains('vacancies')) return done(undefined);
        const request = db.transaction('vacancies').objectStore('vacancies').get(${JSON.stringify(reference)});
        request.onsuccess = () => done(request.result);
      };
    }
    look();
  })`);
}

/** Seeds `count` records straight into the extension's IndexedDB. */
async function seed(session: ExtensionSession, count: number): Promise<void> {
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
}

/** More openings than other figures: a popup's first render varies most from run to run. */
const POPUP_RUNS = 15;

/**
 * ms from the popup page's navigation to its first-render mark, the median per session, each
 * round opening one popup in every session in turn. Openings of one session are a second or
 * more apart, as a user's are: a popup closed at once leaves its live query's reads queued in the browser's
 * database thread, which the next one would wait behind.
 */
async function popupFirstRenders(sessions: ExtensionSession[]): Promise<number[]> {
  const times = sessions.map((): number[] => []);
  for (let run = 0; run < POPUP_RUNS; run++) {
    for (const [index, session] of sessions.entries()) {
      // Also lets the previous popup's reads in another browser finish before this one opens.
      await new Promise((resolve) => setTimeout(resolve, index === 0 ? 1000 : 400));
      times[index]!.push(await popupFirstRenderOnce(session));
    }
  }
  return times.map(median);
}

/** One opening of the deadline list: ms from navigation to the first-render mark. */
async function popupFirstRenderOnce(session: ExtensionSession): Promise<number> {
  const page = await session.openPopup('#/deadlines');
  const at = await page.evaluate<number>(`new Promise((resolve) => {
    (function check() {
      const mark = performance.getEntriesByName('${FIRST_RENDER_MARK}')[0];
      if (mark) resolve(mark.startTime);
      else setTimeout(check, 5);
    })();
  })`);
  await page.close();
  return at;
}

/**
 * What the content scripts cost a page's load: the same served page at three addresses of
 * an instrumented copy of the build — matched by no content script, by an empty one (Chrome's
 * fixed cost of any content script: its isolated world, the floor), and by our detail-page script.
 */
async function pageLoadOverhead(): Promise<Figures> {
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
    ...withFloor('contentScripts.pageLoad.withMedianMs', ours, empty),
    'contentScripts.pageLoad.overheadRatio': round(ours / none),
    'contentScripts.pageLoad.overheadRatioOverEmptyScript': round(ours / empty),
    'contentScripts.pageLoad.ownCostMs': round(ours - empty),
  };
}
