import type { MessageKey } from '../i18n-core';
import type { Reason, ReasonValue } from '../reasons/reason';
import type { Warning, WarningField, WarningId } from './warning-templates';
import { warningField } from './warning-text';
import { warningReason } from './warning-reason';
import { isLabelledField, FIELD_LABEL_KEY } from '../field-labels';

/**
 * What a capture warning means to a candidate, so the UI counts as a problem only what the
 * capture failed to read:
 * - `problem`: something the candidate relies on that the capture could not read or had to
 *   guess (the deadline, grade, salary, title, the essay rules of a notice that asks for an
 *   essay, a time zone it had to assume, a page cut short);
 * - `absent`: optional content the notice simply does not contain (no key challenges listed, no
 *   French half): quiet information, not a failure;
 * - `internal`: a note on how a value was read ("read from the French header"): true, useful to
 *   the CLI and a bug report, of no use to a person, so never shown in the UI.
 */
export type WarningKind = 'problem' | 'absent' | 'internal';

const INTERNAL: ReadonlySet<WarningId | string> = new Set<WarningId>(['frenchHeader', 'organisationFromBody', 'noEnglishTitle', 'sourceUrlNotUrl']);

const ABSENT: ReadonlySet<WarningId | string> = new Set<WarningId>([
  'noEnglishHalf',
  'noFrenchHalf',
  'noFrenchTitle',
  'noneListed',
  'noAssessments',
  'languageNotStated',
  'experienceNotStated',
  'deadlineOngoing',
  'zoneStatedInNotice',
  'referenceNotStated',
]);

/** A field a notice needs to be read at all: its absence is the capture's problem, not the notice's choice. */
const ESSENTIAL: ReadonlySet<string> = new Set<WarningField>(['reference', 'title', 'deadline', 'closesAt', 'salary', 'grade']);

export function warningKind(stored: Warning): WarningKind {
  if (INTERNAL.has(stored.id)) return 'internal';
  if (ABSENT.has(stored.id)) return 'absent';
  if (stored.id === 'notStated') {
    const field = warningField(stored) ?? '';
    // Essay rules are only looked for when the notice asks for an essay: then they matter.
    return ESSENTIAL.has(field) || field.startsWith('essay') ? 'problem' : 'absent';
  }
  return 'problem';
}

/** The warnings a person sees, as problems and quiet information, each in the stored order. */
export function warningsForPeople(warnings: readonly Warning[]): { problems: Warning[]; absent: Warning[] } {
  return {
    problems: warnings.filter((w) => warningKind(w) === 'problem'),
    absent: warnings.filter((w) => warningKind(w) === 'absent'),
  };
}

/** Absent content in a candidate's words: "This notice lists no key challenges", not "keyChallenges: none listed". */
const ABSENT_KEY: Partial<Record<WarningId | string, MessageKey>> = {
  noneListed: 'infoNoneListed',
  notStated: 'infoNotStated',
  noAssessments: 'infoNoAssessments',
  noFrenchHalf: 'infoNoFrenchHalf',
  noFrenchTitle: 'infoNoFrenchTitle',
  noEnglishHalf: 'infoNoEnglishHalf',
  languageNotStated: 'infoLanguageNotStated',
  experienceNotStated: 'infoExperienceNotStated',
};

/** A field named inside a sentence: its label, or the name as stored when the UI has no label for it. */
function fieldName(field: string, lower: boolean): ReasonValue {
  if (!isLabelledField(field)) return lower ? field.toLowerCase() : field;
  return lower ? { kind: 'text', key: FIELD_LABEL_KEY[field], lower } : { kind: 'text', key: FIELD_LABEL_KEY[field] };
}

/** A warning as a person reads it: absent content as information about the notice, the rest as the warning itself. */
export function warningForPeople(stored: Warning): Reason {
  const key = warningKind(stored) === 'absent' ? ABSENT_KEY[stored.id] : undefined;
  if (key === undefined) return warningReason(stored);
  const field = warningField(stored) ?? '';
  return { key, values: { field: fieldName(field, false), fieldLower: fieldName(field, true) } };
}
