import type { MessageKey } from '../i18n-core';
import type { Reason, ReasonValue } from '../reasons/reason';
import { WARNING_FIELDS, WARNING_TEMPLATES, type Warning, type WarningField, type WarningId } from './warning-templates';
import { warningField } from './warning-text';
import { FIELD_LABEL_KEY } from '../field-labels';
import { refusalReason, isRefusalId } from './refusal';

/**
 * A stored warning (`{ id, values }`) as a reason (utils/reasons/reason.ts): its catalogue text,
 * the field it names as that field's label, a refusal it carries as a reason inside it. Worded by
 * utils/reasons/word-reason.ts: in the reader's language in the UI, in English for the CLI and
 * the hover text, one English text per warning.
 */

/** The catalogue text of each warning; its `{field}` is the field's label, other values as stored. */
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

const isWarningId = (id: string): id is WarningId => Object.hasOwn(WARNING_TEMPLATES, id);
const isWarningField = (name: string): name is WarningField => (WARNING_FIELDS as readonly string[]).includes(name);

/**
 * The warning as a reason. A warning of an unknown id (a later version's) is shown by its values,
 * a sentence no template produced as it is: never dropped.
 */
export function warningReason(stored: Warning): Reason {
  if (!isWarningId(stored.id)) return { key: 'warnUnrecognised', values: { text: Object.values(stored.values).map(String).join(' ') || stored.id } };
  if (stored.id === 'unrecognised') return { key: 'warnUnrecognised', values: stored.values };
  const { field: _given, ...rest } = stored.values;
  const values: Record<string, ReasonValue> = { ...rest };
  const field = warningField(stored);
  if (field !== undefined) values.field = isWarningField(field) ? { kind: 'text', key: FIELD_LABEL_KEY[field] } : field;
  // A page read from its fallback text keeps why its text was refused (its id, its values beside it).
  const reason = rest.reason;
  if (typeof reason === 'string' && isRefusalId(reason)) values.reason = { kind: 'reason', reason: refusalReason({ id: reason, values: rest }) };
  return { key: WARNING_KEY[stored.id], values };
}
