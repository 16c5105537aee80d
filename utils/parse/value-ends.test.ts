import { describe, expect, it } from 'vitest';
import { parseNotice } from './parse-notice';

/**
 * Where a header value ends: the words a value holds are kept ("Applications and Integration",
 * "to NATO"), the sentence or the board's employer after it is not. Each notice is a few lines in
 * an agency's or a board's shape; the expected value is the text as printed.
 */
const notice = (lines: string[]) => ['NATO Communications and Information Agency (NCIA)', ...lines, 'Grade: NATO Grade A3', 'Closing Date: 15 March 2026'].join('\n');

describe('header values keep their own words', () => {
  it.each([
    [notice(['Vacancy Number: 260901', 'Job Title: Senior Engineer, Applications and Integration']), 'Senior Engineer, Applications and Integration'],
    [notice(['Vacancy Number: 260902', 'Job Title: Officer, The Candidates Network']), 'Officer, The Candidates Network'],
    [['Permanent Liaison Officer to NATO', 'NATO · Brussels, Belgium', 'Vacancy Number: 260903', 'Grade: G18', 'Closing Date: 15 March 2026'].join('\n'), 'Permanent Liaison Officer to NATO'],
    // The board's employer after a title, its line break lost: not part of the title.
    [['Legal Adviser', 'NATO · Brussels, Belgium', 'Vacancy Number: 260904', 'Grade: G18', 'Closing Date: 15 March 2026'].join(' '), 'Legal Adviser'],
  ])('%j → title %j', (text, title) => {
    const result = parseNotice(text);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.record.title).toBe(title);
  });

  it('a salary stated in a sentence, in any currency the salary reader knows', () => {
    const result = parseNotice(notice(['Vacancy Number: 260905', 'Job Title: Analyst', 'The post carries a basic monthly salary of ₺98.450,00, tax free.']));
    expect(result.ok && result.record.salary).toEqual({ amount: 98450, currency: 'TRY', period: 'month' });
  });

  it('a sentence after a value, once line breaks are lost, is not part of it', () => {
    const result = parseNotice('Joint Warfare Centre Title: Training Analyst Vacancy Number: JWC 2025/07 NATO Grade G16 Duty Station: Stavanger, Norway The closing date for applications is 28 January 2026.');
    expect(result.ok && result.record.location).toBe('Stavanger, Norway');
  });
});
