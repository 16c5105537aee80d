import type { MessageKey, Translate } from '../i18n-core';
import type { WarningField, WarningId } from './warning-templates';
import { englishWarning, WARNING_FIELDS, WARNING_TEMPLATES, type Warning } from './warning-templates';
import { FIELD_LABEL_KEY } from '../field-labels';
import { localiseRefusal, withReasonWorded } from './refusal';
import { escapeRegExp } from '../regexp';

/**
 * Warnings in the reader's language: a stored warning (`{ id, values }`) names its template, whose
 * catalogue text gets the values and the field's label. Warnings stored as English sentences (before
 * schema version 2, old backups) are matched back to their templates once, on upgrade. Pure: the
 * caller passes the translate function.
 */

/** The catalogue text of each template; its `{field}` is the field's label, other values as stored. */
const WARNING_KEY: Readonly<Record<WarningId, MessageKey>> = {
  noEnglishHalf: 'warnNoEnglishHalf',
  noEnglishTitle: 'warnNoEnglishTitle',
  noFrenchHalf: 'warnNoFrenchHalf',
  noFrenchTitle: 'warnNoFrenchTitle',
  referenceNotStated: 'warnReferenceNotStated',
  notStated: 'warnNotStated',
  frenchHeader: 'warnFrenchHeader',
  zoneUnknown: 'warnZoneUnknown',
  zoneUnrecognised: 'warnZoneUnrecognised',
  zoneSnapped: 'warnZoneSnapped',
  zoneUnknownSnapped: 'warnZoneUnknownSnapped',
  zoneUnknownEarliest: 'warnZoneUnknownEarliest',
  zoneStatedInNotice: 'warnZoneStatedInNotice',
  deadlinesDiffer: 'warnDeadlinesDiffer',
  deadlineUnreadable: 'warnDeadlineUnreadable',
  deadlineOngoing: 'warnDeadlineOngoing',
  organisationFromBody: 'warnOrganisationFromBody',
  titleCut: 'warnTitleCut',
  salaryNoAmount: 'warnSalaryNoAmount',
  salaryBadAmount: 'warnSalaryBadAmount',
  salaryNoCurrency: 'warnSalaryNoCurrency',
  salaryNoPeriod: 'warnSalaryNoPeriod',
  salaryRange: 'warnSalaryRange',
  gradeEmpty: 'warnGradeEmpty',
  gradeUnknown: 'warnGradeUnknown',
  gradeNoCode: 'warnGradeNoCode',
  languageNotStated: 'warnLanguageNotStated',
  experienceNotStated: 'warnExperienceNotStated',
  positionsMismatch: 'warnPositionsMismatch',
  essayNoPageLimit: 'warnEssayNoPageLimit',
  essayNoNamingRule: 'warnEssayNoNamingRule',
  essayNoDueDate: 'warnEssayNoDueDate',
  noneListed: 'warnNoneListed',
  noAssessments: 'warnNoAssessments',
  sourceUrlNotUrl: 'warnSourceUrlNotUrl',
  referenceMismatch: 'warnReferenceMismatch',
  noticeUnreadable: 'warnNoticeUnreadable',
  pageTextCut: 'warnPageTextCut',
  rowOnly: 'warnRowOnly',
  unrecognised: 'warnUnrecognised',
};

/** How a warning names each field to the reader: the UI's one field-label table. */
const FIELD_KEY: Readonly<Record<WarningField, MessageKey>> = FIELD_LABEL_KEY;

// Longest first, so "contract.maxYears" is never read as "contract" followed by text.
const FIELD_SOURCE = [...WARNING_FIELDS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
const LEADING_FIELD = new RegExp(`^(${FIELD_SOURCE}): `);

interface Pattern {
  id: WarningId;
  regExp: RegExp;
  names: string[];
}

/** A template's literal text must match exactly; each `{name}` takes any text, `{field}` only a field. */
function compile(id: WarningId): Pattern {
  const names: string[] = [];
  const source = WARNING_TEMPLATES[id]
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name === undefined) return escapeRegExp(part);
      names.push(name);
      return name === 'field' ? `(${FIELD_SOURCE})` : '([\\s\\S]*?)';
    })
    .join('');
  return { id, regExp: new RegExp(`^${source}$`), names };
}

