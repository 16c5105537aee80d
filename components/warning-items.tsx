import type { Warning } from '../utils/parse/warning-templates';
import { englishWarning } from '../utils/parse/warning-templates';
import { localiseWarning } from '../utils/parse/warning-text';
import { useI18n } from './i18n-context';

/**
 * The list items of a record's warnings, in the UI's language. The English sentence stays on
 * hover (title): it is what the CLI prints, so a user reporting a problem can quote it. A warning
 * this version cannot word is shown in English, marked so for screen readers.
 */
export function WarningItems({ warnings }: { warnings: readonly Warning[] }) {
  const { t, locale } = useI18n();
  return (
    <>
      {warnings.map((warning, index) => {
        const english = englishWarning(warning);
        const shown = localiseWarning(warning, t);
        return (
          <li key={`${index}:${warning.id}`} title={shown === english ? undefined : english} lang={shown === english && locale !== 'en' ? 'en' : undefined}>
            {shown}
          </li>
        );
      })}
    </>
  );
}
