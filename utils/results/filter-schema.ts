import { z } from 'zod/mini';
import { GradeCodeSchema } from '../record/vacancy-record';
import type { ResultsFilter } from './row-filter';

/** The results filter as the background checks it (row-filter.ts is its zod-free side). */
const shownText = () => z.nullable(z.string().check(z.minLength(1), z.maxLength(200)));
export const ResultsFilterSchema = z.object({
  gradeFrom: z.nullable(GradeCodeSchema),
  gradeTo: z.nullable(GradeCodeSchema),
  organisation: shownText(),
  location: shownText(),
  hideTracked: z.boolean(),
});
// The schema and the plain type the content script uses must agree (checked both ways).
type Checked = z.infer<typeof ResultsFilterSchema>;
const agree: [Checked] extends [ResultsFilter] ? ([ResultsFilter] extends [Checked] ? true : false) : false = true;
void agree;

