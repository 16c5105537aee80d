import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleRequest, type RequestContext } from '../../utils/background/handle-request';
import { PopupStore } from '../../utils/popup-client/popup-store';
import { VacancyDatabase } from '../../utils/db-reader/vacancy-reader';
import type { VacancyStore } from '../../utils/db-writer/vacancy-store';
import type { SendRequest } from '../../utils/messaging-client';
import { freshStore } from './fresh-store';

const opened: PopupStore[] = [];
afterEach(() => {
  for (const popup of opened.splice(0)) popup.close();
});

/**
 * The popup's real write path, in process: a PopupStore on its own connection to the writer's
 * database (as the popup has), whose requests go through a structured clone (as messages do) to
 * the background's handleRequest, as from an extension page, and so to the writer.
 */
export function popupStoreOver(writer: VacancyStore, context: Partial<RequestContext> = {}): PopupStore {
  const send = (async (request) =>
    structuredClone(
      await handleRequest(structuredClone(request), 'extension-page', { store: writer, openPopup: async () => undefined, backupDates: fakeBrowser.storage.local, ...context }),
    )) as SendRequest;
  const popup = new PopupStore(send, new VacancyDatabase(writer.db.name));
  opened.push(popup);
  return popup;
}

/** A fresh writer store and the popup's store over it. */
export function freshPopupStore(context: Partial<RequestContext> = {}): { writer: VacancyStore; popup: PopupStore } {
  const writer = freshStore('popup');
  return { writer, popup: popupStoreOver(writer, context) };
}
