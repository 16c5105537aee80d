import { z } from 'zod';

/**
 * The vacancy record: what a notice says, as parsed. Field names and rules follow
 * shared/design/vacancy-record.md. A field the notice does not state is null or [] and a
 * warning says so; nothing is invented.
 */

/** NATO grade on the single G1–G24 spine. */
export const GradeCodeSchema = z.string().regex(/^G([1-9]|1\d|2[0-4])$/);
export type GradeCode = z.infer<typeof GradeCodeSchema>;

/** NATO language levels for English/French: I Beginner … VI Proficiency. */
export const LanguageLevelSchema = z.enum(['I', 'II', 'III', 'IV', 'V', 'VI']);
export type LanguageLevel = z.infer<typeof LanguageLevelSchema>;

export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const IsoInstantSchema = z.iso.datetime();

export const SalarySchema = z.object({
  amount: z.number().nonnegative(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  period: z.enum(['month', 'year']),
});
export type Salary = z.infer<typeof SalarySchema>;

export const GradeSchema = z.object({
  /** As printed, e.g. "NATO Grade G17-G20", "A.2 / NATO Grade G15", "Unclassified". */
  label: z.string().min(1),
  /** The G codes in order; [] for Unclassified / TEMP. */
  grades: z.array(GradeCodeSchema),
});
export type Grade = z.infer<typeof GradeSchema>;

export const LanguageRequirementSchema = z.object({
  primary: LanguageLevelSchema,
  secondary: LanguageLevelSchema.nullable(),
});

export const PostSchema = z.object({
  title: z.string().min(1),
  grade: z.string().optional(),
  code: z.string().optional(),
});

export const EssaySchema = z.object({
  required: z.literal(true),
  format: z.string().min(1),
  maxPages: z.number().int().positive().nullable(),
  titleMustInclude: z.array(z.string().min(1)),
  dueDate: IsoDateSchema.nullable(),
});
export type EssayRules = z.infer<typeof EssaySchema>;

export const ContractSchema = z.object({
  initialYears: z.number().positive().nullable(),
  renewableYears: z.number().positive().nullable(),
  maxYears: z.number().positive().nullable(),
});

export const ParsedVacancySchema = z.object({
  reference: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._/-]{2,31}$/),
  title: z.string().min(1),
  titleFr: z.string().min(1).nullable(),
  languages: z.array(z.enum(['en', 'fr'])),
  location: z.string().min(1).nullable(),
  organisation: z.string().min(1).nullable(),
  schedule: z.string().min(1).nullable(),
  deadline: IsoDateSchema.nullable(),
  closesAt: IsoInstantSchema.nullable(),
  salary: SalarySchema.nullable(),
  grade: GradeSchema.nullable(),
  clearance: z.string().min(1).nullable(),
  languageRequirement: LanguageRequirementSchema.nullable(),
  /** STANAG 6001 profile as written by commands and agencies, e.g. "3322". */
  languageProfile: z.string().regex(/^\d{4}$/).nullable(),
  minExperienceYears: z.number().nonnegative().nullable(),
  positions: z.number().int().positive(),
  posts: z.array(PostSchema),
  essay: EssaySchema.nullable(),
  keyChallenges: z.array(z.string().min(1)),
  assessments: z.array(z.string().min(1)),
  contract: ContractSchema.nullable(),
  competencies: z.array(z.string().min(1)),
  sourceUrl: z.string().url().nullable(),
  warnings: z.array(z.string()),
});
export type ParsedVacancy = z.infer<typeof ParsedVacancySchema>;

/** Every parsed field name: what a re-capture may update and what history tracks. */
export const PARSED_FIELDS = Object.keys(ParsedVacancySchema.shape) as (keyof ParsedVacancy)[];
