import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { VacancyStore } from '../utils/db/vacancy-store';
import { handleRequest } from '../utils/background/handle-request';

export default defineBackground(() => {
  const store = new VacancyStore();

  const openPopup = async (route: string | undefined) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${route ? `#/${route}` : ''}`) });
  };

  // Every message goes through one validated handler; sendResponse + `return true` works in
  // Chrome and Firefox alike.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (reply: unknown) => void) => {
    void handleRequest(message, { store, openPopup }).then(sendResponse);
    return true;
  });
});
