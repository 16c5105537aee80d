import { resolveTarget, type SerializedStep, type SerializedText } from './in-page';

/**
 * The one interface the end-to-end scenarios talk to: each scenario file runs once per driver
 * (`describe.each(drivers)`), Playwright driving Chromium and puppeteer driving Firefox ESR over
 * WebDriver BiDi. Anything a scenario needs goes here, not into a browser-specific branch.
 */
export type BrowserName = 'chromium' | 'firefox';

/** A text to look for: a string matches case-insensitively inside the text, as Playwright's names do. */
export type TextPattern = string | RegExp;

/** Where to find an element (see `SerializedStep`); an array searches step inside step. */
export type Step =
  | string
  | { css: string; nth?: number }
  | { role: string; name?: TextPattern; exact?: boolean; nth?: number }
  | { label: TextPattern; exact?: boolean; nth?: number }
  | { text: TextPattern; exact?: boolean; nth?: number };
export type Target = Step | Step[];

/** Fixture pages by path+query (or path) after https://nato.taleo.net; a function is called per request. */
export type PortalPages = Record<string, string | (() => string)>;

export interface FileToChoose {
  name: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface Download {
  /** The name the browser saved it under (the page's `download` attribute). */
  name: string;
  text: string;
}

export interface TestPage {
  /** textContent of the first element found, or null when there is none. */
  text(target: Target): Promise<string | null>;
  count(target: Target): Promise<number>;
  /** A real click (pointer events) on the first element found. */
  click(target: Target): Promise<void>;
  /** Types a value into a text field (or picks an option of a select) with the input events. */
  fill(target: Target, value: string): Promise<void>;
  select(target: Target, value: string): Promise<void>;
  setFiles(target: Target, files: FileToChoose[]): Promise<void>;
  /** Runs `fn(arg)` in the page's own world (for an extension page: with its extension APIs). */
  evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Evaluates a source text through the protocol (not eval: extension pages forbid it), e.g. a library to inject. */
  evaluateSource(source: string): Promise<unknown>;
  /** Runs `fn(element, arg)` on the first element found. */
  evaluateOn<R, A = undefined>(target: Target, fn: (element: Element, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** The file a click (or anything `trigger` does) downloads. */
  download(trigger: () => Promise<void>): Promise<Download>;
  keyboard(key: string): Promise<void>;
  screenshot(path: string, options?: { fullPage?: boolean }): Promise<void>;
  setViewport(size: { width: number; height: number }): Promise<void>;
  /** location.href, read in the page (Firefox reports nothing else for extension pages). */
  url(): Promise<string>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's language, e.g. 'fr-FR' (Firefox: the pages' `navigator.languages`). */
  locale?: string;
  timezoneId?: string;
  colorScheme?: 'light' | 'dark';
}

export interface ExtensionSession {
  browserName: BrowserName;
  /** Serves `pages` at their portal URLs (adds to what is served); every other request is refused. */
  servePortal(pages: PortalPages): Promise<void>;
  /** Opens https://nato.taleo.net + `path` in a new tab, where the content scripts run. */
  openPortal(path: string): Promise<TestPage>;
  /** Opens an extension page (default the popup, same document the toolbar shows) in a tab. */
  openExtensionPage(path?: string, size?: { width: number; height: number }): Promise<TestPage>;
  openPopup(hash?: string, size?: { width: number; height: number }): Promise<TestPage>;
  /** Every row of the extension's IndexedDB table `vacancies`, read from an extension page. */
  readVacancies(): Promise<Record<string, unknown>[]>;
  clearVacancies(): Promise<void>;
  /** Sends a typed request to the background as a content script would. */
  sendToBackground(message: unknown): Promise<unknown>;
  /**
   * Runs `fn(api, arg)` in an extension page, `api` being its promise-based extension API
   * (`browser` in Firefox, `chrome` in Chromium): alarms, badge, menus are shared by all its pages.
   */
  withExtensionApi<R, A = undefined>(fn: (api: ExtensionApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /**
   * Clicks one of the extension's context-menu items as the browser does once the user picked
   * it: the background's onClicked listeners get `info`. Headless browsers show no native menu,
   * so the click itself is dispatched where the browser dispatches it (Chromium: the event in
   * the service worker; Firefox: the parent process's menu-click event, as its menus code does).
   */
  dispatchMenuClick(info: MenuClickInfo): Promise<void>;
  /**
   * Reloads the extension as an update does (runtime.reload(), asked from one of its pages, which
   * the reload closes); resolves once it was asked, not once it is back.
   */
  reloadExtension(): Promise<void>;
  /** Stops the background service worker (Chromium's MV3 only; Firefox's MV2 page is persistent). */
  stopServiceWorker?(): Promise<void>;
  /** What prefers-color-scheme says in the pages opened from now on (Firefox: in every page at once). */
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

export interface MenuClickInfo {
  menuItemId: string;
  selectionText?: string;
  pageUrl?: string;
  editable: boolean;
}

/** The slice of the extension API scenarios read; typed loosely on purpose (two browsers). */
export type ExtensionApi = {
  alarms: { getAll(): Promise<{ name: string; scheduledTime: number }[]> };
  action?: BadgeApi;
  browserAction?: BadgeApi;
  notifications: { getAll(): Promise<Record<string, unknown>> };
  contextMenus: { update(id: string, properties: object): Promise<void> };
  runtime: {
    getManifest(): Record<string, unknown>;
    sendMessage(message: unknown): Promise<unknown>;
    /** Firefox's MV2 background page. */
    getBackgroundPage?(): Promise<Window | null>;
  };
  storage: { local: { get(key?: string | null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
  i18n: { getUILanguage(): string };
};

type BadgeApi = { getBadgeText(details: object): Promise<string>; getBadgeBackgroundColor(details: object): Promise<number[]> };

export interface Driver {
  name: BrowserName;
  /** The binary, or an Error whose message is the one line to print. */
  find(): string;
  launch(options?: LaunchOptions): Promise<ExtensionSession>;
}

const toText = (pattern: TextPattern, exact = false): SerializedText =>
  typeof pattern === 'string'
    ? exact
      ? { exact: pattern }
      : { contains: pattern }
    : { source: pattern.source, flags: pattern.flags };

/** Targets as they travel into the page. */
export function serializeTarget(target: Target): SerializedStep[] {
  const steps = Array.isArray(target) ? target : [target];
  return steps.map((step): SerializedStep => {
    if (typeof step === 'string') return { css: step };
    if ('css' in step) return { css: step.css, nth: step.nth };
    if ('role' in step) return { role: step.role, name: step.name === undefined ? undefined : toText(step.name, step.exact), nth: step.nth };
    if ('label' in step) return { label: toText(step.label, step.exact), nth: step.nth };
    return { text: toText(step.text, step.exact), nth: step.nth };
  });
}

export function describeTarget(target: Target): string {
  return JSON.stringify(target, (_key, value: unknown) => (value instanceof RegExp ? String(value) : value));
}

/** An expression, evaluated in the page, for the elements a target leads to (functions cannot carry imports in). */
export function elementsExpression(target: Target): string {
  // `__name`: the helper tsx (the demo) wraps named functions in; vitest does not. Defined here so both run.
  return `((__name) => (${resolveTarget.toString()})(${JSON.stringify(serializeTarget(target))}))((fn) => fn)`;
}
/** How long an action waits for its element to appear. */
export const FIND_TIMEOUT_MS = 10_000;

export const firstElementExpression = (target: Target) => `(${elementsExpression(target)}[0] ?? null)`;
