/** Small counts as notices write them: digits, English and French words ("six years", "deux pages"). */

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, twentyfive: 25, thirty: 30,
  un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, trente: 30,
};

/**
 * Regex source for a count: digits or a number word, optionally followed by the digits in
 * parentheses ("ten (10)"). Wrap it in a capturing group where it is used.
 */
export const COUNT_SOURCE =
  '(?:\\d{1,2}|twenty[- ]five|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty' +
  '|one|two|three|four|five|six|seven|eight|nine|ten|une|un|deux|trois|quatre|cinq|sept|huit|neuf|dix' +
  '|onze|douze|treize|quatorze|quinze|seize|vingt|trente)(?:\\s*\\(\\d{1,2}\\))?';

const TRAILING_DIGITS = /\s*\(\d{1,2}\)$/;

/** Reads a count matched by COUNT_SOURCE; null when it is not one. */
export function parseCount(text: string): number | null {
  const word = text.trim().toLowerCase().replace(TRAILING_DIGITS, '').replace(/[- ]/g, '');
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return NUMBER_WORDS[word] ?? null;
}
