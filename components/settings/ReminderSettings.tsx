import { useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import type { Settings } from '../../utils/settings/settings';
import { ReminderLadderSchema } from '../../utils/settings/settings';
import { LastHelpRung } from './LastHelpRung';

export interface ReminderSettingsProps {
  reminders: Settings['reminders'];
  onChange: (reminders: Settings['reminders']) => Promise<unknown>;
}

/** "7 days", "24 h": the ladder in the unit a person thinks in. */
export function ladderStepLabel(hours: number, t: ReturnType<typeof useI18n>['t']): string {
  return hours % 24 === 0 ? t('setDaysBefore', { n: hours / 24 }) : t('setHoursBefore', { n: hours });
}

export function ReminderSettings({ reminders, onChange }: ReminderSettingsProps) {
  const { t } = useI18n();
  const [amount, setAmount] = useState('');
  const [unit, setUnit] = useState<'hours' | 'days'>('days');
  const [error, setError] = useState<string | null>(null);

  const add = async () => {
    const value = Number(amount.replace(',', '.'));
    const hours = unit === 'days' ? value * 24 : value;
    const ladder = ReminderLadderSchema.safeParse([...reminders.hoursBefore, hours]);
    if (!Number.isInteger(hours) || hours <= 0 || !ladder.success) {
      setError(t('setLadderInvalid'));
      return;
    }
    setError(null);
    setAmount('');
    await onChange({ ...reminders, hoursBefore: ladder.data });
  };

  return (
    <fieldset class="settings-group">
      <legend>{t('setReminders')}</legend>
      <label class="inline">
        <input
          type="checkbox"
          checked={reminders.enabled}
          onChange={(event) => void onChange({ ...reminders, enabled: event.currentTarget.checked })}
        />
        {t('setRemindersEnabled')}
      </label>
      <ul class="ladder" aria-label={t('setLadder')}>
        {reminders.hoursBefore.map((hours) => (
          <li key={hours}>
            {ladderStepLabel(hours, t)}
            <button
              type="button"
              aria-label={t('setLadderRemove', { step: ladderStepLabel(hours, t) })}
              onClick={() => void onChange({ ...reminders, hoursBefore: reminders.hoursBefore.filter((h) => h !== hours) })}
            >
              ×
            </button>
          </li>
        ))}
        {reminders.lastHelp.enabled && (
          <li>
            {t('setLastHelpStep', { n: reminders.lastHelp.workingDays })}
            <button
              type="button"
              aria-label={t('setLastHelpRemove')}
              onClick={() => void onChange({ ...reminders, lastHelp: { ...reminders.lastHelp, enabled: false } })}
            >
              ×
            </button>
          </li>
        )}
      </ul>
      <div class="row">
        <label>
          <span class="visually-hidden">{t('setLadderAmount')}</span>
          <input
            type="number"
            min="1"
            inputMode="numeric"
            value={amount}
            onInput={(event) => setAmount(event.currentTarget.value)}
            onKeyDown={(event) => event.key === 'Enter' && void add()}
            placeholder="2"
            size={4}
          />
        </label>
        <label>
          <span class="visually-hidden">{t('setLadderUnit')}</span>
          <select value={unit} onChange={(event) => setUnit(event.currentTarget.value as 'hours' | 'days')}>
            <option value="days">{t('setUnitDays')}</option>
            <option value="hours">{t('setUnitHours')}</option>
          </select>
        </label>
        <button type="button" onClick={() => void add()}>
          {t('setLadderAdd')}
        </button>
      </div>
      {error && <p role="alert" class="error">{error}</p>}
      <LastHelpRung value={reminders.lastHelp} onChange={(lastHelp) => onChange({ ...reminders, lastHelp })} />
    </fieldset>
  );
}
