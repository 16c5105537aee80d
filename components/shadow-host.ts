import { render, type VNode } from 'preact';

export interface ShadowMount {
  host: HTMLElement;
  update(content: VNode): void;
  remove(): void;
}

/** Tells an event the user made (mouse, keys, touch) from one a script dispatched. */
export type UserEventTest = (event: Event) => boolean;

/** The browser's own mark: only input the user made is trusted; a page's dispatchEvent never is. */
export const isUserEvent: UserEventTest = (event) => event.isTrusted;

/**
 * The events our controls act on. A script on the portal page (Taleo's, or one injected into it)
 * can dispatch any of these; only the user's own count. A checkbox ticked by a synthetic click is
 * put back (preventDefault), so its change never fires either.
 */
const INTERACTION_EVENTS = [
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input', 'change', 'submit',
] as const;

// This script's own handles on its closed roots. Content scripts run in their own world: a page
// script cannot reach this module's scope, so this gives it nothing (tests read the roots here).
const roots = new WeakMap<Element, ShadowRoot>();

/** The closed shadow root a mount made, for this script only (its tests). */
export function shadowRootOf(host: Element): ShadowRoot | null {
  return roots.get(host) ?? null;
}

/**
 * Renders Preact content into a closed shadow root on a fresh host element, so page styles
 * and ours never mix, and the page's scripts can neither read what it shows (a tracked
 * vacancy's status, the findings on an essay) nor reach its controls: `host.shadowRoot` is null
 * to them. Events a script dispatches are stopped at the root, before any control sees them.
 * Text is rendered by Preact (text nodes), never parsed as HTML. `css` is the UI's sheet: a `.css`
 * file beside its entry, imported `?inline`, that brings the palette and type scale itself.
 */
export function mountInShadow(
  doc: Document,
  place: (host: HTMLElement) => void,
  css: string,
  hostName = 'vacancy-companion-ui',
  accept: UserEventTest = isUserEvent,
): ShadowMount {
  const host = doc.createElement(hostName);
  const shadow = host.attachShadow({ mode: 'closed' });
  roots.set(host, shadow);
  const refuse = (event: Event) => {
    if (accept(event)) return;
    // Capture phase at the root: runs before the listeners Preact put on the controls inside.
    event.stopImmediatePropagation();
    if (event.cancelable) event.preventDefault();
  };
  for (const type of INTERACTION_EVENTS) shadow.addEventListener(type, refuse, { capture: true });
  const style = doc.createElement('style');
  style.textContent = css;
  const container = doc.createElement('div');
  shadow.append(style, container);
  place(host);
  return {
    host,
    update: (content) => render(content, container),
    remove: () => {
      render(null, container);
      host.remove();
    },
  };
}
