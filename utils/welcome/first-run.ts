import { PORTAL_ORIGIN } from '../portal/urls';
import type { Locale } from '../i18n-core';

/**
 * The first run: a newly installed extension opens its welcome page once, in a tab (an update or
 * a browser update never does). What the page offers — the portal's job search, the profile for
 * "Can I apply?", the reminder ladder — is what a candidate needs before the first notice.
 */
export const WELCOME_PAGE = '/welcome.html';

/** `runtime.onInstalled`'s details: only a fresh install is welcomed. */
export function isFirstInstall(details: { reason: string; temporary?: boolean }): boolean {
  return details.reason === 'install';
}

/** The portal's public job search (career section 2, the one every candidate can see), in the reader's language. */
export function jobSearchUrl(locale: Locale): string {
  return `${PORTAL_ORIGIN}/careersection/2/jobsearch.ftl?lang=${locale}`;
}

/** The popup's settings, where "My profile" is, opened as a page. */
export const PROFILE_PAGE = '/popup.html?tab#/settings';
