import { shownTitle } from '../utils/record/shown-title';
import type { ParsedVacancy } from '../utils/record/vacancy-record';
import { useI18n } from './i18n-context';

type Titled = { title: string } & Partial<Pick<ParsedVacancy, 'titleFr' | 'languages'>>;

/** A vacancy's title in the view's language when the notice has it (utils/record/shown-title.ts), marked with its own language otherwise. */
export function RecordTitle({ record, class: className }: { record: Titled; class?: string }) {
  const { locale } = useI18n();
  const { text, lang } = shownTitle(record, locale);
  return <span class={className} lang={lang === locale ? undefined : lang}>{text}</span>;
}
