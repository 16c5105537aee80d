import { readFileSync } from 'node:fs';
import type { ElementHandle, Page } from 'playwright-core';
import { findChromium, launchExtension } from '../harness';
import { describeTarget, elementsExpression, FIND_TIMEOUT_MS, firstElementExpression, type Driver, type ExtensionApi, type ExtensionSession, type Target, type TestPage } from './driver';
import { setControlValue } from './in-page';

/**
 * Chromium through playwright-core: the built .output/chrome-mv3, loaded unpacked, portal pages
 * routed for the whole context (harness.ts). Elements are found by the same in-page code as in
 * Firefox, then clicked with Playwright's real pointer events.
 */
export const chromiumDriver: Driver = {
  name: 'chromium',
  find: () => findChromium(),
  async launch(options = {}) {
    const session = await launchExtension({ locale: options.locale, timezoneId: options.timezoneId, colorScheme: options.colorScheme });
    const origin = `chrome-extension://${session.extensionId}`;

    const openExtensionPage = async (path = 'popup.html', size = { width: 600, height: 600 }) => {
      const page = await session.context.newPage();
      await page.setViewportSize(size);
      await page.goto(`${origin}/${path}`);
      return wrapPage(page);
    };
    const api = async <R, A>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A) => {
      const page = await session.context.newPage();
      await page.goto(`${origin}/popup.html#/settings`);
      try {
        return (await page.evaluate(`(${fn.toString()})(globalThis.chrome, ${JSON.stringify(arg ?? null)})`)) as R;
      } finally {
        await page.close();
      }
    };

    const generic: ExtensionSession = {
      browserName: 'chromium',
      servePortal: (pages) => session.servePortal(pages),
      async openPortal(path) {
        const page = await session.context.newPage();
        await page.goto(`https://nato.taleo.net${path}`);
        return wrapPage(page);
      },
      openExtensionPage,
      openPopup: (hash = '', size) => openExtensionPage(`popup.html${hash}`, size),
      readVacancies: () => session.readVacancies(),
      clearVacancies: () => session.clearVacancies(),
      sendToBackground: (message) => session.sendToBackground(message),
      withExtensionApi: api,
      async dispatchMenuClick(info) {
        const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
        await worker.evaluate(`chrome.contextMenus.onClicked.dispatch(${JSON.stringify(info)}, { id: -1, index: -1 })`);
      },
      close: () => session.close(),
    };
    return generic;
  },
};

export function wrapPage(page: Page): TestPage {
  // Waits for the element, as Playwright's locators do: views render after their data loads.
  const find = async (target: Target): Promise<ElementHandle<Element>> => {
    const started = Date.now();
    for (;;) {
      const element = (await page.evaluateHandle(firstElementExpression(target))).asElement();
      if (element) return element as ElementHandle<Element>;
      if (Date.now() - started > FIND_TIMEOUT_MS) throw new Error(`No element for ${describeTarget(target)}`);
      await new Promise((resolveLater) => setTimeout(resolveLater, 100));
    }
  };
  return {
    text: (target) => page.evaluate(`${firstElementExpression(target)}?.textContent ?? null`) as Promise<string | null>,
    count: (target) => page.evaluate(`${elementsExpression(target)}.length`) as Promise<number>,
    async click(target) {
      await (await find(target)).click();
    },
    async fill(target, value) {
      await (await find(target)).evaluate(setControlValue, value);
    },
    async select(target, value) {
      await (await find(target)).evaluate(setControlValue, value);
    },
    async setFiles(target, files) {
      const input = await find(target);
      await input.setInputFiles(files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.bytes) })));
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A) => page.evaluate(fn as never, arg as never) as Promise<R>,
    evaluateSource: (source) => page.evaluate(source),
    async evaluateOn<R, A>(target: Target, fn: (element: Element, arg: A) => R | Promise<R>, arg?: A) {
      return (await (await find(target)).evaluate(fn as never, arg as never)) as R;
    },
    async download(trigger) {
      const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
      const path = await download.path();
      return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
    },
    keyboard: (key) => page.keyboard.press(key),
    async screenshot(path, options = {}) {
      await page.screenshot({ path, fullPage: options.fullPage });
    },
    setViewport: (size) => page.setViewportSize(size),
    url: () => page.evaluate(() => location.href),
    close: () => page.close(),
  };
}
