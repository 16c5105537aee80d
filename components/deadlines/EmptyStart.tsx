import { useI18n } from '../i18n-context';
import { jobSearchUrl } from '../../utils/welcome/first-run';

/**
 * The list before any vacancy is followed: how to start, not an empty box. The portal opens in
 * a new tab (the popup would otherwise navigate away from itself); the profile is a view here.
 */
export function EmptyStart() {
  const { t, locale } = useI18n();
  return (
    <div class="empty">
      <p>{t('emptyTracker')}</p>
      <ul>
        <li>
          <a href={jobSearchUrl(locale)} target="_blank" rel="noreferrer">
            {t('welcomeOpenPortal')}
          </a>
        </li>
        <li>
          <a href="#/settings/profile">{t('welcomeProfileLink')}</a>
        </li>
      </ul>
    </div>
  );
}
