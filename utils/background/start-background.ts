import type { browser as browserApi } from 'wxt/browser';
import { VacancyDatabase, VacancyStore } from '../db-writer/vacancy-store';
import { STORE_CHECKS } from '../db-writer/store-checks';
import { translator, localeFromLanguageTag } from '../i18n-core';
import { formatTimeLeft } from '../deadlines/format';
import { refusalReason } from '../parse/refusal';
import { loadSettings } from '../settings/settings';
import { wordReason } from '../reasons/word-reason';
import { systemTimeZone } from '../time/zones';
import { startBackupReminder } from '../backup/backup-reminder';
import { startBadge } from './badge-service';
import { startChangeAlerts } from '../alerts/change-alerts';
import { resultsMemory } from '../results/results-memory';
import { handleRequest } from './handle-request';
import type { Failure, ResponseFor } from '../messages';
import { pendingNotices } from '../capture/pending-notice';
import { importAnswers } from '../backup/import-answers';
import { removalAnswers } from '../follow/removal-answers';
import { startReminders } from './reminders';
import { replanner } from './replan';
import { senderKind } from './sender';
import { popupLimit } from './popup-limit';
import { uiText } from '../ui-text/ui-text';
import { isFirstInstall, WELCOME_PAGE } from '../welcome/first-run';

const CAPTURE_MENU_ID = 'capture-selection';

/**
 * Everything the background does, wired to the browser APIs it is given. The one store is
 * the only writer; reminders and the badge are re-planned after every write, and at every start.
 */
export function startBackground(browser: typeof browserApi): void {
  // The background is the writer: it validates with the schemas bundled in, no lazy loading.
  const store = new VacancyStore(new VacancyDatabase(), STORE_CHECKS);
  const now = () => new Date();
  const iconUrl = browser.runtime.getURL('/icon/128.png');
  const browserLanguage = () => browser.i18n.getUILanguage();
  const onError = (error: unknown) => console.error('[vacancy-companion]', error);
  const ui = uiText(async (locale) => (await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`))).json());
  // Every notification reads the settings (for the language) before its text, so waiting for the
  // text there covers them all: reminders, the backup nudge, change alerts, the context menu.
  const settingsAndText = async () => (await Promise.all([loadSettings(), ui.ready()]))[0];

  const reminders = startReminders({
    store,
    loadSettings: settingsAndText,
    alarms: browser.alarms,
    notifications: browser.notifications,
    storageLocal: browser.storage.local,
    now,
    browserLanguage,
    iconUrl,
    onError,
  });
  const badge = startBadge({ store, action: browser.action ?? browser.browserAction, alarms: browser.alarms, now, onError });
  startBackupReminder({
    alarms: browser.alarms,
    notifications: browser.notifications,
    storageLocal: browser.storage.local,
    loadSettings: settingsAndText,
    now,
    browserLanguage,
    iconUrl,
    onError,
  });
  // Every write goes through this worker and re-plans here, one read of the table per run.
  const replan = replanner({ store, reminders, badge, onError });

  // Session storage where the browser has it (Chrome MV3, Firefox 115+): a waiting selection
  // does not outlive the browser session.
  const pending = pendingNotices(browser.storage.session ?? browser.storage.local);
  const imports = importAnswers(browser.storage.session ?? browser.storage.local);
  const removals = removalAnswers(browser.storage.session ?? browser.storage.local);
  const openPopup = async (route: string | undefined) => {
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html${route ? `#/${route}` : ''}`) });
  };
  // A portal tab opens at most one extension tab per few seconds, whatever its page does.
  const pageOpens = popupLimit({ now });
  const results = resultsMemory(browser.storage.local);
  const changeAlerts = startChangeAlerts({
    notifications: browser.notifications,
    loadSettings: settingsAndText,
    browserLanguage,
    timeZone: systemTimeZone,
    openVacancy: (reference) => openPopup(`vacancy/${encodeURIComponent(reference)}`),
    iconUrl,
    now,
    onError,
  });
  const onChanges = (record: Parameters<typeof changeAlerts.notify>[0], changes: Parameters<typeof changeAlerts.notify>[1]) =>
    changeAlerts.notify(record, changes).catch(onError);

  const extension = { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') };
  const context = { store, openPopup, pendingNotices: pending, importAnswers: imports, backupDates: browser.storage.local, removals, afterWrite: replan, onChanges, results, uiText: ui };
  // sendResponse + `return true` works in Chrome and Firefox alike.
  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse: (reply: unknown) => void) => {
    const from = senderKind(sender, extension);
    const tabId = from === 'content-script' ? ((sender.tab as { id?: number } | undefined)?.id ?? -1) : undefined;
    const openFromHere = tabId === undefined ? openPopup : (route: string | undefined) => pageOpens.open(tabId, () => openPopup(route));
    void handleRequest(message, from, { ...context, openPopup: openFromHere }).then(sendResponse);
    return true;
  });

  // Chrome keeps menus across restarts, so its worker makes them on install and update only, not
  // at every wake; Firefox does not keep them, and its background page starts once a session.
  // Clearing first avoids a duplicate id.
  const makeMenu = () => {
    void browser.contextMenus
      .removeAll()
      .then(() =>
        browser.contextMenus.create({
          id: CAPTURE_MENU_ID,
          title: browser.i18n.getMessage('menuCaptureSelection'),
          contexts: ['selection'],
        }),
      )
      .catch(onError);
  };
  if (import.meta.env.FIREFOX) makeMenu();
  browser.runtime.onInstalled.addListener((details) => {
    if (!import.meta.env.FIREFOX) makeMenu();
    if (isFirstInstall(details)) void browser.tabs.create({ url: browser.runtime.getURL(WELCOME_PAGE) }).catch(onError);
  });
  // At every start of the worker, not only the browser's: a worker stopped in the middle of a
  // re-plan left alarms or badge behind the table, and nothing else would fix them.
  void replan();

  browser.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId !== CAPTURE_MENU_ID || !info.selectionText) return;
    void (async () => {
      const settings = await settingsAndText();
      const locale = settings.locale === 'auto' ? localeFromLanguageTag(browserLanguage()) : settings.locale;
      const t = translator(locale);
      const text = info.selectionText ?? '';
      // Through the one entry every write takes, as the extension itself: the same checks, change
      // alerts and re-planning as a page's capture.
      const reply = (await handleRequest({ type: 'capture-selection', text, sourceUrl: info.pageUrl }, 'extension-page', context)) as ResponseFor<'capture-selection'> | Failure;
      if (!reply.ok) throw new Error(`context-menu capture failed: ${reply.code}`);
      const result = reply.capture;
      if (!result.ok && result.missing !== undefined) {
        // A notice without its reference: Add notice asks for it, prefilled from the page address.
        await pending.put({ text, sourceUrl: info.pageUrl ?? null });
        await openPopup('add/pending');
        return;
      }
      await browser.notifications.create(`capture:${Date.now()}`, {
        type: 'basic',
        iconUrl,
        title: result.ok ? t('notifyCapturedTitle') : t('extName'),
        message: result.ok
          ? t('notifyCapturedBody', { title: result.title, reference: result.reference, left: formatTimeLeft(result.closesAt, now(), t) })
          : wordReason({ key: 'notifyNotANotice', values: { reason: { kind: 'reason', reason: refusalReason(result.reason) } } }, t, locale),
      });
    })().catch(onError);
  });
  // For the benchmark: ms from the worker's start until every listener is in place.
  performance.mark('vacancy-companion:ready');
}
