import { describeTarget, elementsExpression, FIND_TIMEOUT_MS, firstElementExpression, type Target, type TestPage } from './driver';
import { focusAndCountMoves, setControlValue } from './in-page';

/** What Playwright's and puppeteer's element handles both offer. */
export interface ProtocolElement {
  click(): Promise<void>;
  evaluate(fn: never, arg: never): Promise<unknown>;
}

/** What Playwright's and puppeteer's pages both offer (each library's overloads, narrowed). */
export interface ProtocolPage<E extends ProtocolElement> {
  evaluate(fnOrSource: never, arg?: never): Promise<unknown>;
  evaluateHandle(source: never): Promise<{ asElement(): E | null }>;
  screenshot(options: { path: string; fullPage?: boolean }): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * The part of TestPage that is the same in both drivers: elements found by the shared in-page
 * code, then acted on through the library's handle. Each driver adds files, downloads, keys.
 */
export function pageActions<E extends ProtocolElement>(
  page: ProtocolPage<E>,
  openClosedRoots: () => Promise<void> = async () => undefined,
  /** A real key press (trusted), for choosing in the extension's in-page selects. */
  press?: (key: string) => Promise<void>,
) {
  const pageEvaluate = <R>(fnOrSource: unknown, arg?: unknown) => page.evaluate(fnOrSource as never, arg as never) as Promise<R>;
  // The extension's in-page UI lives in closed shadow roots: before each look, the driver opens
  // them to this test through the browser's protocol (see openClosedRoots in each driver).
  const evaluate = async <R>(fnOrSource: unknown, arg?: unknown) => {
    await openClosedRoots();
    return pageEvaluate<R>(fnOrSource, arg);
  };
  // Waits for the element, as Playwright's locators do: views render after their data loads.
  const find = async (target: Target): Promise<E> => {
    const started = Date.now();
    for (;;) {
      await openClosedRoots();
      const element = (await page.evaluateHandle(firstElementExpression(target) as never)).asElement();
      if (element) return element;
      if (Date.now() - started > FIND_TIMEOUT_MS) throw new Error(`No element for ${describeTarget(target)}`);
      await new Promise((resolveLater) => setTimeout(resolveLater, 100));
    }
  };
  const actions: Omit<TestPage, 'setFiles' | 'download' | 'keyboard' | 'setViewport'> = {
    text: (target) => evaluate(`${firstElementExpression(target)}?.textContent ?? null`),
    count: (target) => evaluate(`${elementsExpression(target)}.length`),
    async click(target) {
      await (await find(target)).click();
    },
    async fill(target, value) {
      await (await find(target)).evaluate(setControlValue as never, value as never);
    },
    async select(target, value) {
      const element = await find(target);
      const portal = /^https:/.test(await pageEvaluate<string>('location.href'));
      if (!portal || !press) return void (await element.evaluate(setControlValue as never, value as never));
      // On a portal page the extension's controls act only on the user's own (trusted) input:
      // focused, then moved to the option with the arrow keys, as a keyboard user does.
      const moves = (await element.evaluate(focusAndCountMoves as never, value as never)) as number;
      for (let step = 0; step < Math.abs(moves); step += 1) await press(moves > 0 ? 'ArrowDown' : 'ArrowUp');
    },
    evaluate: (fn, arg) => evaluate(fn, arg),
    evaluateSource: (source) => evaluate(source),
    evaluateOn: async <R, A>(target: Target, fn: (element: Element, arg: A) => R | Promise<R>, arg?: A) =>
      (await (await find(target)).evaluate(fn as never, arg as never)) as R,
    async screenshot(path, options = {}) {
      await page.screenshot({ path, fullPage: options.fullPage });
    },
    url: () => evaluate('location.href'),
    close: () => page.close(),
  };
  return { find, actions };
}
