import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type HTTPRequest, type KeyInput, type Page } from 'puppeteer-core';
import { eventually, NOT_FOUND, portalBody, ROOT } from '../harness';
import type { Driver, ExtensionApi, ExtensionSession, PortalPages, TestPage } from './driver';
import { clearAllVacancies, OPEN_FOR_TEST, readAllVacancies } from './in-page';
import { pageActions, type ProtocolPage } from './page-actions';
import { askReload } from './chromium';

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi: the built .output/firefox-mv2,
 * installed as a temporary add-on. Pitfalls met and handled here (see the README's testing
 * section): extension pages get a fixed UUID from a pref; BiDi only navigates to them with
 * --remote-allow-system-access, and only through browsingContext.navigate (page.goto waits
 * for load events Firefox never sends there); request interception is per page and misses the
 * background, so every proxy points at a dead local port as well.
 */
export const EXTENSION_DIR_FIREFOX = join(ROOT, '.output/firefox-mv2');
const PORTAL = 'https://nato.taleo.net';
const UUID = '6f1e0c52-3b8a-4d7e-9a41-2c5b7d9e8f10';

export function findFirefox(
  candidates: (string | undefined)[] = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
): string {
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) {
    throw new Error('No Firefox found: install it with `sudo apt-get install -y firefox-esr` or set FIREFOX_PATH to a Firefox binary.');
  }
  return found;
}

export const firefoxDriver: Driver = {
  name: 'firefox',
  find: () => findFirefox(),
  async launch(options = {}) {
    const manifestPath = join(EXTENSION_DIR_FIREFOX, 'manifest.json');
    if (!existsSync(manifestPath)) throw new Error(`No built add-on in ${EXTENSION_DIR_FIREFOX}: run \`npm run build:firefox\` first.`);
    const geckoId = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
      .browser_specific_settings.gecko.id;
    const scratch = mkdtempSync(join(tmpdir(), 'vc-e2e-firefox-'));
    const profile = join(scratch, 'profile');
    const downloads = join(scratch, 'downloads');
    mkdirSync(profile);
    mkdirSync(downloads);
    let browser: Browser | undefined;
    try {
      browser = await puppeteer.launch({
        browser: 'firefox',
        protocol: 'webDriverBiDi',
        executablePath: findFirefox(),
        headless: true,
        userDataDir: profile,
        args: ['--remote-allow-system-access'],
        env: { ...process.env, TZ: options.timezoneId ?? 'Europe/Brussels' },
        extraPrefsFirefox: firefoxPrefs(geckoId, downloads, options),
      });
      await browser.installExtension(EXTENSION_DIR_FIREFOX);
      const session = firefoxSession(browser, geckoId, scratch, downloads);
      await eventually(() => session.withExtensionApi(backgroundIsReady), 20_000);
      return session;
    } catch (error) {
      await browser?.close().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
      throw error;
    }
  },
};

function firefoxPrefs(geckoId: string, downloads: string, options: { locale?: string; colorScheme?: 'light' | 'dark' }) {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: UUID }),
    // Nothing leaves the machine, not even from the background page: every proxy is a dead port.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.share_proxy_settings': true,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'intl.accept_languages': options.locale ?? 'en-GB',
    // 0 dark, 1 light: what pages and extension pages see as prefers-color-scheme.
    'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
    'browser.download.folderList': 2,
    'browser.download.dir': downloads,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.alwaysOpenPanel': false,
    // Notifications through Firefox's own alert window (headless has no system one), so they stay listed.
    'alerts.useSystemBackend': false,
  };
}

/** In an extension page: the background page has run its script (its listeners are set). */
async function backgroundIsReady(api: ExtensionApi) {
  const background = await api.runtime.getBackgroundPage?.();
  return background?.document.readyState === 'complete';
}

