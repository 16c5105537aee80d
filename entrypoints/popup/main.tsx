import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from './PopupApp';
import { parseRoute } from './route';
import { firstPageRequest } from '../../components/deadlines/DeadlinesView';
import { readDeadlinePage } from '../../utils/popup-client/vacancy-queries';
import { PopupStore } from '../../utils/popup-client/popup-store';
import { failureReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { LOCALES, localeFromLanguageTag, registerCatalogues, translator, type Catalogue } from '../../utils/i18n-core';
import { sendRequest } from '../../utils/messaging-client';
import type { Settings } from '../../utils/settings/settings';
import { DEFAULT_SETTINGS, SETTINGS_STORAGE_KEY, storedLocale } from '../../utils/settings/settings-values';
import type { Failure } from '../../utils/failure';
import './theme.css';
import './popup.css';

/**
 * Both languages' text, read from the extension's own files instead of being bundled. index.html
 * preloads both files, so they are on their way while this script is still being loaded.
 */
async function loadCatalogues(): Promise<void> {
  const [en, fr] = await Promise.all(
    LOCALES.map(async (locale) => (await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`))).json() as Promise<Catalogue>),
  );
  registerCatalogues({ en: en ?? {}, fr: fr ?? {} });
}

const inTab = new URLSearchParams(location.search).has('tab');
if (inTab) document.documentElement.classList.add('in-tab');

function openInTab() {
  void browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?tab${location.hash}`) });
  window.close();
}

/** Read, then cleared only once saved or discarded: a lost reply or a closed popup loses nothing. */
const pendingNotice = {
  async take() {
    const reply = await sendRequest({ type: 'take-pending-notice' });
    return reply.ok ? reply.pending : null;
  },
  async settle(id: string) {
    await sendRequest({ type: 'settle-pending-notice', id });
  },
};

/** Settings as the list's first render needs them: the stored language, defaults for the rest. */
async function languageOnly(): Promise<{ ok: true; settings: Settings }> {
  const stored = await browser.storage.local.get(SETTINGS_STORAGE_KEY);
  return { ok: true, settings: { ...DEFAULT_SETTINGS, locale: storedLocale(stored[SETTINGS_STORAGE_KEY]) } };
}

async function start(root: HTMLElement) {
  // Reads the database itself (read-only); every change is a request to the background.
  const store = new PopupStore(sendRequest);
  // Text, settings and the vacancies are read at once: the first render waits for the slowest.
  // Only the list's first page: the first render costs the same with 100 or 10,000 vacancies.
  const listFirst = parseRoute(location.hash).view === 'deadlines';
  const asked = sendRequest({ type: 'get-settings' });
  // The list needs only the language, read from storage at once: the background, often asleep
  // when the popup opens, sends the checked settings a moment later. Other views wait for them.
  const [, first, initialPage] = await Promise.all([
    loadCatalogues(),
    listFirst ? languageOnly() : asked,
    // Unreadable (an upgrade blocked by another page): the list's live query says why, with a retry.
    listFirst ? store.read((vacancies) => readDeadlinePage(vacancies, firstPageRequest(new Date()))).catch(() => undefined) : undefined,
  ]);
  const fail = (failure: Failure) => {
    render(null, root);
    const locale = localeFromLanguageTag(browser.i18n.getUILanguage());
    root.textContent = wordReason(failureReason(failure), translator(locale), locale);
  };
  if (!first.ok) return fail(first);
  let settings: Settings = first.settings;
  // Until the background's answer (or a newer one from a save or a change) replaces them.
  let provisional = listFirst;
  const adopt = (next: Settings) => {
    settings = next;
    provisional = false;
    draw();
  };
  const draw = () =>
    render(
      <PopupApp
        store={store}
        initialPage={initialPage}
        onOpenInTab={inTab ? undefined : openInTab}
        pendingNotice={pendingNotice}
        settings={settings}
        browserLanguage={browser.i18n.getUILanguage()}
        onSettingsChange={async (patch) => {
          adopt(await store.saveSettings(patch));
          return settings;
        }}
      />,
      root,
    );
  // A newer version of the extension upgrading the database: reload rather than hold it open.
  store.onVersionChange(() => location.reload());
  // Settings the background changed for another request (an import restoring them, another
  // tab): asked for again, validated, rather than read raw.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_STORAGE_KEY in changes)) return;
    void sendRequest({ type: 'get-settings' }).then((fresh) => {
      if (fresh.ok) adopt(fresh.settings);
    });
  });
  draw();
  if (!listFirst) return;
  const checked = await asked;
  if (!checked.ok) return fail(checked);
  if (provisional) adopt(checked.settings);
}

const root = document.getElementById('app');
if (root) void start(root);
