// zod/mini, like the record that carries it (vacancy-record.ts).
import * as z from 'zod/mini';
import { REFERENCE_PATTERN } from './reference';

/** The notice's words, as printed (shown as text only), cut to a readable length. */
const Quote = z.string().check(z.minLength(1), z.maxLength(400));

/** Another vacancy a notice names for those who applied to it ("vacancy 170422 (Reserve List …)"). */
export const NamedVacancySchema = z.object({
  reference: z.string().check(z.regex(REFERENCE_PATTERN)),
  quote: Quote,
});

/**
 * What a notice says about other postings of the same post and about who hears back, read by
 * utils/parse/related-vacancies.ts. Absent on records read before it was.
 */
export const NoticeRelationsSchema = z.object({
  /** The vacancies it names for candidates who already applied to them; [] when none. */
  named: z.array(NamedVacancySchema).check(z.maxLength(10)),
  /** The title's or a sentence's words marking a re-advertisement; null when none. */
  readvertisement: z.nullable(Quote),
  /** Its sentence saying only shortlisted candidates are contacted; null when none. */
  shortlistedOnly: z.nullable(Quote),
});
export type NoticeRelations = z.infer<typeof NoticeRelationsSchema>;
