import type { MessageKey, Translate } from './i18n-core';
import type { Status } from './record/stored-vacancy';

/**
 * The one table of how the UI names a record's fields (and parts of fields, "essay.maxPages"),
 * in EN and FR through the catalogue: capture warnings, the change history, the capture panel's
 * "changed since last visit", the detail view's facts and the CSV report's headers all read it.
 * Names are the record's own (utils/record/vacancy-record.ts, utils/record/stored-vacancy.ts).
 */
export const FIELD_LABEL_KEY = {
  reference: 'fieldReference',
  title: 'fieldTitle',
  titleFr: 'fieldTitleFr',
  languages: 'fieldLanguages',
  location: 'fieldLocation',
  organisation: 'fieldOrganisation',
  schedule: 'fieldSchedule',
  deadline: 'fieldDeadline',
  closesAt: 'fieldClosesAt',
  salary: 'fieldSalary',
  'salary.currency': 'fieldSalaryCurrency',
  grade: 'fieldGrade',
  clearance: 'fieldClearance',
  languageRequirement: 'fieldLanguageRequirement',
  languageProfile: 'fieldLanguageProfile',
  minExperienceYears: 'fieldMinExperienceYears',
  positions: 'fieldPositions',
  posts: 'fieldPosts',
  essay: 'fieldEssay',
  'essay.format': 'fieldEssayFormat',
  'essay.maxPages': 'fieldEssayMaxPages',
  'essay.titleMustInclude': 'fieldEssayTitleMustInclude',
  'essay.dueDate': 'fieldEssayDueDate',
  keyChallenges: 'fieldKeyChallenges',
  assessments: 'fieldAssessments',
  contract: 'fieldContract',
  'contract.initialYears': 'fieldContractInitialYears',
  'contract.renewableYears': 'fieldContractRenewableYears',
  'contract.maxYears': 'fieldContractMaxYears',
  competencies: 'fieldCompetencies',
  sourceUrl: 'fieldSourceUrl',
  status: 'fieldStatus',
  notes: 'fieldNotes',
  updatedAt: 'fieldUpdatedAt',
  portalState: 'fieldPortalState',
  documentsReady: 'fieldDocumentsReady',
  answers: 'fieldAnswers',
  steps: 'fieldSteps',
} as const satisfies Record<string, MessageKey>;

export type LabelledField = keyof typeof FIELD_LABEL_KEY;

export function isLabelledField(name: string): name is LabelledField {
  return Object.hasOwn(FIELD_LABEL_KEY, name);
}

/** "Application deadline" / "Date limite de candidature"; a name the table lacks stays as stored. */
export function fieldLabel(field: string, t: Translate): string {
  return isLabelledField(field) ? t(FIELD_LABEL_KEY[field]) : field;
}

/** Several fields named in a line: "Application deadline, Salary". */
export function fieldLabels(fields: readonly string[], t: Translate): string {
  return fields.map((field) => fieldLabel(field, t)).join(', ');
}

/** How the UI names each status ("Applied" / "Candidature envoyée"): the popup, the chips and the CSV report. */
export const STATUS_LABEL_KEY: Record<Status, MessageKey> = {
  interested: 'dlStatusInterested',
  drafting: 'dlStatusDrafting',
  submitted: 'stgSubmitted',
  'video-interview': 'stgVideoInterview',
  'written-test': 'stgWrittenTest',
  'panel-interview': 'stgPanelInterview',
  'reserve-list': 'stgReserveList',
  'not-shortlisted': 'stgNotShortlisted',
  'not-selected': 'stgNotSelected',
  selected: 'stgSelected',
  'conditional-offer': 'stgConditionalOffer',
  'clearance-medical': 'stgClearanceMedical',
  'final-offer': 'stgFinalOffer',
  joined: 'stgJoined',
  withdrawn: 'dlStatusWithdrawn',
  'withdrawn-portal': 'stgWithdrawnPortal',
};
