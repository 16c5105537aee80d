import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomePage } from './WelcomePage';
import { I18nProvider } from '../../components/i18n-context';
import { failureReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import { LOCALES, localeFromLanguageTag, registerCatalogues, translator, type Catalogue } from '../../utils/i18n-core';
import { sendRequest } from '../../utils/messaging-client';
import type { Settings } from '../../utils/settings/settings';
import '../popup/theme.css';
import './welcome.css';

async function loadCatalogues(): Promise<void> {
  const [en, fr] = await Promise.all(
    LOCALES.map(async (locale) => (await fetch(browser.runtime.getURL(`/_locales/${locale}/messages.json`))).json() as Promise<Catalogue>),
  );
  registerCatalogues({ en: en ?? {}, fr: fr ?? {} });
}

async function start(root: HTMLElement) {
  const [, first] = await Promise.all([loadCatalogues(), sendRequest({ type: 'get-settings' })]);
  const browserLocale = localeFromLanguageTag(browser.i18n.getUILanguage());
  if (!first.ok) {
    root.textContent = wordReason(failureReason(first), translator(browserLocale), browserLocale);
    return;
  }
  let settings: Settings = first.settings;
  const draw = () => {
    const locale = settings.locale === 'auto' ? browserLocale : settings.locale;
    document.documentElement.lang = locale;
    document.title = translator(locale)('welcomeTitle');
    render(
      <I18nProvider locale={locale}>
        <WelcomePage
          settings={settings}
          onSettingsChange={async (patch) => {
            const saved = await sendRequest({ type: 'save-settings', patch });
            if (saved.ok) {
              settings = saved.settings;
              draw();
            }
          }}
        />
      </I18nProvider>,
      root,
    );
  };
  draw();
}

const root = document.getElementById('app');
if (root) void start(root);
