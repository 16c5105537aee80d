import type { Locale, Translate } from '../i18n-core';
import type { Reason, ReasonValue } from './reason';
import { formatLongBrusselsDateTime, formatLongDate } from '../format/dates';
import { formatLongDuration } from '../format/durations';
import { formatMoney } from '../format/money';
import { formatFileSize, formatMegabytesUp } from '../format/sizes';

/**
 * The one worder of reasons (utils/reasons/reason.ts): the reason's catalogue text in the
 * reader's language, its values formatted for that language. `t` and `locale` name the same
 * language; pass translator('en') and 'en' for the English line (CLIs, hover text, details).
 */
export function wordReason(reason: Reason, t: Translate, locale: Locale): string {
  if (!reason.values) return t(reason.key);
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(reason.values)) values[name] = wordValue(value, t, locale);
  return t(reason.key, values);
}

function wordValue(value: ReasonValue, t: Translate, locale: Locale): string | number {
  if (typeof value !== 'object') return value;
  switch (value.kind) {
    case 'brusselsDateTime':
      return formatLongBrusselsDateTime(value.instant, locale);
    case 'date':
      return formatLongDate(value.iso, locale);
    case 'duration':
      return formatLongDuration(value.ms, locale);
    case 'fileSize':
      return formatFileSize(value.bytes, locale, t);
    case 'megabytes':
      return formatMegabytesUp(value.bytes, locale);
    case 'money':
      return formatMoney(value.cents, value.currency, locale);
    case 'text': {
      const text = t(value.key);
      return value.lower ? text.toLocaleLowerCase(locale) : text;
    }
    case 'reason':
      return wordReason(value.reason, t, locale);
  }
}
