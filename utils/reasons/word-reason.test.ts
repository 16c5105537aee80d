import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../i18n';
import { reason as worded, type Reason, type ReasonValue as FindingValue } from './reason';
import { wordReason } from './word-reason';
import { wordIn as wordFinding } from '../../test/unit/word-in';

// Intl puts no-break spaces in French numbers and dates; the catalogues use plain ones.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('wordReason: a reason worded from its key and values, in the reader language', () => {
  it.each<[string, FindingValue, Locale, string]>([
    ['a string as it is', '250875', 'en', 'The essay is due by 250875.'],
    ['a number as it is', 3, 'fr', "L'essai doit être remis au plus tard le 3."],
    ['a date, in English', { kind: 'date', iso: '2025-06-18' }, 'en', 'The essay is due by 18 June 2025.'],
    ['a date, in French', { kind: 'date', iso: '2025-06-18' }, 'fr', "L'essai doit être remis au plus tard le 18 juin 2025."],
    // 21:59 UTC in June is 23:59 in Brussels (summer time, UTC+2).
    ['a Brussels date-time, in English', { kind: 'brusselsDateTime', instant: '2025-06-18T21:59:00.000Z' }, 'en', 'The essay is due by 18 June 2025 at 23:59.'],
    ['a Brussels date-time, in French', { kind: 'brusselsDateTime', instant: '2025-06-18T21:59:00.000Z' }, 'fr', "L'essai doit être remis au plus tard le 18 juin 2025 à 23:59."],
  ])('%s', (_name, date, locale, expected) => {
    expect(plain(wordFinding(worded('essayDueDateOpen', { date }), locale))).toBe(expected);
  });

  it.each<[number, Locale, string]>([
    [512, 'en', "Size 512 bytes: under the portal's usual 1 MB limit."],
    [512, 'fr', 'Taille 512 octets : sous la limite habituelle de 1 Mo du portail.'],
    [2048, 'en', "Size 2 KB: under the portal's usual 1 MB limit."],
    [2048, 'fr', 'Taille 2 Ko : sous la limite habituelle de 1 Mo du portail.'],
    [1.5 * 1024 * 1024, 'en', "Size 1.5 MB: under the portal's usual 1 MB limit."],
    [1.5 * 1024 * 1024, 'fr', 'Taille 1,5 Mo : sous la limite habituelle de 1 Mo du portail.'],
  ])('a file size of %i bytes in %s', (bytes, locale, expected) => {
    expect(plain(wordFinding(worded('essayFileSizeOk', { size: { kind: 'fileSize', bytes } }), locale))).toBe(expected);
  });

  it.each<[number, Locale, string]>([
    // 7 days exactly; then 2 h 30 min: days and hours above a day, hours and minutes below.
    [7 * 24 * 3_600_000, 'en', 'Applications close on 18 June 2025 (Brussels time), in 7 days 0 hours.'],
    [2.5 * 3_600_000, 'en', 'Applications close on 18 June 2025 (Brussels time), in 2 hours 30 minutes.'],
    [(8 * 24 + 13) * 3_600_000 + 59 * 60_000, 'fr', 'Les candidatures se clôturent le 18 juin 2025 (heure de Bruxelles), dans 8 jours 13 heures.'],
  ])('a remaining duration of %i ms in %s', (ms, locale, expected) => {
    const date = { kind: 'date', iso: '2025-06-18' } as const;
    expect(plain(wordFinding(worded('essayDeadlineOpen', { date, remaining: { kind: 'duration', ms } }), locale))).toBe(expected);
  });

  it('words a text without values as the catalogue has it', () => {
    expect(wordFinding(worded('essayContentDocxOk'), 'en')).toBe('The file opens as a valid Word document (.docx).');
    expect(wordFinding(worded('essayDeadlineUnknown'), 'fr')).toBe("L'heure de clôture de ce poste est inconnue : vérifiez l'avis.");
  });

  it('words a nested reason, a catalogue text and money in the same language', () => {
    const refused = worded('whyNoKey');
    expect(wordFinding(worded('notifyNotANotice', { reason: { kind: 'reason', reason: refused } }), 'en')).toBe(
      translator('en')('notifyNotANotice', { reason: translator('en')('whyNoKey') }),
    );
    expect(wordFinding(worded('infoNotStated', { field: { kind: 'text', key: 'fieldSalary' }, fieldLower: { kind: 'text', key: 'fieldSalary', lower: true } }), 'fr')).toBe(
      translator('fr')('infoNotStated', { field: translator('fr')('fieldSalary'), fieldLower: translator('fr')('fieldSalary').toLocaleLowerCase('fr') }),
    );
    expect(plain(wordFinding(worded('dlSalaryMonthly', { amount: { kind: 'money', cents: 925321, currency: 'EUR' } }), 'fr'))).toBe(
      plain(translator('fr')('dlSalaryMonthly', { amount: '9 253,21 €' })),
    );
  });
});
