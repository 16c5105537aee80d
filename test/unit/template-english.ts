import { WARNING_TEMPLATES, type Warning } from '../../utils/parse/warning-templates';

/**
 * Warnings and refusals as English template sentences: what records stored before warnings were
 * data (schema version 2), and what older tests compare with. The product words every reason from
 * the catalogue (utils/reasons/word-reason.ts); these sentences are only a fixture.
 */
export const REFUSAL_TEMPLATES: Readonly<Record<string, string>> = {
  empty: 'the text is empty',
  noText: 'no notice text',
  manyVacancies: 'it lists {count} vacancies ({examples}, …), not one notice: open one of them',
  letter: 'it reads as a letter, not a vacancy notice',
  titleOnly: '"{title} ({reference})" has neither a notice header (Application Deadline, Grade, …) nor notice sections',
  noSign: 'no sign of a NATO vacancy notice: no notice header (Grade, Application Deadline, …), no notice section (SUMMARY, Principal Duties, …), no NATO body named with vacancy wording',
  noKey: 'no reference or title on the page',
  invalidRecord: 'the parsed record is invalid at {path}: {issue}',
};

/** A template with its `{name}` placeholders filled in one pass; a placeholder without a value stays. */
function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

export function englishRefusal(reason: { id: string; values: Readonly<Record<string, string | number>> }): string {
  return fillTemplate(REFUSAL_TEMPLATES[reason.id] ?? reason.id, reason.values);
}

/** The template sentence of a stored warning; one of an unknown template by its values. */
export function englishWarning(stored: Warning): string {
  const given = stored.values;
  if (!Object.hasOwn(WARNING_TEMPLATES, stored.id)) return Object.values(given).map(String).join(' ') || stored.id;
  const reason = given.reason;
  const values = typeof reason === 'string' && Object.hasOwn(REFUSAL_TEMPLATES, reason) ? { ...given, reason: englishRefusal({ id: reason, values: given }) } : given;
  return fillTemplate(WARNING_TEMPLATES[stored.id as keyof typeof WARNING_TEMPLATES], values);
}