function firefoxSession(browser: Browser, geckoId: string, scratch: string, downloads: string): ExtensionSession {
  const origin = `moz-extension://${UUID}`;
  const pages: PortalPages = {};
  const files = join(scratch, 'files');

  const servePortalRequests = async (page: Page) => {
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      const settle = url.startsWith(`${PORTAL}/`)
        ? respond(request, portalBody(url, pages))
        : /^(about|data|blob|moz-extension):/.test(url)
          ? request.continue()
          : request.abort('blockedbyclient');
      settle.catch(() => undefined); // the page may have closed meanwhile
    });
  };
  const respond = (request: HTTPRequest, body: string | undefined) =>
    request.respond(
      body === undefined
        ? { status: 404, contentType: 'text/html', body: NOT_FOUND }
        : { status: 200, contentType: 'text/html; charset=utf-8', body },
    );

  const openExtensionPage = async (path = 'popup.html', size = { width: 600, height: 600 }) => {
    const page = await browser.newPage();
    await page.setViewport(size);
    await navigateExtensionPage(page, `${origin}/${path}`);
    return wrapPage(page, files, downloads, browser);
  };
  const inExtensionPage = async <R>(expression: string) => {
    const page = await browser.newPage();
    try {
      await navigateExtensionPage(page, `${origin}/popup.html#/settings`);
      return (await page.evaluate(expression)) as R;
    } finally {
      await page.close();
    }
  };
  const withExtensionApi = <R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A) =>
    inExtensionPage<R>(`(${fn.toString()})(globalThis.browser, ${JSON.stringify(arg ?? null)})`);

  return {
    browserName: 'firefox',
    async servePortal(more) {
      Object.assign(pages, more);
    },
    async openPortal(path) {
      const page = await browser.newPage();
      await servePortalRequests(page);
      await page.goto(`${PORTAL}${path}`);
      return wrapPage(page, files, downloads, browser);
    },
    openExtensionPage,
    openPopup: (hash = '', size) => openExtensionPage(`popup.html${hash}`, size),
    readVacancies: () => inExtensionPage(`(${readAllVacancies.toString()})()`),
    clearVacancies: () => inExtensionPage(`(${clearAllVacancies.toString()})()`),
    sendToBackground: (message) => withExtensionApi((api, m) => api.runtime.sendMessage(m), message),
    withExtensionApi,
    async reloadExtension() {
      await askReload(await openExtensionPage());
    },
    async dispatchMenuClick(info) {
      // ext-menus.js emits this on the extension when the user picks an item; onClicked listens to it.
      await inBrowserChrome(
        browser,
        `ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs').ExtensionParent.GlobalManager` +
          `.getExtension(${JSON.stringify(geckoId)}).emit('webext-menu-menuitem-click', ${JSON.stringify(info)}, gBrowser.selectedTab)`,
      );
    },
    async setColorScheme(scheme) {
      await inBrowserChrome(browser, `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`);
    },
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Evaluates privileged JS in the browser window (BiDi's `moz:scope: chrome`, allowed by --remote-allow-system-access). */
async function inBrowserChrome(browser: Browser, expression: string) {
  // Raw BiDi commands puppeteer has no method for: cast, and keep the pin.
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: BidiResult }> } }).connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result as { contexts: { context: string }[] };
  const context = tree.contexts[0]?.context;
  if (!context) throw new Error('No browser window to evaluate in');
  const reply = (await connection.send('script.evaluate', { expression, target: { context }, awaitPromise: true })).result;
  if (reply.type !== 'success') throw new Error(`Browser-chrome evaluation failed: ${JSON.stringify(reply)}`);
}
type BidiResult = { type?: string; contexts?: unknown };

/** Firefox fires no load events for extension documents: navigate through BiDi and wait for 'complete'. */
async function navigateExtensionPage(page: Page, url: string) {
  const frame = page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> } };
  await frame.browsingContext.navigate(url, 'complete');
}

/**
 * Closed shadow roots of a portal page, opened for the test through WebDriver BiDi: a node
 * serialized with includeShadowTree "all" names its closed root, which is then handed to a
 * function in the page (in-page.ts OPEN_FOR_TEST).
 */
function closedRootOpener(browser: Browser, page: Page): () => Promise<void> {
  const connection = (browser as unknown as { connection: { send(method: string, params: object): Promise<{ result: BidiEvaluation }> } }).connection;
  return async () => {
    if (!page.url().startsWith('https://')) return;
    const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
    const found = (
      await connection.send('script.callFunction', {
        functionDeclaration: `() => Array.from(document.querySelectorAll('*')).filter((element) => element.localName.startsWith('vacancy-companion-') && !element.shadowRoot)`,
        target: { context },
        awaitPromise: false,
        resultOwnership: 'none',
        serializationOptions: { maxObjectDepth: 1, maxDomDepth: 1, includeShadowTree: 'all' },
      })
    ).result;
    const roots = (found.result?.value ?? []).flatMap((host) => (host.value?.shadowRoot?.sharedId ? [host.value.shadowRoot.sharedId] : []));
    for (const sharedId of roots) {
      await connection.send('script.callFunction', {
        functionDeclaration: OPEN_FOR_TEST,
        this: { sharedId },
        target: { context },
        awaitPromise: false,
      });
    }
  };
}
type BidiEvaluation = { type?: string; result?: { value?: { value?: { shadowRoot?: { sharedId?: string } | null } }[] } };

function wrapPage(page: Page, files: string, downloads: string, browser: Browser): TestPage {
  const { find, actions } = pageActions<ElementHandle<Element>>(page as unknown as ProtocolPage<ElementHandle<Element>>, closedRootOpener(browser, page), (key) => page.keyboard.press(key as KeyInput));
  return {
    ...actions,
    async setFiles(target, chosen) {
      // BiDi hands the browser paths: each file is written under its own name first.
      const paths = chosen.map((file) => {
        mkdirSync(files, { recursive: true });
        const dir = mkdtempSync(join(files, 'f-'));
        const path = join(dir, file.name);
        writeFileSync(path, file.bytes);
        return path;
      });
      const input = (await find(target)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(...paths);
    },
    async download(trigger) {
      const before = new Set(readdirSync(downloads));
      await trigger();
      const name = await eventually(async () => {
        const names = readdirSync(downloads).filter((file) => !before.has(file));
        const done = names.find((file) => !file.endsWith('.part') && !names.includes(`${file}.part`) && statSync(join(downloads, file)).size > 0);
        return done;
      }, 15_000);
      return { name, text: readFileSync(join(downloads, name), 'utf8') };
    },
    keyboard: (key) => page.keyboard.press(key as KeyInput),
    setViewport: (size) => page.setViewport(size),
  };
}
