import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../utils/settings/settings';
import { DEFAULT_NO_NEWS_DAYS } from '../../utils/stages/steps';
import { useI18n } from '../i18n-context';

export interface NoNewsSettingProps {
  days: number | undefined;
  onChange: (patch: Partial<Settings>) => Promise<unknown>;
}

const MIN_DAYS = 7;
const MAX_DAYS = 365;

/** How long after the close, when a notice announces no selection window, "no news" is said. */
export function NoNewsSetting({ days, onChange }: NoNewsSettingProps) {
  const { t } = useI18n();
  const [value, setValue] = useState(String(days ?? DEFAULT_NO_NEWS_DAYS));
  useEffect(() => setValue(String(days ?? DEFAULT_NO_NEWS_DAYS)), [days]);
  const valid = /^\d+$/.test(value) && Number(value) >= MIN_DAYS && Number(value) <= MAX_DAYS;
  return (
    <fieldset class="settings-group">
      <legend>{t('stgSetNoNews')}</legend>
      <label>
        <span>{t('stgSetNoNewsDays')}</span>{' '}
        <input
          type="number"
          min={MIN_DAYS}
          max={MAX_DAYS}
          value={value}
          aria-invalid={!valid}
          aria-describedby="stg-no-news-hint"
          onInput={(event) => setValue(event.currentTarget.value)}
          onChange={(event) => {
            const next = event.currentTarget.value;
            if (/^\d+$/.test(next) && Number(next) >= MIN_DAYS && Number(next) <= MAX_DAYS) void onChange({ noNewsDays: Number(next) });
          }}
        />
      </label>
      <p id="stg-no-news-hint" class="muted">{t('stgSetNoNewsHint')}</p>
      <p role="alert" class="error">{valid ? '' : t('stgSetNoNewsInvalid', { min: MIN_DAYS, max: MAX_DAYS })}</p>
    </fieldset>
  );
}
