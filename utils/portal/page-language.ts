import { localeFromLanguageTag, type Locale } from '../i18n-core';

/** The portal page's language: its `lang` parameter, else the document's own `lang`. */
export function pageLocale(url: URL, doc: Document): Locale {
  return localeFromLanguageTag(url.searchParams.get('lang') ?? doc.documentElement.lang);
}
