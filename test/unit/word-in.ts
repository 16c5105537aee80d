import { translator, type Locale } from '../../utils/i18n';
import type { Reason } from '../../utils/reasons/reason';
import { wordReason } from '../../utils/reasons/word-reason';

/** A reason in one language, with the bundled catalogues (utils/i18n.ts registers them): what a reader of that language sees. */
export function wordIn(reason: Reason, locale: Locale): string {
  return wordReason(reason, translator(locale), locale);
}
