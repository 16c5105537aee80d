import { describe, expect, it } from 'vitest';
import { isFirstInstall, jobSearchUrl } from './first-run';
import { isPortalPage } from '../portal/urls';

describe('isFirstInstall', () => {
  it.each([
    [{ reason: 'install' }, true],
    [{ reason: 'install', temporary: true }, true],
    [{ reason: 'update' }, false],
    [{ reason: 'browser_update' }, false],
    [{ reason: 'chrome_update' }, false],
    [{ reason: 'shared_module_update' }, false],
  ])('%j → %s', (details, expected) => {
    expect(isFirstInstall(details)).toBe(expected);
  });
});

describe('jobSearchUrl', () => {
  it.each([
    ['en', 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en'],
    ['fr', 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=fr'],
  ] as const)('%s', (locale, expected) => {
    expect(jobSearchUrl(locale)).toBe(expected);
    // The results page the extension marks up: the link leads where the chips appear.
    expect(isPortalPage('results', new URL(jobSearchUrl(locale)))).toBe(true);
  });
});
