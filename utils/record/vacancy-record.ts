// zod/mini: these schemas reach the popup's first render and mini tree-shakes; classic zod
// code composes them as it does its own (both share zod's core).
import * as z from 'zod/mini';
import { PARSED_FIELD_NAMES } from './parsed-fields';
import { REFERENCE_PATTERN } from './reference';
import { RequirementsSchema } from './requirements';
import { PreparationSchema } from './preparation-schema';
import { NoticeRelationsSchema } from './notice-relations';

/**
 * The vacancy record: what a notice says, as parsed. Field names and rules follow
 * utils/record/README.md. A field the notice does not state is null or [] and a
 * warning says so; nothing is invented.
 */

const text = () => z.string().check(z.minLength(1));

/** NATO grade on the single G1–G24 spine. */
export const GradeCodeSchema = z.string().check(z.regex(/^G([1-9]|1\d|2[0-4])$/));
export type GradeCode = z.infer<typeof GradeCodeSchema>;

/** NATO language levels for English/French: I Beginner … VI Proficiency. */
export const LanguageLevelSchema = z.enum(['I', 'II', 'III', 'IV', 'V', 'VI']);
export type LanguageLevel = z.infer<typeof LanguageLevelSchema>;

/** A calendar date: z.iso.date() checks the month and day too, so 2025-13-45 is refused. */
export const IsoDateSchema = z.iso.date();
export const IsoInstantSchema = z.iso.datetime();

export const SalarySchema = z.object({
  amount: z.number().check(z.nonnegative()),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
  period: z.enum(['month', 'year']),
});
export type Salary = z.infer<typeof SalarySchema>;

export const GradeSchema = z.object({
  /** As printed, e.g. "NATO Grade G17-G20", "A.2 / NATO Grade G15", "Unclassified". */
  label: text(),
  /** The G codes in order; [] for Unclassified / TEMP. */
  grades: z.array(GradeCodeSchema),
});
export type Grade = z.infer<typeof GradeSchema>;

export const LanguageRequirementSchema = z.object({
  primary: LanguageLevelSchema,
  secondary: z.nullable(LanguageLevelSchema),
});

export const PostSchema = z.object({
  title: text(),
  grade: z.optional(z.string()),
  code: z.optional(z.string()),
});

export const EssaySchema = z.object({
  required: z.literal(true),
  format: text(),
  maxPages: z.nullable(z.int().check(z.positive())),
  titleMustInclude: z.array(text()),
  dueDate: z.nullable(IsoDateSchema),
});
export type EssayRules = z.infer<typeof EssaySchema>;

/** Local dates from the first day of the first announced selection step to the last day of the last. */
export const SelectionWindowSchema = z.object({ from: IsoDateSchema, to: IsoDateSchema });
export type SelectionWindow = z.infer<typeof SelectionWindowSchema>;

const years = () => z.nullable(z.number().check(z.positive()));

/** A warning as stored: its template and the values it carries, worded only when shown. */
export const WarningSchema = z.object({
  id: z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)),
  values: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const ContractSchema = z.object({
  initialYears: years(),
  renewableYears: years(),
  maxYears: years(),
});

/** A vacancy reference, the record's key: `251836`, or an agency's own code (reference.ts). */
export const ReferenceSchema = z.string().check(z.regex(REFERENCE_PATTERN));

export const ParsedVacancySchema = z.object({
  /** Null when the notice prints none: the page address or the user gives it before saving. */
  reference: z.nullable(ReferenceSchema),
  /** Null when the notice prints none (a job board's copy); the user gives it before saving. */
  title: z.nullable(text()),
  titleFr: z.nullable(text()),
  languages: z.array(z.enum(['en', 'fr'])),
  location: z.nullable(text()),
  organisation: z.nullable(text()),
  schedule: z.nullable(text()),
  deadline: z.nullable(IsoDateSchema),
  closesAt: z.nullable(IsoInstantSchema),
  salary: z.nullable(SalarySchema),
  grade: z.nullable(GradeSchema),
  clearance: z.nullable(text()),
  languageRequirement: z.nullable(LanguageRequirementSchema),
  /** STANAG 6001 profile as written by commands and agencies, e.g. "3322". */
  languageProfile: z.nullable(z.string().check(z.regex(/^\d{4}$/))),
  minExperienceYears: z.nullable(z.number().check(z.nonnegative())),
  positions: z.int().check(z.positive()),
  posts: z.array(PostSchema),
  essay: z.nullable(EssaySchema),
  keyChallenges: z.array(text()),
  assessments: z.array(text()),
  /** Null when none is announced; absent on records read before the window was. */
  selectionWindow: z.optional(z.nullable(SelectionWindowSchema)),
  contract: z.nullable(ContractSchema),
  competencies: z.array(text()),
  /** Absent when never read: a results row, or a record saved before requirements were read. */
  requirements: z.optional(RequirementsSchema),
  /** The documents the notice asks for and its rules on the application (utils/prepare/); absent when never read. */
  preparation: z.optional(PreparationSchema),
  /** Other postings it names, a re-advertisement mark, who hears back (notice-relations.ts); absent when never read. */
  relations: z.optional(NoticeRelationsSchema),
  sourceUrl: z.nullable(z.url()),
  /** What the parser could not find or had to guess, as data (utils/parse/warning-templates.ts). */
  warnings: z.array(WarningSchema),
});
export type ParsedVacancy = z.infer<typeof ParsedVacancySchema>;

/** A record that can be saved: the reference (its key) and the title are known. */
export const KeyedVacancySchema = z.extend(ParsedVacancySchema, { reference: ReferenceSchema, title: text() });
export type KeyedVacancy = z.infer<typeof KeyedVacancySchema>;

/** Every parsed field name: what a re-capture may update and what history tracks. */
export const PARSED_FIELDS: readonly (keyof ParsedVacancy)[] = PARSED_FIELD_NAMES;

// The plain list and the schema must name the same fields (checked by the compiler both ways).
type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const parsedFieldNamesMatch: SameKeys<(typeof PARSED_FIELD_NAMES)[number], keyof ParsedVacancy> = true;
void parsedFieldNamesMatch;