// Templates with a literal field name first: the generic "{field}: …" ones only catch the rest.
// "unrecognised" ('{text}') takes any sentence: it is what is left when no other template matches.
const PATTERNS: readonly Pattern[] = (Object.keys(WARNING_TEMPLATES) as WarningId[])
  .filter((id) => id !== 'unrecognised')
  .map(compile)
  .sort((a, b) => Number(a.names.includes('field')) - Number(b.names.includes('field')));

export interface WarningMatch {
  id: WarningId;
  /** The values carried over, by placeholder name; `field` for every warning that names one. */
  values: Record<string, string>;
}

/** Which template `warning` was built from, and with what values; null for text it did not come from. */
export function matchWarning(warning: string): WarningMatch | null {
  for (const { id, regExp, names } of PATTERNS) {
    const m = regExp.exec(warning);
    if (m === null) continue;
    const values: Record<string, string> = {};
    names.forEach((name, index) => {
      values[name] = m[index + 1] ?? '';
    });
    // A template that starts with a literal field ("titleFr: …") names that field too.
    const leading = LEADING_FIELD.exec(WARNING_TEMPLATES[id])?.[1];
    if (values.field === undefined && leading !== undefined) values.field = leading;
    return { id, values };
  }
  return null;
}

const isWarningField = (name: string): name is WarningField => (WARNING_FIELDS as readonly string[]).includes(name);
const isWarningId = (id: string): id is WarningId => Object.hasOwn(WARNING_TEMPLATES, id);

/**
 * A warning stored as an English sentence (before schema version 2, or written by hand in a
 * backup) as data: the template it was built from with its values, or `unrecognised` with the text.
 */
export function warningFromText(text: string): Warning {
  const match = matchWarning(text);
  if (match === null) return { id: 'unrecognised', values: { text } };
  // The field a template starts with literally ("titleFr: …") is the template's, not a value.
  const leading = LEADING_FIELD.exec(WARNING_TEMPLATES[match.id])?.[1];
  const { field, ...values } = match.values;
  return { id: match.id, values: field === undefined || field === leading ? values : { ...values, field } };
}

/** Stored warnings of any age as data: sentences are matched back to their templates. */
export function upgradeWarnings(stored: unknown): unknown {
  return Array.isArray(stored) ? stored.map((w: unknown) => (typeof w === 'string' ? warningFromText(w) : w)) : stored;
}

/** The field a stored warning is about: its `field` value, or the field its template starts with ("titleFr: …"). */
export function warningField(stored: Warning): string | undefined {
  const given = stored.values.field;
  if (given !== undefined) return String(given);
  return isWarningId(stored.id) ? LEADING_FIELD.exec(WARNING_TEMPLATES[stored.id])?.[1] : undefined;
}

/**
 * A stored warning in the UI's language. A warning of an unknown template (a later version's)
 * or a sentence no template produced is shown in English, never dropped.
 */
export function localiseWarning(stored: Warning, t: Translate): string {
  if (!isWarningId(stored.id) || stored.id === 'unrecognised') return englishWarning(stored);
  const { field: given, ...values } = stored.values;
  const field = warningField(stored);
  const label = field !== undefined && isWarningField(field) ? t(FIELD_KEY[field]) : field;
  // A page read from its fallback text keeps why its text was refused: worded here too.
  const shown = withReasonWorded(values, (reason) => localiseRefusal(reason, t));
  return t(WARNING_KEY[stored.id], label === undefined ? shown : { ...shown, field: label });
}
