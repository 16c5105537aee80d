import type { SenderKind } from '../messages';
import { isPortalPage } from '../portal/urls';

/** The part of runtime.MessageSender the background looks at. */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Who sent a message: one of this extension's own pages (its URL is under the extension's
 * base URL, whether the popup or the popup opened in a tab), or this extension's content script on
 * a portal page it runs on (in a tab, at a detail, results or application page). Anything else —
 * another extension, a page of another site — is null and gets nothing.
 */
export function senderKind(sender: MessageSender, extension: { id: string; baseUrl: string }): SenderKind | null {
  if (sender.id !== extension.id || !sender.url) return null;
  // A prefix, not URL.origin: outside browsers, chrome-extension:// URLs have a null origin.
  if (sender.url.startsWith(extension.baseUrl)) return 'extension-page';
  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return null;
  }
  const onPortalPage = url.protocol === 'https:' && (isPortalPage('detail', url) || isPortalPage('results', url) || isPortalPage('apply', url));
  return sender.tab && onPortalPage ? 'content-script' : null;
}
