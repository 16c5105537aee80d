import type { EssayRules } from '../record/vacancy-record';
import { translator, type Locale, type MessageKey } from '../i18n-core';

/**
 * One result of the essay check. Text is carried in both languages so the same findings can be
 * shown in the popup, in the portal page (which follows the page's language) and printed by the CLI.
 */
export type Severity = 'error' | 'warning' | 'ok' | 'info';

export interface Bilingual {
  en: string;
  fr: string;
}

export interface Finding {
  /** Stable per rule ("pages", "name:250875"…): list keys, tests and e2e assertions rely on it. */
  id: string;
  severity: Severity;
  message: Bilingual;
  fix?: Bilingual;
}

/** What the checker needs of a vacancy; a StoredVacancy or a freshly parsed notice both fit. */
export interface EssayVacancy {
  reference: string;
  essay: EssayRules | null;
  closesAt: string | null;
}

type Values = Record<string, string | number>;

const TRANSLATE = { en: translator('en'), fr: translator('fr') };

/**
 * Text of a finding in both languages, from the locale catalogues (never written in code).
 * Values may depend on the language (dates, sizes), hence the function form.
 */
export function bilingual(key: MessageKey, values?: Values | ((locale: Locale) => Values)): Bilingual {
  const valuesFor = (locale: Locale) => (typeof values === 'function' ? values(locale) : values);
  return { en: TRANSLATE.en(key, valuesFor('en')), fr: TRANSLATE.fr(key, valuesFor('fr')) };
}

export function finding(id: string, severity: Severity, message: Bilingual, fix?: Bilingual): Finding {
  return fix ? { id, severity, message, fix } : { id, severity, message };
}

/** True when any finding should stop the user from uploading as is. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
