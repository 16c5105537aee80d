import type { Translate } from '../../utils/i18n-core';
import { gradeRangeText, type NormalisedGrade } from '../../utils/grades/normalise-grade';

/**
 * Words for the comparison's cells and the chart, shared so both say the same thing; years,
 * contracts and languages are worded by utils/record/wording.ts, as in the detail view.
 */

/** "G17–G20" on the ladder; otherwise a short word: Unclassified, Temporary, Grade not stated. */
export function shortGradeText(grade: NormalisedGrade, t: Translate): string {
  if (grade.kind === 'graded') return gradeRangeText(grade) ?? '';
  if (grade.kind === 'unclassified') return t('cmpUnclassifiedShort');
  if (grade.kind === 'temporary') return t('cmpTemporaryShort');
  return t('cmpGradeUnknown');
}
