import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/popup/PopupApp';
import { VacancyStore } from '../../utils/db/vacancy-store';
import { loadSettings, saveSettings } from '../../utils/settings';
import { sendRequest } from '../../utils/messaging-client';
import '../../components/popup/theme.css';
import '../../components/popup/popup.css';

async function start(root: HTMLElement) {
  const store = new VacancyStore();
  let settings = await loadSettings();
  const draw = () =>
    render(
      <PopupApp
        store={store}
        settings={settings}
        browserLanguage={browser.i18n.getUILanguage()}
        onSettingsChange={async (patch) => {
          settings = await saveSettings(patch);
          draw();
          return settings;
        }}
      />,
      root,
    );
  // A newer version of the extension upgrading the database: reload rather than hold it open.
  store.db.on('versionchange', () => {
    store.db.close();
    location.reload();
  });
  // The popup writes user fields itself; the background re-plans reminders and the badge
  // when told, since its own live query only runs while its worker is awake.
  let seen = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  store.watchAll().subscribe({
    next: () => {
      if (!seen) return void (seen = true);
      clearTimeout(timer);
      timer = setTimeout(() => void sendRequest({ type: 'refresh-schedules' }), 300);
    },
  });
  draw();
}

const root = document.getElementById('app');
if (root) void start(root);
