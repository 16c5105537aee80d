import type { Locale, MessageKey, Translate } from '../i18n-core';
import { formatNumber } from '../format/numbers';
import type { LanguageLevel, ParsedVacancy } from './vacancy-record';

/**
 * How the UI words a record's years, contract and language levels, in EN and FR: the detail
 * view and the comparison both read this, so "1 year" / "1 an" follow the plural rules once.
 */

export const LEVEL_LABEL: Record<LanguageLevel, MessageKey> = {
  I: 'levelI',
  II: 'levelII',
  III: 'levelIII',
  IV: 'levelIV',
  V: 'levelV',
  VI: 'levelVI',
};

/** "1 year", "6 years" / "1 an", "1,5 an", "6 ans": the language's own plural rules decide (the catalogue's `{count|…|…}`). */
export function yearsText(years: number, t: Translate, locale: Locale): string {
  return t('years', { years: formatNumber(years, locale), count: years });
}

/** "3 years initially, renewable for 3 years, 6 years at most"; null when the notice says nothing. */
export function contractText(contract: ParsedVacancy['contract'], t: Translate, locale: Locale): string | null {
  if (!contract) return null;
  const parts: string[] = [];
  if (contract.initialYears !== null) parts.push(t('contractInitial', { years: yearsText(contract.initialYears, t, locale) }));
  if (contract.renewableYears !== null) parts.push(t('contractRenewable', { years: yearsText(contract.renewableYears, t, locale) }));
  if (contract.maxYears !== null) parts.push(t('contractMax', { years: yearsText(contract.maxYears, t, locale) }));
  return parts.length > 0 ? parts.join(', ') : null;
}

/** "V (Advanced)": a NATO level with its name. */
export function levelText(level: LanguageLevel, t: Translate): string {
  return `${level} (${t(LEVEL_LABEL[level])})`;
}

/** "Level V (Advanced) in one official language, I (Beginner) in the other". */
export function languageLevelsText(requirement: NonNullable<ParsedVacancy['languageRequirement']>, t: Translate): string {
  const primary = levelText(requirement.primary, t);
  return requirement.secondary
    ? t('languageLevels', { primary, secondary: levelText(requirement.secondary, t) })
    : t('languageLevel', { primary });
}

/**
 * Short text plus its spelled-out meaning: NATO levels "V / I" (one official language at V, the
 * other at I), or a STANAG 6001 profile "3322" as written by commands and agencies.
 */
export function languagesText(
  record: Pick<ParsedVacancy, 'languageRequirement' | 'languageProfile'>,
  t: Translate,
): { short: string; long: string } | null {
  const requirement = record.languageRequirement;
  if (requirement) {
    const short = requirement.secondary ? `${requirement.primary} / ${requirement.secondary}` : requirement.primary;
    return { short, long: languageLevelsText(requirement, t) };
  }
  const profile = record.languageProfile;
  if (profile) {
    const [listening = '', speaking = '', reading = '', writing = ''] = profile.split('');
    return { short: `STANAG ${profile}`, long: t('languageStanagProfile', { listening, speaking, reading, writing }) };
  }
  return null;
}
