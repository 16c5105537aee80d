import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route, type Worker } from 'playwright-core';
import { clearAllVacancies, readAllVacancies } from './drivers/in-page';

/**
 * Drives the BUILT extension (.output/chrome-mv3) in Debian's Chromium with playwright-core.
 * Fixture pages are served at their real portal URLs through context.route, so the content
 * scripts match and run exactly as in production. No browser download ever happens here.
 * Scenarios use it through drivers/chromium.ts (the two-browser interface); the demo and the
 * benchmark use it directly.
 */
export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES = join(ROOT, 'test/fixtures');

export function findChromium(
  candidates: (string | undefined)[] = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
): string {
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error(
      'No Chromium found: install it with `sudo apt-get install -y chromium` or set CHROME_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}

export type PortalPages = Record<string, string | (() => string)>;

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  /** Serves `pages` (path+query after https://nato.taleo.net → HTML) at the portal. */
  servePortal(pages: PortalPages): Promise<void>;
  /** Opens the popup page in a tab (same document the toolbar popup shows). */
  openPopup(hash?: string, size?: { width: number; height: number }): Promise<Page>;
  /** Every row of the extension's IndexedDB table `vacancies`, read from an extension page. */
  readVacancies(): Promise<Record<string, unknown>[]>;
  /** Empties the extension's `vacancies` table (benchmarks that capture the same page again). */
  clearVacancies(): Promise<void>;
  /** Sends a typed request to the background as a content script would. */
  sendToBackground(message: unknown): Promise<unknown>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  locale?: string;
  timezoneId?: string;
  colorScheme?: 'light' | 'dark';
  /** A visible window (the interactive demo); needs a display. */
  headed?: boolean;
  /** Another build to load (the benchmark's instrumented copy); the real build by default. */
  extensionDir?: string;
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'vc-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: false, // the extension needs the new headless mode, passed below
    locale: options.locale ?? 'en-GB',
    timezoneId: options.timezoneId ?? 'Europe/Brussels',
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.headed ? null : { width: 1280, height: 800 },
    args: [
      ...(options.headed ? [] : ['--headless=new']),
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      `--lang=${options.locale ?? 'en-GB'}`,
    ],
  });
  // Nothing may leave the machine: anything not served below is refused.
  await context.route(/^https?:\/\//, (route) => route.abort('blockedbyclient'));

  const worker = await serviceWorker(context);
  const extensionId = new URL(worker.url()).host;
  const pages: PortalPages = {};

  const session: ExtensionSession = {
    context,
    extensionId,
    async servePortal(more) {
      Object.assign(pages, more);
      await context.unroute('https://nato.taleo.net/**').catch(() => undefined);
      await context.route('https://nato.taleo.net/**', (route) => fulfilPortal(route, pages));
    },
    async openPopup(hash = '', size = { width: 600, height: 600 }) {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(`chrome-extension://${extensionId}/popup.html${hash}`);
      return page;
    },
    async readVacancies() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html#/settings`);
      const rows = await page.evaluate(readAllVacancies);
      await page.close();
      return rows;
    },
    async clearVacancies() {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html#/settings`);
      await page.evaluate(clearAllVacancies);
      await page.close();
    },
    async sendToBackground(message) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/popup.html#/settings`);
      const reply = await page.evaluate(
        (m) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage(m),
        message,
      );
      await page.close();
      return reply;
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
  return session;
}

async function serviceWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
}

function fulfilPortal(route: Route, pages: PortalPages) {
  const body = portalBody(route.request().url(), pages);
  if (body === undefined) return route.fulfill({ status: 404, contentType: 'text/html', body: NOT_FOUND });
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

export const NOT_FOUND = '<h1>Not found</h1>';

/** The served page for a portal URL: by path and query, else by path alone. */
export function portalBody(url: string, pages: PortalPages): string | undefined {
  const { pathname, search } = new URL(url);
  const page = pages[pathname + search] ?? pages[pathname];
  return typeof page === 'function' ? page() : page;
}

export function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

/** Polls until `read` returns a truthy value (pages are filled and messages land asynchronously). */
export async function eventually<T>(read: () => Promise<T | undefined | null | false>, timeoutMs = 10_000): Promise<T> {
  const start = Date.now();
  let last: unknown;
  for (;;) {
    try {
      const value = await read();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() - start > timeoutMs) throw new Error(`Timed out after ${timeoutMs} ms${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
