import { parseNotice, type ParseOptions } from '../../utils/parse/parse-notice';
import { withKey } from '../../utils/record/keyed-vacancy';
import type { KeyedVacancy } from '../../utils/record/vacancy-record';
import { refusalLine } from './english-reason';

/**
 * A real notice parsed into a record that can be saved (its reference and title printed):
 * what tests of the store, merges and views start from. Throws for a notice that lacks them.
 */
export function keyedNotice(text: string, options?: ParseOptions): KeyedVacancy {
  const result = parseNotice(text, options);
  if (!result.ok) throw new Error(refusalLine(result.reason));
  const record = withKey(result.record);
  if (record === null) throw new Error('the notice prints no reference or no title');
  return record;
}
