import type { Settings } from './settings';
import { EMPTY_PROFILE } from '../readiness/profile-values';
import { LOCALES } from '../i18n-core';

/**
 * The settings' plain values, for code that must not carry zod (the popup's first render);
 * settings.ts builds the schema and re-exports these.
 */

/** The last-help rung: on, 3 working days before the close (utils/prepare/last-help.ts). */
export const DEFAULT_LAST_HELP = { enabled: true, workingDays: 3 };

export const DEFAULT_SETTINGS: Settings = {
  locale: 'auto',
  reminders: { enabled: true, hoursBefore: [168, 72, 24, 6], lastHelp: DEFAULT_LAST_HELP },
  ownPosition: null,
  showAllowanceEstimates: false,
  backupReminder: false,
  profile: EMPTY_PROFILE,
  changeAlerts: true,
};

/** Where extension storage keeps the settings (WXT's `local:settings` item in settings.ts). */
export const SETTINGS_STORAGE_KEY = 'settings';

/** The language setting's values: 'auto' follows the browser; settings.ts builds its schema from these. */
export const LOCALE_SETTINGS = ['auto', ...LOCALES] as const;
const KNOWN_LOCALE = new Set<unknown>(LOCALE_SETTINGS);

/**
 * The language setting alone, read from a stored settings value without its schema: the one
 * setting the deadline list's first render needs. Anything else than a known value is 'auto'.
 */
export function storedLocale(raw: unknown): Settings['locale'] {
  const locale = raw && typeof raw === 'object' ? (raw as { locale?: unknown }).locale : undefined;
  return KNOWN_LOCALE.has(locale) ? (locale as Settings['locale']) : 'auto';
}
