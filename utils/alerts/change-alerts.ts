import type { HistoryEntry, StoredVacancy } from '../record/stored-vacancy';
import { changeLines } from './change-lines';
import { localeFromLanguageTag, translator } from '../i18n-core';
import type { Settings } from '../settings/settings';
import { titleText } from '../record/shown-title';

/**
 * Change alerts as notifications: one per write that moved a followed vacancy's closing moment,
 * changed its salary or found it withdrawn (utils/alerts/changes.ts says which). A setting,
 * on by default; clicking the notification opens the vacancy in the popup page.
 */

const ID_PREFIX = 'change:';

/** The part of browser.notifications used here. */
export interface AlertNotifications {
  create(id: string, options: { type: 'basic'; iconUrl: string; title: string; message: string }): unknown;
  onClicked: { addListener(listener: (id: string) => void): void };
}

export interface ChangeAlertDeps {
  notifications: AlertNotifications;
  loadSettings: () => Promise<Settings>;
  browserLanguage: () => string;
  /** The user's zone, for the closing moment's second clock. */
  timeZone: () => string;
  openVacancy: (reference: string) => Promise<void>;
  iconUrl: string;
  now: () => Date;
  onError: (error: unknown) => void;
}

export function startChangeAlerts(deps: ChangeAlertDeps) {
  deps.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(ID_PREFIX)) return;
    const reference = id.slice(ID_PREFIX.length).split('|')[0] ?? '';
    if (reference) deps.openVacancy(reference).catch(deps.onError);
  });

  return {
    /** After a write: tells the user, if they want to be told. */
    async notify(record: StoredVacancy, entries: readonly HistoryEntry[]): Promise<void> {
      if (entries.length === 0) return;
      const settings = await deps.loadSettings();
      if (!settings.changeAlerts) return;
      const locale = settings.locale === 'auto' ? localeFromLanguageTag(deps.browserLanguage()) : settings.locale;
      const t = translator(locale);
      const now = deps.now();
      // Named by the change, not the clock: a request repeated after the worker stopped (its reply
      // lost) shows the same notification again in place of a second one.
      const latest = entries.at(-1)?.changedAt ?? now.toISOString();
      await deps.notifications.create(`${ID_PREFIX}${record.reference}|${Date.parse(latest)}`, {
        type: 'basic',
        iconUrl: deps.iconUrl,
        title: t('alertTitle', { title: titleText(record, locale), reference: record.reference }),
        message: changeLines(entries, { locale, t, now, timeZone: deps.timeZone() }).join('\n'),
      });
    },
  };
}
