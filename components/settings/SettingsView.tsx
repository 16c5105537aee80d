import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../i18n-context';
import { errorReason } from '../../utils/failure';
import { wordReason } from '../../utils/reasons/word-reason';
import type { PopupStore } from '../../utils/popup-client/popup-store';
import type { Settings } from '../../utils/settings/settings';
import { ReminderSettings } from './ReminderSettings';
import { OwnPositionForm } from './OwnPositionForm';
import { ProfileForm } from './ProfileForm';
import { BackupSection } from './BackupSection';
import { NoNewsSetting } from '../stages/NoNewsSetting';
import './settings.css';

export interface SettingsViewProps {
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => Promise<Settings>;
  store: PopupStore;
  /** Opened from "Fill in my profile": the profile is scrolled to and its first field focused. */
  toProfile?: boolean;
}

export function SettingsView({ settings, onSettingsChange, store, toProfile = false }: SettingsViewProps) {
  const { t, locale } = useI18n();
  const profileRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!toProfile) return;
    profileRef.current?.scrollIntoView?.({ block: 'start' });
    profileRef.current?.querySelector<HTMLElement>('select, input')?.focus();
  }, [toProfile]);
  const [failure, setFailure] = useState<string | null>(null);
  // A change the background refused or never answered is said, not swallowed; the controls
  // follow `settings`, which only a saved change moves.
  const save = (patch: Partial<Settings>) =>
    onSettingsChange(patch).then(
      () => setFailure(null),
      (error: unknown) => setFailure(t('setSaveFailed', { reason: wordReason(errorReason(error), t, locale) })),
    );
  return (
    <section class="settings" aria-labelledby="settings-title">
      <h2 id="settings-title">{t('tabSettings')}</h2>
      <p role="alert" class="error">{failure ?? ''}</p>
      <fieldset class="settings-group">
        <legend>{t('setLanguage')}</legend>
        <label>
          <span class="visually-hidden">{t('setLanguage')}</span>
          <select
            value={settings.locale}
            onChange={(event) => void save({ locale: event.currentTarget.value as Settings['locale'] })}
          >
            <option value="auto">{t('setLanguageAuto')}</option>
            <option value="en">English</option>
            <option value="fr">Français</option>
          </select>
        </label>
      </fieldset>
      <ReminderSettings reminders={settings.reminders} onChange={(reminders) => save({ reminders })} />
      <fieldset class="settings-group">
        <legend>{t('setChangeAlerts')}</legend>
        <label class="inline">
          <input
            type="checkbox"
            checked={settings.changeAlerts}
            onChange={(event) => void save({ changeAlerts: event.currentTarget.checked })}
          />
          {t('setChangeAlertsEnabled')}
        </label>
      </fieldset>
      <NoNewsSetting days={settings.noNewsDays} onChange={save} />
      <div ref={profileRef}>
        <ProfileForm profile={settings.profile} ownGrade={settings.ownPosition?.grade ?? null} onSettingsChange={onSettingsChange} />
      </div>
      <fieldset class="settings-group">
        <legend>{t('setOwnPosition')}</legend>
        <OwnPositionForm ownPosition={settings.ownPosition} onSettingsChange={onSettingsChange} saveAsYouGo />
      </fieldset>
      <BackupSection store={store} settings={settings} onSettingsChange={onSettingsChange} />
      <p class="muted privacy">{t('setPrivacy')}</p>
    </section>
  );
}
