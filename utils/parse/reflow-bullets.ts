import { BULLET_CLASS } from './notice-words';
import { LATIN_CAPITAL } from './latin-letters';

/**
 * Bullets in text that lost its line breaks (see reflow.ts): where each item starts, and where a
 * list ends, since the paragraph after a list now runs on in its last item.
 */

/** A dash after a space, before spaces and a word: found from the dash, which is rare, not from every space. */
const DASH_BULLET = /[-–—*](?<= [-–—*])(?= +[^\d\s])/g;
const GLYPH_BULLET = new RegExp(BULLET_CLASS, 'g');
const BULLET_LINE = new RegExp(`^(?:[-–—*] |${BULLET_CLASS})`);
/** An item ends with punctuation ("standing; - possess"); a dash after a word is prose ("Section - Post"). */
const ITEM_END = /[;:.!?]["')\]»*_]*$/;
const URL_START = /^[(<]?(?:https?:\/\/|www\.)/i;
/** A listed post ends with its grade in brackets ("… Officer (Air) (G20) - Capability …"). */
const GRADE_IN_BRACKETS = /^\((?:G-?\d{1,2}|[ABCL][.-]?\d)(?:[-/]G?-?\d{1,2})?\)$/;
const INTRO_END = /:[*_]*$/;
const WORD_EDGES = /^[*_("'«[]+|[*_)"'»\]]+$/g;
/** A sentence end followed by the next sentence's capital, markup and quotes allowed between. */
// A whole-text scan: Latin capitals, not \p{Lu} (latin-letters.ts).
export const SENTENCE_END = new RegExp(`[.!?]["')\\]»]*(?:\\*\\*|__)? +(?=["'«(]?(?:\\*\\*|__)?[${LATIN_CAPITAL}])`, 'g');

/**
 * Where bullets start: a dash after the end of an item (or after a URL: "….pdf - Head, …"), and
 * any bullet glyph.
 */
export function bulletStarts(text: string): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(DASH_BULLET)) {
    // The spaces before the dash, and the word before them.
    let spaces = m.index;
    while (text.charCodeAt(spaces - 1) === 32) spaces -= 1;
    const word = text.slice(text.lastIndexOf(' ', spaces - 1) + 1, spaces);
    if (ITEM_END.test(word) || URL_START.test(word) || GRADE_IN_BRACKETS.test(word)) starts.push(m.index);
  }
  for (const m of text.matchAll(GLYPH_BULLET)) {
    // A middle dot is a bullet only standing alone ("a · b"), not inside a word ("l·l").
    if (m[0] !== '·' || (text[m.index - 1] === ' ' && text[m.index + 1] === ' ')) starts.push(m.index);
  }
  return starts;
}

/** The position after the first (or last) clear sentence end of `line`, or -1. */
function sentenceEnd(line: string, which: 'first' | 'last'): number {
  let found = -1;
  for (const m of line.matchAll(SENTENCE_END)) {
    // "e.g. The", "No. 5", "EU. The": not clearly a sentence end; keeping the item whole is safer.
    const word = line.slice(line.lastIndexOf(' ', m.index - 1) + 1, m.index);
    if (word.includes('.') || word.replace(WORD_EDGES, '').length <= 2) continue;
    found = m.index + m[0].length;
    if (which === 'first') break;
  }
  return found;
}

function isBullet(line: string | undefined): boolean {
  return BULLET_LINE.test((line ?? '').trim());
}

/**
 * Ends bullets where their list ends: a bullet ending in ":" carries the next list's introduction
 * (its last sentence); the last bullet of a list carries the paragraph after it (from its first
 * sentence end). A blank line keeps the split-off paragraph from being joined back.
 */
export function endBullets(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (!isBullet(line)) {
      out.push(line);
      continue;
    }
    let next = i + 1;
    while (next < lines.length && (lines[next] ?? '').trim() === '') next++;
    const intro = INTRO_END.test(line);
    const cut = intro ? sentenceEnd(line, 'last') : next >= lines.length || !isBullet(lines[next]) ? sentenceEnd(line, 'first') : -1;
    if (cut > 0) out.push(line.slice(0, cut).trimEnd(), '', line.slice(cut));
    else out.push(line);
  }
  return out;
}
