/**
 * Letter classes for patterns that scan a whole notice. Notices are English and French: Latin
 * letters, accents and ligatures. On text holding any character beyond Latin-1 ("€", "’", "œ")
 * V8 runs `\p{L}`-style classes (the `u` flag) many times slower than plain ranges, and a whole-text
 * scan is the parser's hot path; short per-line patterns keep `\p{…}`.
 */
export const LATIN_LETTER = 'A-Za-zÀ-ÖØ-öø-ÿŒœŸ';
export const LATIN_CAPITAL = 'A-ZÀ-ÖØ-ÞŒŸ';

/**
 * `\b` for patterns with both the `i` and `u` flags, where V8 runs `\b` some ten times slower
 * (its word characters then include ſ and the Kelvin sign, so it cannot use its fast check).
 * The same test written out: no word character before a word's start, none after its end.
 */
const WORD_CHARACTER = String.raw`[\w\u017F\u212A]`;
export const WORD_START = `(?<!${WORD_CHARACTER})`;
export const WORD_END = `(?!${WORD_CHARACTER})`;
