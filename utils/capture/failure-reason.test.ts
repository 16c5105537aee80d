import { describe, expect, it } from 'vitest';
import { translator } from '../i18n';
import { failureReason } from './failure-reason';

describe('failureReason', () => {
  // The texts the background, the messaging client and the parser really send.
  it.each([
    ['Rejected message: ✖ Too big: expected string to have <=2000000 characters → at page.text', 'panelReasonRejected'],
    ['The browser refused to store more data (storage quota exceeded). Free some space or export and remove old vacancies.', 'panelReasonQuota'],
    ['The vacancy database is blocked by another open extension page; close other Vacancy Companion tabs and try again.', 'panelReasonBlocked'],
    ['The extension did not answer: Could not establish connection. Receiving end does not exist.', 'panelReasonNoAnswer'],
    ['The extension gave an unexpected answer.', 'panelReasonNoAnswer'],
    ['the text is empty', 'panelReasonUnreadable'],
  ] as const)('%s', (error, key) => {
    expect(failureReason(error)).toBe(key);
    for (const locale of ['en', 'fr'] as const) {
      const words = translator(locale)(failureReason(error));
      expect(words).not.toContain('Too big');
      expect(words).not.toBe(failureReason(error));
    }
  });
});
