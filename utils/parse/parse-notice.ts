import { ParsedVacancySchema } from '../record/vacancy-record';
import { notANotice, readNotice, type ParseOptions, type ParseResult } from './read-notice';
import { refusal } from './refusal';
import { preparationOf, sentenceCopies } from './notice-preparation';
import { relationsOf } from './related-vacancies';

export type { ParseOptions, ParseResult } from './read-notice';

/**
 * Reads a NATO vacancy notice (portal page text, plain text, PDF-extracted text or markdown,
 * English and/or French) into a record validated by the schema that is its type. Pure: no
 * storage, no browser APIs. What the notice does not state stays null or [] and a warning
 * names the field; nothing is invented.
 */
export function parseNotice(text: string, options: ParseOptions = {}): ParseResult {
  const result = readNotice(text, options);
  if (!result.ok) return result;
  // The schema is the type: a record that fails it is a parser bug, never something to hand out.
  // What the notice asks to attach and its rules on the application, read beside the parser (utils/prepare/).
  // Both read the notice's sentences, made once here.
  const sentences = sentenceCopies(text);
  const relations = relationsOf(sentences, result.record.title, result.record.reference);
  const checked = ParsedVacancySchema.safeParse({ ...result.record, preparation: preparationOf(sentences), relations });
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return notANotice(refusal('invalidRecord', { path: issue?.path.join('.') ?? '?', issue: issue?.message ?? 'unknown' }));
  }
  return { ok: true, record: checked.data, warnings: checked.data.warnings };
}
