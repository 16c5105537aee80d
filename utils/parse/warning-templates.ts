/**
 * Every warning a capture can record, as one English template each. The parser, the detail-page
 * capture and the results-row merge build their warnings from here, and the upgrade recognises
 * warnings stored as sentences by the same templates (utils/parse/warning-text.ts): the two
 * cannot drift apart.
 *
 * A record stores a warning as data, `{ id, values }` (see `Warning`), worded from the catalogue
 * when shown (utils/parse/warning-reason.ts), in English too. The English template is kept for
 * what stored warnings were before schema version 2, which turned them into data by matching them
 * back to these templates (utils/parse/warning-text.ts).
 *
 * `{name}` marks a value carried over from the notice; `{field}` is always one of WARNING_FIELDS.
 * Templates that start with "field: " name the record field they are about.
 */

/** The record fields (and parts of fields) a warning can name, as the English text spells them. */
export const WARNING_FIELDS = [
  'reference',
  'title',
  'titleFr',
  'location',
  'organisation',
  'schedule',
  'deadline',
  'closesAt',
  'salary',
  'grade',
  'clearance',
  'languageRequirement',
  'languageProfile',
  'minExperienceYears',
  'positions',
  'posts',
  'essay',
  'essay.format',
  'essay.maxPages',
  'essay.titleMustInclude',
  'essay.dueDate',
  'keyChallenges',
  'assessments',
  'contract',
  'contract.initialYears',
  'contract.renewableYears',
  'contract.maxYears',
  'competencies',
  'sourceUrl',
] as const;
export type WarningField = (typeof WARNING_FIELDS)[number];

export const WARNING_TEMPLATES = {
  // Which halves of a bilingual notice were found (utils/parse/read-notice.ts).
  noEnglishHalf: 'title: no English half; title and header read from the French half',
  noEnglishTitle: 'title: no English title line; the French title is used',
  noFrenchHalf: 'titleFr: no French half',
  noFrenchTitle: 'titleFr: the French half has no title line',
  referenceNotStated: 'reference: not printed in the notice; the page address or the user gives it',
  // Header facts (utils/parse/header-fields.ts).
  notStated: '{field}: not stated',
  frenchHeader: '{field}: read from the French header',
  // Shown date-times (utils/parse/shown-close.ts). The two "read as UTC" ones are retired.
  zoneUnknown: 'closesAt: the page time zone is unknown; the shown time {time} was read as UTC',
  zoneUnrecognised: 'closesAt: unknown page time zone "{zone}"; the shown time {time} was read as UTC',
  zoneSnapped: 'closesAt: the time shown ({time}) is not 23:59 in Brussels in the page time zone "{zone}"; it was taken as the 23:59 Brussels close of {date}',
  zoneUnknownSnapped: 'closesAt: the page time zone is unknown; the time shown ({time}) was taken as the 23:59 Brussels close of {date}',
  zoneUnknownEarliest: 'closesAt: the page time zone is unknown and the time shown ({time}) is no 23:59 Brussels close; the earliest moment it can be was used',
  zoneStatedInNotice: 'closesAt: the notice states its closing time as {time} {zone}; it was read in that zone, not as the usual 23:59 Brussels close',
  deadlinesDiffer: 'deadline: the English ({en}) and French ({fr}) headers differ; the English one is used',
  deadlineUnreadable: 'deadline: unreadable date "{value}"',
  deadlineOngoing: 'deadline: "{value}": open until filled, no closing date',
  organisationFromBody: 'organisation: not in a header; read from the notice text',
  titleCut: 'title: the title line is {length} characters long; only its first {kept} were kept',
  // Salary and grade values (utils/parse/salary.ts, utils/parse/grades.ts).
  salaryNoAmount: 'salary: no amount in "{value}"',
  salaryBadAmount: 'salary: unreadable amount "{amount}"',
  salaryNoCurrency: 'salary: no currency in "{value}"',
  salaryNoPeriod: 'salary: no pay period (monthly/yearly) in "{value}"',
  salaryRange: 'salary: "{value}" is a range, not one amount',
  gradeEmpty: 'grade: empty grade',
  gradeUnknown: 'grade: unknown grade "{token}" in "{label}"',
  gradeNoCode: 'grade: no NATO grade code in "{label}"',
  // Body facts (utils/parse/body-fields.ts, utils/parse/essay.ts).
  languageNotStated: 'languageRequirement: not stated (neither NATO levels I-VI nor a STANAG 6001 profile)',
  experienceNotStated: 'minExperienceYears: no "at least N years" in the essential qualifications',
  positionsMismatch: 'positions: the notice says {stated} but lists {listed} posts',
  essayNoPageLimit: 'essay.maxPages: no page limit stated',
  essayNoNamingRule: 'essay.titleMustInclude: no naming rule stated',
  essayNoDueDate: 'essay.dueDate: neither an essay date nor a deadline is stated',
  noneListed: '{field}: none listed',
  noAssessments: 'assessments: no selection steps announced',
  sourceUrlNotUrl: 'sourceUrl: "{value}" is not a URL and was left out',
  // The detail-page capture (utils/capture/detail-capture.ts).
  referenceMismatch: "reference: the page address says {address} but the notice says {notice}; the notice's was kept",
  noticeUnreadable: 'The notice text could not be read ({reason}); only the header fields were saved.',
  pageTextCut: 'The page is very long: only its first {size} characters were read.',
  // A record made from a results-page row (utils/db-writer/merge.ts).
  rowOnly: 'Only the results-page row was read: open the vacancy to capture the full notice.',
  // A stored English sentence no template matched, kept as it is (written by hand, or by a version before warnings were data).
  unrecognised: '{text}',
} as const;

export type WarningId = keyof typeof WARNING_TEMPLATES;

/** Templates older versions wrote and stored records still carry: recognised, no longer written. */
export const RETIRED_WARNINGS: readonly WarningId[] = ['zoneUnknown', 'zoneUnrecognised'];

/** The `{name}` placeholders of a template, as a union of names (never when there are none). */
type Placeholders<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

/** The values a warning's template needs: `field` must be a known field, the rest any text. */
export type WarningValues<Id extends WarningId> = {
  [Name in Placeholders<(typeof WARNING_TEMPLATES)[Id]>]: Name extends 'field' ? WarningField : string | number;
};

/** No argument for a template without placeholders, else its values. */
type ValuesArgument<Id extends WarningId> = [Placeholders<(typeof WARNING_TEMPLATES)[Id]>] extends [never] ? [] : [WarningValues<Id>];

/**
 * A warning as stored: which template, with what values. Worded in the reader's language only
 * when shown (utils/parse/warning-reason.ts). `id` is a string, not only a WarningId: a record
 * written by a later version keeps a warning this version cannot word (it is shown in English).
 */
export interface Warning {
  id: string;
  values: Readonly<Record<string, string | number>>;
}

/** The stored form of a warning built from its template. */
export function warning<Id extends WarningId>(id: Id, ...values: ValuesArgument<Id>): Warning {
  return { id, values: { ...(values[0] ?? {}) } };
}
