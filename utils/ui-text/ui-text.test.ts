import { describe, expect, it, vi } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { registerCatalogues, registeredCatalogues, translator, type Catalogue } from '../i18n-core';
import { uiText } from './ui-text';

describe('the background reads its UI text on first need', () => {
  it('reads both catalogues once, registers them for translator, and hands out one language', async () => {
    const bundled = registeredCatalogues();
    registerCatalogues({ en: {}, fr: {} });
    try {
      const read = vi.fn(async (locale: 'en' | 'fr'): Promise<Catalogue> => (locale === 'en' ? en : fr));
      const text = uiText(read);
      expect(read).not.toHaveBeenCalled();
      await Promise.all([text.ready(), text.ready()]);
      expect(read.mock.calls.map(([locale]) => locale)).toEqual(['en', 'fr']);
      expect(translator('fr')('panelSaved')).toBe('Enregistré');
      const french = await text.catalogues('fr');
      expect(Object.keys(french)).toEqual(['fr']);
      expect(french.fr?.panelSaved?.message).toBe('Enregistré');
      expect(Object.keys(await text.catalogues(undefined)).sort()).toEqual(['en', 'fr']);
      expect(read).toHaveBeenCalledTimes(2);
    } finally {
      registerCatalogues(bundled);
    }
  });

  it('tries again after a failed read', async () => {
    const bundled = registeredCatalogues();
    try {
      let fail = true;
      const text = uiText(async (locale) => {
        if (fail) throw new Error('not found');
        return locale === 'en' ? en : fr;
      });
      await expect(text.ready()).rejects.toThrow('not found');
      fail = false;
      await text.ready();
      expect(translator('en')('panelSaved')).toBe('Saved');
    } finally {
      registerCatalogues(bundled);
    }
  });
});
