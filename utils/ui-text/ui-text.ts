import { LOCALES, registerCatalogues, registeredCatalogues, type Catalogue, type Catalogues, type Locale } from '../i18n-core';
import type { Settings } from '../settings/settings';

/**
 * The background's UI text, read from the extension's own _locales files when first needed
 * instead of being bundled: both languages were a quarter of the worker's script, which the
 * browser compiles at every cold start. Once read, translator() (i18n-core) finds them.
 */
export interface UiText {
  /** Both catalogues registered; after the first time, at once. */
  ready(): Promise<void>;
  /** What a content script asks for: the text of its page's language only. */
  catalogues(locale: Locale | undefined): Promise<Partial<Catalogues>>;
}

export function uiText(readCatalogue: (locale: Locale) => Promise<Catalogue>): UiText {
  let loading: Promise<void> | null = null;
  const ready = () => {
    loading ??= Promise.all(LOCALES.map(readCatalogue)).then(
      ([en, fr]) => registerCatalogues({ en: en ?? {}, fr: fr ?? {} }),
      (error: unknown) => {
        loading = null; // the next request tries again
        throw error;
      },
    );
    return loading;
  };
  return {
    ready,
    async catalogues(locale) {
      await ready();
      const all = registeredCatalogues();
      return locale ? { [locale]: all[locale] } : all;
    },
  };
}

/** Text already registered (the CLIs and tests bundle it through utils/i18n.ts). */
export const REGISTERED_TEXT: UiText = {
  ready: async () => undefined,
  catalogues: async (locale) => (locale ? { [locale]: registeredCatalogues()[locale] } : registeredCatalogues()),
};

/**
 * The text a content script asked for with its page's language: the in-page UI (panel, chips,
 * upload guard) speaks the language chosen in Settings, and its page's when the choice is the
 * browser's ('auto': the candidate reads the portal in that language). Settings that cannot be
 * read leave the page's language. Asked for no language (tools), both catalogues.
 */
export async function inPageText(
  pageLocale: Locale | undefined,
  text: UiText,
  loadSettings: () => Promise<Pick<Settings, 'locale'>>,
): Promise<{ ok: true; locale?: Locale; catalogues: Partial<Catalogues> }> {
  if (pageLocale === undefined) return { ok: true, catalogues: await text.catalogues(undefined) };
  const chosen = await loadSettings().then((settings) => settings.locale, () => 'auto' as const);
  const locale = chosen === 'auto' ? pageLocale : chosen;
  return { ok: true, locale, catalogues: await text.catalogues(locale) };
}
