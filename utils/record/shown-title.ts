import type { Locale } from '../i18n-core';
import type { ParsedVacancy } from './vacancy-record';

/**
 * A vacancy's title as a reader sees it: in a French view, the French half's title when the
 * notice has one; else the title as captured. `lang` is the title's own language (the English
 * title in a French view, a French-only notice's title in an English one), for the markup's
 * `lang` attribute. One home for this choice: lists, detail, Compare, notifications, calendar.
 */
export interface ShownTitle {
  text: string;
  lang: Locale;
}

/** Records carry both; a partial view (a reminder's record, a choice in a list) may carry neither. */
type Titled = { title: string } & Partial<Pick<ParsedVacancy, 'titleFr' | 'languages'>>;

export function shownTitle(record: Titled, locale: Locale): ShownTitle {
  if (locale === 'fr' && record.titleFr) return { text: record.titleFr, lang: 'fr' };
  // A French-only notice's one title is French; any other is read from the English half.
  const languages = record.languages ?? [];
  const frenchOnly = languages.length > 0 && !languages.includes('en');
  return { text: record.title, lang: frenchOnly ? 'fr' : 'en' };
}

/** The title alone, for text that is not markup (notifications, options, calendar entries). */
export function titleText(record: Titled, locale: Locale): string {
  return shownTitle(record, locale).text;
}
