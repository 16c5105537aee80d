import type en from '../public/_locales/en/messages.json';

/**
 * UI text lives in public/_locales (Chrome's format) so the manifest and the UI share one
 * source. We translate ourselves instead of browser.i18n.getMessage because the user may
 * override the browser language in settings, and the in-page panel follows the page's language.
 * Placeholders are named: "Closes in {days}".
 *
 * This module holds no text: the catalogues are registered by whoever runs — bundled JSON for
 * the background, the CLI and tests (utils/i18n.ts); fetched or asked for by the popup and the
 * content scripts, so their bundles don't carry both languages' every string.
 */
export type Locale = 'en' | 'fr';
export const LOCALES: readonly Locale[] = ['en', 'fr'];
export type MessageKey = keyof typeof en;
export type Catalogue = Record<string, { message: string }>;
export type Catalogues = Record<Locale, Catalogue>;

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

let registered: Catalogues = { en: {}, fr: {} };

export function registerCatalogues(catalogues: Catalogues): void {
  registered = catalogues;
}

export function registeredCatalogues(): Catalogues {
  return registered;
}

let fallbackText: (key: string) => string | undefined = () => undefined;

/**
 * Where a key missing from the catalogues is looked up: a content script whose background could
 * not hand it the catalogues uses the browser's copy (utils/messaging-client.ts).
 */
export function registerFallbackText(lookup: (key: string) => string | undefined): void {
  fallbackText = lookup;
}

/**
 * The one home of plural forms: `{pages|page|pages}` in a catalogue text is its one form or its
 * other form, as the language's plural rules (Intl.PluralRules) read the value `pages` — French
 * says "1,5 page" and "0 page", English "0 pages". A value that is not a number takes the other form.
 */
const PLURAL = /\{(\w+)\|([^|{}]*)\|([^|{}]*)\}/g;
const pluralRules = new Map<Locale, Intl.PluralRules>();

function pluralForm(locale: Locale, value: string | number | undefined, one: string, other: string): string {
  const count = typeof value === 'number' ? value : Number.NaN;
  if (Number.isNaN(count)) return other;
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(INTL_LOCALE[locale])));
  return rules.select(count) === 'one' ? one : other;
}

/** Looks the catalogue up at each call, so text registered later is used once it arrives. */
export function translator(locale: Locale): Translate {
  return (key, values) => {
    const template = registered[locale][key]?.message ?? registered.en[key]?.message ?? fallbackText(key) ?? key;
    if (!values) return template.replace(PLURAL, (_whole, _name: string, _one: string, other: string) => other);
    return template
      .replace(PLURAL, (_whole, name: string, one: string, other: string) => pluralForm(locale, values[name], one, other))
      .replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  };
}

/**
 * The Intl tag each UI locale formats dates and numbers with: British English writes
 * "Sun 4 Jan, 23:59", closest to the notices; Belgian French for fr.
 */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', fr: 'fr-BE' };

/** "fr-BE", "fr" → fr; anything else → en. */
export function localeFromLanguageTag(tag: string | null | undefined): Locale {
  return tag?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
