import type { Locale, MessageKey, Translate } from '../i18n-core';
import type { Warning, WarningField, WarningId } from './warning-templates';
import { localiseWarning, warningField } from './warning-text';
import { fieldLabel } from '../field-labels';

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

/** A warning in the reader's language, absent content worded as information about the notice. */
export function wordWarning(stored: Warning, t: Translate, locale: Locale): string {
  const key = warningKind(stored) === 'absent' ? ABSENT_KEY[stored.id] : undefined;
  if (key === undefined) return localiseWarning(stored, t);
  const label = fieldLabel(warningField(stored) ?? '', t);
  return t(key, { field: label, fieldLower: label.toLocaleLowerCase(locale) });
}
