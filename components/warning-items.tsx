import type { Warning } from '../utils/parse/warning-templates';
import { translator } from '../utils/i18n-core';
import { warningForPeople } from '../utils/parse/warning-kind';
import { warningReason } from '../utils/parse/warning-reason';
import { wordReason } from '../utils/reasons/word-reason';
import { useI18n } from './i18n-context';

/**
 * The list items of a record's warnings, in the UI's language (utils/parse/warning-kind.ts sorts
 * them into problems and quiet information). A problem keeps its English text on hover (title):
 * it is what the CLI prints, so a user reporting a problem can quote it. A warning this version
 * cannot word is shown in English, marked so for screen readers.
 */
export function WarningItems({ warnings, quiet = false }: { warnings: readonly Warning[]; quiet?: boolean }) {
  const { t, locale } = useI18n();
  return (
    <>
      {warnings.map((warning, index) => {
        const english = wordReason(warningReason(warning), translator('en'), 'en');
        const shown = wordReason(warningForPeople(warning), t, locale);
        return (
          <li key={`${index}:${warning.id}`} title={quiet || shown === english ? undefined : english} lang={shown === english && locale !== 'en' ? 'en' : undefined}>
            {shown}
          </li>
        );
      })}
    </>
  );
}
