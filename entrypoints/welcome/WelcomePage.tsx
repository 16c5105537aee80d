import { useI18n } from '../../components/i18n-context';
import { ReminderSettings } from '../../components/settings/ReminderSettings';
import type { Settings } from '../../utils/settings/settings';
import { jobSearchUrl, PROFILE_PAGE } from '../../utils/welcome/first-run';

export interface WelcomePageProps {
  settings: Settings;
  onSettingsChange: (patch: Partial<Settings>) => Promise<unknown>;
}

/**
 * Shown once, in a tab, when the extension is installed: what it does, where to start, and the
 * two choices worth making before the first notice (the profile, the reminders). Nothing here is
 * required; every choice can be changed later in Settings.
 */
export function WelcomePage({ settings, onSettingsChange }: WelcomePageProps) {
  const { t, locale } = useI18n();
  return (
    <main class="welcome">
      <h1>{t('welcomeTitle')}</h1>
      <p class="lead">{t('welcomeLead')}</p>
      <ul class="does">
        <li>{t('welcomeDoesCapture')}</li>
        <li>{t('welcomeDoesDeadlines')}</li>
        <li>{t('welcomeDoesCompare')}</li>
        <li>{t('welcomeDoesEssay')}</li>
      </ul>
      <section aria-labelledby="welcome-start">
        <h2 id="welcome-start">{t('welcomeStartTitle')}</h2>
        <ol>
          <li>
            <a class="primary" href={jobSearchUrl(locale)}>
              {t('welcomeOpenPortal')}
            </a>
          </li>
          <li>{t('welcomeStepOpen')}</li>
          <li>{t('welcomeStepToolbar')}</li>
        </ol>
      </section>
      <section aria-labelledby="welcome-profile">
        <h2 id="welcome-profile">{t('welcomeProfileTitle')}</h2>
        <p>{t('welcomeProfileText')}</p>
        <a href={PROFILE_PAGE}>{t('welcomeProfileLink')}</a>
      </section>
      <section aria-labelledby="welcome-reminders">
        <h2 id="welcome-reminders">{t('welcomeRemindersTitle')}</h2>
        <p>{t('welcomeRemindersText')}</p>
        <ReminderSettings reminders={settings.reminders} onChange={(reminders) => onSettingsChange({ reminders })} />
      </section>
      <p class="privacy">{t('welcomePrivacy')}</p>
    </main>
  );
}
