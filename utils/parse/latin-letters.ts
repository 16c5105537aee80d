/**
 * Letter classes for patterns that scan a whole notice. Notices are English and French: Latin
 * letters, accents and ligatures. On text holding any character beyond Latin-1 ("€", "’", "œ")
 * V8 runs `\p{L}`-style classes (the `u` flag) many times slower than plain ranges, and a whole-text
 * scan is the parser's hot path; short per-line patterns keep `\p{…}`.
 */
export const LATIN_LETTER = 'A-Za-zÀ-ÖØ-öø-ÿŒœŸ';
export const LATIN_CAPITAL = 'A-ZÀ-ÖØ-ÞŒŸ';
