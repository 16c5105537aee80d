import { render, type VNode } from 'preact';

export interface ShadowMount {
  host: HTMLElement;
  update(content: VNode): void;
  remove(): void;
}

/**
 * Renders Preact content into an open shadow root on a fresh host element, so page styles
 * and ours never mix. Text is rendered by Preact (text nodes), never parsed as HTML.
 */
export function mountInShadow(
  doc: Document,
  place: (host: HTMLElement) => void,
  css: string,
  hostName = 'vacancy-companion-ui',
): ShadowMount {
  const host = doc.createElement(hostName);
  const shadow = host.attachShadow({ mode: 'open' });
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
