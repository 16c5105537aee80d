import { readFileSync } from 'node:fs';
import type { CDPSession, ElementHandle, Page } from 'playwright-core';
import { findChromium, launchExtension } from '../harness';
import type { Driver, ExtensionApi, ExtensionSession, TestPage } from './driver';
import { pageActions, type ProtocolPage } from './page-actions';
import { OPEN_FOR_TEST } from './in-page';

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
    let colorScheme = options.colorScheme ?? 'light';
    const newPage = async () => {
      const page = await session.context.newPage();
      await page.emulateMedia({ colorScheme });
      return page;
    };

    const openExtensionPage = async (path = 'popup.html', size = { width: 600, height: 600 }) => {
      const page = await newPage();
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
        const page = await newPage();
        await page.goto(`https://nato.taleo.net${path}`);
        return wrapPage(page);
      },
      openExtensionPage,
      openPopup: (hash = '', size) => openExtensionPage(`popup.html${hash}`, size),
      readVacancies: () => session.readVacancies(),
      clearVacancies: () => session.clearVacancies(),
      sendToBackground: (message) => session.sendToBackground(message),
      withExtensionApi: api,
      // Chrome DevTools Protocol, as DevTools' "Stop" does: the worker is started again by the
      // next event or message, with nothing kept in memory.
      async stopServiceWorker() {
        const page = await session.context.newPage();
        try {
          const cdp = await session.context.newCDPSession(page);
          await cdp.send('ServiceWorker.enable');
          await cdp.send('ServiceWorker.stopAllWorkers');
          await cdp.detach();
        } finally {
          await page.close();
        }
      },
      async reloadExtension() {
        // Chromium disables an unpacked extension that reloads itself outside developer mode
        // ("unsupportedDeveloperExtension"); a developer's profile, as here, has it on.
        const settings = await session.context.newPage();
        try {
          await settings.goto('chrome://extensions');
          await settings.evaluate(() =>
            (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } } }).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
          );
        } finally {
          await settings.close();
        }
        await askReload(await openExtensionPage());
      },
      async dispatchMenuClick(info) {
        const worker = session.context.serviceWorkers()[0] ?? (await session.context.waitForEvent('serviceworker'));
        await worker.evaluate(`chrome.contextMenus.onClicked.dispatch(${JSON.stringify(info)}, { id: -1, index: -1 })`);
      },
      async setColorScheme(scheme) {
        colorScheme = scheme;
      },
      close: () => session.close(),
    };
    return generic;
  },
};

/** runtime.reload() from an extension page left open (the reload closes it), on a timer so the evaluation answers first. */
export async function askReload(page: TestPage) {
  await page.evaluate(() => {
    const api = globalThis as unknown as { browser?: { runtime: { reload(): void } }; chrome?: { runtime: { reload(): void } } };
    setTimeout(() => (api.browser ?? api.chrome)!.runtime.reload(), 50);
    return true;
  });
}

/** Closed shadow roots of a portal page, opened for the test through the DevTools protocol (in-page.ts OPEN_FOR_TEST). */
function closedRootOpener(page: Page): () => Promise<void> {
  let cdp: CDPSession | undefined;
  // Backend node ids are stable within a document: a root opened once stays open.
  const opened = new Set<number>();
  return async () => {
    if (!page.url().startsWith('https://')) return;
    cdp ??= await page.context().newCDPSession(page);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const closed: number[] = [];
    const walk = (node: CdpNode) => {
      for (const shadow of node.shadowRoots ?? []) {
        if (shadow.shadowRootType === 'closed') closed.push(shadow.backendNodeId);
        walk(shadow);
      }
      for (const child of node.children ?? []) walk(child);
    };
    walk(root);
    for (const backendNodeId of closed) {
      if (opened.has(backendNodeId)) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId, objectGroup: 'vc-e2e' });
      if (object.objectId) await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: OPEN_FOR_TEST });
      opened.add(backendNodeId);
    }
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'vc-e2e' });
  };
}
type CdpNode = { backendNodeId: number; shadowRootType?: string; shadowRoots?: CdpNode[]; children?: CdpNode[] };

export function wrapPage(page: Page): TestPage {
  const { find, actions } = pageActions<ElementHandle<Element>>(page as unknown as ProtocolPage<ElementHandle<Element>>, closedRootOpener(page), (key) => page.keyboard.press(key));
  return {
    ...actions,
    async setFiles(target, files) {
      const input = await find(target);
      await input.setInputFiles(files.map((file) => ({ name: file.name, mimeType: file.mimeType, buffer: Buffer.from(file.bytes) })));
    },
    async download(trigger) {
      const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
      return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
    },
    keyboard: (key) => page.keyboard.press(key),
    setViewport: (size) => page.setViewportSize(size),
  };
}
