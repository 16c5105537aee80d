import en from '../public/_locales/en/messages.json';
import fr from '../public/_locales/fr/messages.json';

/**
 * UI text lives in public/_locales (Chrome's format) so the manifest and the UI share one
 * source. We translate ourselves instead of browser.i18n.getMessage because the user may
 * override the browser language in settings, and the in-page panel follows the page's language.
 * Placeholders are named: "Closes in {days}".
 */
export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];
export type MessageKey = keyof typeof en;
type Catalogue = Record<string, { message: string }>;

const CATALOGUES: Record<Locale, Catalogue> = { en, fr };

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, values) => {
    const template = catalogue[key]?.message ?? (en as Catalogue)[key]?.message ?? key;
    if (!values) return template;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in values ? String(values[name]) : whole,
    );
  };
}

/** "fr-BE", "fr" → fr; anything else → en. */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
