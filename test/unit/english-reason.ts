import en from '../../public/_locales/en/messages.json';
import fr from '../../public/_locales/fr/messages.json';
import { registerCatalogues, registeredCatalogues, translator } from '../../utils/i18n-core';
import { refusalReason, type Refusal } from '../../utils/parse/refusal';
import { wordReason } from '../../utils/reasons/word-reason';

/**
 * Why a text was refused, in the catalogue's English: the line the CLI prints. The catalogues
 * registered by the test (none, some) are put back after.
 */
export function refusalLine(reason: Refusal): string {
  const before = registeredCatalogues();
  registerCatalogues({ en, fr });
  try {
    return wordReason(refusalReason(reason), translator('en'), 'en');
  } finally {
    registerCatalogues(before);
  }
}
