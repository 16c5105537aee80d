import { localiseWarning } from '../utils/parse/warning-text';
import { useI18n } from './i18n-context';

/**
 * The list items of a record's warnings, in the UI's language. The stored English sentence stays
 * on hover (title): it is what backups and the CLI show, so a user reporting a problem can quote
 * it. A warning no template matches is shown as stored, marked English for screen readers.
 */
export function WarningItems({ warnings }: { warnings: readonly string[] }) {
  const { t, locale } = useI18n();
  return (
    <>
      {warnings.map((warning, index) => {
        const shown = localiseWarning(warning, t);
        return (
          <li key={`${index}:${warning}`} title={shown === warning ? undefined : warning} lang={shown === warning && locale !== 'en' ? 'en' : undefined}>
            {shown}
          </li>
        );
      })}
    </>
  );
}
