import { describe, expect, it } from 'vitest';
import { senderKind } from './sender';

const EXTENSION = { id: 'abcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnop/' };
const TAB = { id: 7 };

describe('senderKind', () => {
  it.each([
    ['the popup', { id: EXTENSION.id, url: 'chrome-extension://abcdefghijklmnop/popup.html#/settings' }, 'extension-page'],
    ['the popup opened in a tab', { id: EXTENSION.id, url: 'chrome-extension://abcdefghijklmnop/popup.html?tab', tab: TAB }, 'extension-page'],
    ['Firefox\'s popup', { id: 'vc@x', url: 'moz-extension://1234-5678/popup.html' }, 'extension-page', { id: 'vc@x', baseUrl: 'moz-extension://1234-5678/' }],
    ['the detail-page script', { id: EXTENSION.id, url: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en', tab: TAB }, 'content-script'],
    ['the results-page script', { id: EXTENSION.id, url: 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en', tab: TAB }, 'content-script'],
    ['the upload-guard script', { id: EXTENSION.id, url: 'https://nato.taleo.net/careersection/2/jobapply.ftl?job=250875&lang=en', tab: TAB }, 'content-script'],
    ['another extension', { id: 'zzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzz/page.html' }, null],
    ['a look-alike host', { id: EXTENSION.id, url: 'https://nato.taleo.net.evil.example/careersection/2/jobdetail.ftl?job=1', tab: TAB }, null],
    ['another portal page', { id: EXTENSION.id, url: 'https://nato.taleo.net/careersection/2/login.ftl', tab: TAB }, null],
    ['plain http', { id: EXTENSION.id, url: 'http://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836', tab: TAB }, null],
    ['a portal page outside a tab', { id: EXTENSION.id, url: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836' }, null],
    ['no URL', { id: EXTENSION.id, tab: TAB }, null],
    ['an unreadable URL', { id: EXTENSION.id, url: '::', tab: TAB }, null],
  ] as const)('%s', (_name, sender, expected, extension?: { id: string; baseUrl: string }) => {
    expect(senderKind(sender, extension ?? EXTENSION)).toBe(expected);
  });
});
