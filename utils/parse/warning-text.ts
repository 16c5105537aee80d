import type { MessageKey, Translate } from '../i18n-core';
import type { WarningField, WarningId } from './warning-templates';
import { WARNING_FIELDS, WARNING_TEMPLATES } from './warning-templates';
import { FIELD_LABEL_KEY } from '../field-labels';

/**
 * Stored warnings are English sentences (data: backups and the CLI carry them as they are). To
 * show one in the UI's language we recognise it by the template it was built from and hand its
 * values to the catalogue text. Pure: the caller passes the translate function.
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
  deadlinesDiffer: 'warnDeadlinesDiffer',
  deadlineUnreadable: 'warnDeadlineUnreadable',
  deadlineOngoing: 'warnDeadlineOngoing',
  organisationFromBody: 'warnOrganisationFromBody',
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
};

/** How a warning names each field to the reader: the UI's one field-label table. */
const FIELD_KEY: Readonly<Record<WarningField, MessageKey>> = FIELD_LABEL_KEY;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
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
const PATTERNS: readonly Pattern[] = (Object.keys(WARNING_TEMPLATES) as WarningId[])
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

/**
 * A stored warning in the UI's language. A warning no template produced (written by an older
 * version, or by hand in a backup) is returned as it is: shown in English, never dropped.
 */
export function localiseWarning(warning: string, t: Translate): string {
  const match = matchWarning(warning);
  if (match === null) return warning;
  const { field, ...values } = match.values;
  const label = field !== undefined && isWarningField(field) ? t(FIELD_KEY[field]) : field;
  return t(WARNING_KEY[match.id], label === undefined ? values : { ...values, field: label });
}
