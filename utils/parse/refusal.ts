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

/**
 * A template with its `{name}` placeholders filled, in one pass, so a value that itself holds
 * "{x}" is carried over as it is; a placeholder without a value stays as written.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The English line: what the CLI prints. */
export function englishRefusal(reason: Refusal): string {
  return fillTemplate(REFUSAL_TEMPLATES[reason.id], reason.values);
}

/**
 * A warning's values with the refusal it carries (a `reason` value naming a refusal id, the
 * refusal's own values beside it) worded by `word`; a `reason` stored as a sentence, from
 * before refusals were data, is kept as it is.
 */
export function withReasonWorded(
  values: Readonly<Record<string, string | number>>,
  word: (reason: Refusal) => string,
): Readonly<Record<string, string | number>> {
  const id = values.reason;
  return typeof id === 'string' && isRefusalId(id) ? { ...values, reason: word(refusal(id, values)) } : values;
}

/** The reason in the UI's language. */
export function localiseRefusal(reason: Refusal, t: Translate): string {
  return t(REFUSAL_KEY[reason.id], { ...reason.values });
}
