import { INTL_LOCALE, type Locale, type Translate } from '../i18n-core';

export interface Duration {
  days: number;
  hours: number;
  minutes: number;
}

/** Rounded down: a countdown never promises a minute the applicant does not have. */
export function splitDuration(ms: number): Duration {
  const total = Math.max(0, Math.floor(ms / 60_000));
  return {
    days: Math.floor(total / (24 * 60)),
    hours: Math.floor((total % (24 * 60)) / 60),
    minutes: total % 60,
  };
}

/**
 * Lengths of time as a reader writes them. The short form's units come from the catalogue
 * ("2 d 4 h" / "2 j 4 h", countdowns and reminders); the long form is the language's own unit
 * names ("8 days 13 hours" / "8 jours 13 heures", the essay check's time left).
 */
export function formatDuration({ days, hours, minutes }: Duration, t: Translate): string {
  if (days > 0) {
    return hours > 0 ? `${t('dlUnitDays', { n: days })} ${t('dlUnitHours', { n: hours })}` : t('dlUnitDays', { n: days });
  }
  if (hours > 0) {
    return minutes > 0 ? `${t('dlUnitHours', { n: hours })} ${t('dlUnitMinutes', { n: minutes })}` : t('dlUnitHours', { n: hours });
  }
  return minutes > 0 ? t('dlUnitMinutes', { n: minutes }) : t('dlUnderAMinute');
}

/** Time left in milliseconds as two long units: days and hours, or hours and minutes under a day. */
export function formatLongDuration(milliseconds: number, locale: Locale): string {
  const unit = (amount: number, unitName: 'day' | 'hour' | 'minute') =>
    new Intl.NumberFormat(INTL_LOCALE[locale], { style: 'unit', unit: unitName, unitDisplay: 'long' }).format(amount);
  const { days, hours, minutes } = splitDuration(milliseconds);
  return days > 0 ? `${unit(days, 'day')} ${unit(hours, 'hour')}` : `${unit(hours, 'hour')} ${unit(minutes, 'minute')}`;
}
