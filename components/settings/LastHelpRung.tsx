import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import { LastHelpSchema, type Settings } from '../../utils/settings/settings';

type LastHelp = Settings['reminders']['lastHelp'];

export interface LastHelpRungProps {
  value: LastHelp;
  onChange: (lastHelp: LastHelp) => Promise<unknown>;
}

/**
 * The last-help rung's switch and its number of working days (utils/prepare/last-help.ts). The
 * number is saved as typed once it is valid; an invalid one is named and nothing is saved.
 */
export function LastHelpRung({ value, onChange }: LastHelpRungProps) {
  const { t } = useI18n();
  const [days, setDays] = useState(String(value.workingDays));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setDays(String(value.workingDays)), [value.workingDays]);

  const changeDays = (text: string) => {
    setDays(text);
    const next = LastHelpSchema.safeParse({ ...value, workingDays: Number(text.trim() === '' ? Number.NaN : text) });
    if (!next.success) {
      setError(t('setLastHelpInvalid'));
      return;
    }
    setError(null);
    if (next.data.workingDays !== value.workingDays) void onChange(next.data);
  };

  return (
    <div class="last-help">
      <label class="inline">
        <input type="checkbox" checked={value.enabled} onChange={(event) => void onChange({ ...value, enabled: event.currentTarget.checked })} />
        {t('setLastHelp')}
      </label>
      <div class="row">
        <label class="inline">
          <input
            type="number"
            min="1"
            max="15"
            inputMode="numeric"
            size={3}
            value={days}
            disabled={!value.enabled}
            aria-invalid={error !== null}
            onInput={(event) => changeDays(event.currentTarget.value)}
          />
          {t('setLastHelpDays')}
        </label>
      </div>
      <p class="hint">{t('setLastHelpHint')}</p>
      {error && <p role="alert" class="error">{error}</p>}
    </div>
  );
}
