import type { StoredVacancy } from '../../utils/db/stored-vacancy';
import type { Locale, Translate } from '../../utils/i18n-core';
import { gradeRangeText, type NormalisedGrade } from '../../utils/grades/normalise-grade';

/** Words for the comparison's cells and the chart, shared so both say the same thing. */

/** "G17–G20" on the ladder; otherwise a short word: Unclassified, Temporary, Grade not stated. */
export function shortGradeText(grade: NormalisedGrade, t: Translate): string {
  if (grade.kind === 'graded') return gradeRangeText(grade) ?? '';
  if (grade.kind === 'unclassified') return t('cmpUnclassifiedShort');
  if (grade.kind === 'temporary') return t('cmpTemporaryShort');
  return t('cmpGradeUnknown');
}

/** "1 year", "6 years" / "1 an", "6 ans". */
export function yearsText(years: number, t: Translate, locale: Locale): string {
  const one = new Intl.PluralRules(locale).select(years) === 'one';
  return t(one ? 'cmpYearsOne' : 'cmpYearsMany', { years: new Intl.NumberFormat(locale).format(years) });
}

/** "3 years initially, renewable for 3 years, 6 years at most"; null when the notice says nothing. */
export function contractText(contract: StoredVacancy['contract'], t: Translate, locale: Locale): string | null {
  if (!contract) return null;
  const parts: string[] = [];
  if (contract.initialYears !== null) parts.push(t('cmpContractInitial', { years: yearsText(contract.initialYears, t, locale) }));
  if (contract.renewableYears !== null) {
    parts.push(t('cmpContractRenewable', { years: yearsText(contract.renewableYears, t, locale) }));
  }
  if (contract.maxYears !== null) parts.push(t('cmpContractMax', { years: yearsText(contract.maxYears, t, locale) }));
  return parts.length > 0 ? parts.join(', ') : null;
}

/**
 * Short cell text plus its spelled-out meaning: NATO levels "V / I" (one official language at V,
 * the other at I), or a STANAG 6001 profile "3322" as written by commands and agencies.
 */
export function languagesText(record: StoredVacancy, t: Translate): { short: string; long: string } | null {
  const requirement = record.languageRequirement;
  if (requirement) {
    return requirement.secondary
      ? {
          short: `${requirement.primary} / ${requirement.secondary}`,
          long: t('cmpLanguageLevels', { primary: requirement.primary, secondary: requirement.secondary }),
        }
      : { short: requirement.primary, long: t('cmpLanguageLevel', { primary: requirement.primary }) };
  }
  const profile = record.languageProfile;
  if (profile) {
    const [listening = '', speaking = '', reading = '', writing = ''] = profile.split('');
    return { short: `STANAG ${profile}`, long: t('cmpStanagProfile', { listening, speaking, reading, writing }) };
  }
  return null;
}
