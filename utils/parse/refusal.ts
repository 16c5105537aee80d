import type { MessageKey, Translate } from '../i18n-core';

/**
 * Why a text was refused as a vacancy notice, as data: which reason, with what values. Worded in
 * the reader's language only when shown (Add notice, the context-menu notification, the warning a
 * page read from its fallback text keeps); the English template is what the CLI prints.
 */
export const REFUSAL_TEMPLATES = {
  empty: 'the text is empty',
  noText: 'no notice text',
  manyVacancies: 'it lists {count} vacancies ({examples}, …), not one notice: open one of them',
  letter: 'it reads as a letter, not a vacancy notice',
  titleOnly: '"{title} ({reference})" has neither a notice header (Application Deadline, Grade, …) nor notice sections',
  noSign: 'no sign of a NATO vacancy notice: no notice header (Grade, Application Deadline, …), no notice section (SUMMARY, Principal Duties, …), no NATO body named with vacancy wording',
  noKey: 'no reference or title on the page',
  invalidRecord: 'the parsed record is invalid at {path}: {issue}',
} as const;

export type RefusalId = keyof typeof REFUSAL_TEMPLATES;

export interface Refusal {
  id: RefusalId;
  values: Readonly<Record<string, string | number>>;
}

const REFUSAL_KEY: Readonly<Record<RefusalId, MessageKey>> = {
  empty: 'whyEmpty',
  noText: 'whyNoText',
  manyVacancies: 'whyManyVacancies',
  letter: 'whyLetter',
  titleOnly: 'whyTitleOnly',
  noSign: 'whyNoSign',
  noKey: 'whyNoKey',
  invalidRecord: 'whyInvalidRecord',
};

export function refusal(id: RefusalId, values: Record<string, string | number> = {}): Refusal {
  return { id, values };
}

export const isRefusalId = (id: string): id is RefusalId => Object.hasOwn(REFUSAL_TEMPLATES, id);

/** The English line: what the CLI prints. One pass, so a value holding "{x}" stays as it is. */
export function englishRefusal(reason: Refusal): string {
  return REFUSAL_TEMPLATES[reason.id].replace(/\{(\w+)\}/g, (whole, name: string) => (name in reason.values ? String(reason.values[name]) : whole));
}

/** The reason in the UI's language. */
export function localiseRefusal(reason: Refusal, t: Translate): string {
  return t(REFUSAL_KEY[reason.id], { ...reason.values });
}
