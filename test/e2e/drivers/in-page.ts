/**
 * Code that runs INSIDE the browser's pages, the same in Chromium and Firefox, so a scenario
 * finds the same elements in both. Each function is serialized by the driver: it must not use
 * anything from this module's scope (hence the nested helpers).
 */

/** A pattern that survives the trip into the page (a RegExp does not). */
export type SerializedText = { exact: string } | { contains: string } | { source: string; flags: string };

/**
 * One step of a target: CSS (through open shadow roots, as Playwright's CSS does), a role with
 * its accessible name, a form control by its label, or the smallest element with a text.
 * `nth` keeps one match; each step searches inside the matches of the previous one.
 */
export interface SerializedStep {
  css?: string;
  role?: string;
  name?: SerializedText;
  label?: SerializedText;
  text?: SerializedText;
  nth?: number;
}

/**
 * The in-page UI's shadow roots are closed: a page script sees `host.shadowRoot === null`. The
 * drivers reach them the way only a debugger can (Chromium's DevTools protocol, Firefox's
 * WebDriver BiDi with includeShadowTree "all") and give each host an own `shadowRoot` property
 * for the test's code (this file's and axe-core's), in the test's page only. The extension
 * itself is unchanged: production pages never get this.
 */
export const OPEN_FOR_TEST = `function () { Object.defineProperty(this.host, 'shadowRoot', { value: this, configurable: true }); }`;

/** Every element the steps lead to, in document order. */
export function resolveTarget(steps: SerializedStep[]): Element[] {
  const ROLE_SELECTORS: Record<string, string> = {
    button: 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"]',
    link: 'a[href], [role="link"]',
    tab: '[role="tab"]',
    checkbox: 'input[type="checkbox"], [role="checkbox"]',
    radio: 'input[type="radio"], [role="radio"]',
    combobox: 'select, [role="combobox"]',
    textbox: 'textarea, input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="number"], [role="textbox"]',
    heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
    table: 'table, [role="table"]',
    status: '[role="status"], output',
    alert: '[role="alert"]',
  };
  const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
  const matches = (text: string, pattern: SerializedText) => {
    if ('exact' in pattern) return text === pattern.exact;
    if ('contains' in pattern) return text.toLowerCase().includes(pattern.contains.toLowerCase());
    return new RegExp(pattern.source, pattern.flags).test(text);
  };
  const deepAll = (root: ParentNode, css: string): Element[] => {
    const found: Element[] = [];
    const walk = (node: ParentNode) => {
      for (const element of Array.from(node.querySelectorAll('*'))) {
        if (element.matches(css)) found.push(element);
        if (element.shadowRoot) walk(element.shadowRoot);
      }
    };
    if (root instanceof Element && root.matches(css)) found.push(root);
    if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return found;
  };
  const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
  const byIds = (element: Element, attribute: string) => {
    const ids = element.getAttribute(attribute);
    if (!ids) return null;
    const root = element.getRootNode() as Document | ShadowRoot;
    return ids
      .split(/\s+/)
      .map((id) => squash(root.getElementById(id)?.textContent))
      .join(' ');
  };
  const labelOf = (element: Element): string => {
    const labelled = byIds(element, 'aria-labelledby');
    if (labelled) return squash(labelled);
    const aria = element.getAttribute('aria-label');
    if (aria) return squash(aria);
    const labels = (element as HTMLInputElement).labels;
    if (labels && labels.length) return squash(Array.from(labels).map((label) => label.textContent).join(' '));
    return '';
  };
  const nameOf = (element: Element): string => {
    const label = labelOf(element);
    if (label) return label;
    if (element instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(element.type)) return squash(element.value);
    return squash(element.textContent) || squash(element.getAttribute('title'));
  };
  const stepMatches = (root: ParentNode, step: SerializedStep): Element[] => {
    if (step.css) return deepAll(root, step.css);
    if (step.role) {
      const candidates = deepAll(root, ROLE_SELECTORS[step.role] ?? `[role="${step.role}"]`).filter(visible);
      return step.name ? candidates.filter((element) => matches(nameOf(element), step.name!)) : candidates;
    }
    if (step.label) {
      const controls = deepAll(root, 'input, select, textarea, [role="textbox"], [role="combobox"], [role="checkbox"]');
      return controls.filter((element) => matches(labelOf(element), step.label!));
    }
    if (step.text) {
      const hits = deepAll(root, '*').filter((element) => visible(element) && matches(squash(element.textContent), step.text!));
      // The smallest: an element none of whose children also has the text.
      return hits.filter((element) => !hits.some((other) => other !== element && element.contains(other)));
    }
    return [];
  };
  let current: ParentNode[] = [document];
  for (const step of steps) {
    const next: Element[] = [];
    for (const root of current) for (const element of stepMatches(root, step)) if (!next.includes(element)) next.push(element);
    current = step.nth === undefined ? next : next.slice(step.nth, step.nth + 1);
  }
  return current as Element[];
}

/** Sets a text field's or select's value as typing or choosing would, with the events Preact listens to. */
export function setControlValue(element: Element, value: string): void {
  const control = element as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
  control.focus();
  const prototype = Object.getPrototypeOf(control) as object;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(control, value);
  else control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  control.blur();
}

/** Focuses a select and says how many options down (negative: up) `value` is from the chosen one. */
export function focusAndCountMoves(element: Element, value: string): number {
  const select = element as HTMLSelectElement;
  const target = Array.from(select.options).findIndex((option) => option.value === value);
  if (target < 0) throw new Error(`No option ${value}`);
  select.focus();
  return target - select.selectedIndex;
}

/** Raw IndexedDB, independent of the code under test: every row of `vacancies`. */
export function readAllVacancies(): Promise<Record<string, unknown>[]> {
  return new Promise((resolveRows, reject) => {
    const open = indexedDB.open('vacancy-companion');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('vacancies')) {
        db.close();
        return resolveRows([]);
      }
      const request = db.transaction('vacancies').objectStore('vacancies').getAll();
      request.onsuccess = () => {
        resolveRows(request.result as Record<string, unknown>[]);
        db.close();
      };
      request.onerror = () => reject(request.error);
    };
  });
}

/** Empties `vacancies` (raw IndexedDB, as above). */
export function clearAllVacancies(): Promise<void> {
  return new Promise((resolveDone, reject) => {
    const open = indexedDB.open('vacancy-companion');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('vacancies', 'readwrite');
      tx.objectStore('vacancies').clear();
      tx.oncomplete = () => {
        open.result.close();
        resolveDone();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}
