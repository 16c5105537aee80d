import type { LabelHit } from './header';
import { flatLabelHits, labelBeforeColon } from './header';
import { BANNER_SOURCE, CLEARANCE_VALUE, PAGE_HEADING_SOURCE } from './notice-words';
import { bulletStarts, endBullets, SENTENCE_END } from './reflow-bullets';
import { anyOf, HEADER_LABELS, HEADING_WORDS } from './vocabulary';
import { LATIN_CAPITAL, LATIN_LETTER } from './latin-letters';

/**
 * Puts line breaks back into notice text that lost them: the browser's selection text
 * (`info.selectionText`) and PDF viewers' copies collapse every line break into a space, and the
 * parser reads a notice line by line (title line, header lines, headings, bullets). A break goes
 * only where a notice's structure is unmistakable: before and after the "VACANCY NOTIFICATION"
 * banner, around numbered ("2. QUALIFICATIONS AND EXPERIENCE") and known upper-case headings
 * ("DESIRABLE"), before markdown heading marks, before bullets, before each label of a header
 * block (labels are only cut where several of them follow each other, as a header has them), and
 * around the title line that ends with the reference just before a header (bullets: see
 * reflow-bullets.ts). Nothing is added but line breaks. Every step is a linear scan or looks at a
 * bounded stretch of text.
 */

/** Shorter text is left as it is: a single line that short is never a whole notice. */
const MIN_FLAT_LENGTH = 60;
/** Notices average under 100 characters a line; a text with far longer lines has lost its breaks. */
const FLAT_LINE_LENGTH = 400;

/** True when `text` has no or very few line breaks for its length. */
export function isFlat(text: string): boolean {
  if (text.length < MIN_FLAT_LENGTH) return false;
  const allowed = text.length / FLAT_LINE_LENGTH;
  let breaks = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) if (++breaks > allowed) return false;
  return true;
}

type Mark = '\n' | '\n\n';

// Only at a word start ("C#" is not a mark): checked by `isMarkdownMark`, cheaper than a lookbehind.
const MARKDOWN_MARK = /#{1,6}(?= )/g;
const BANNER = new RegExp(BANNER_SOURCE, 'g');
// Whole-text scans: Latin letter ranges, not \p{…} (latin-letters.ts).
// Its first digit first, then what is before it: the same matches as a lookbehind in front, but
// V8 then jumps from digit to digit instead of trying the lookbehind at every character.
const NUMBERED_HEADING = new RegExp(`\\d(?<![${LATIN_LETTER}\\d.,]\\d)\\d? ?\\. ?(?=[*_]{0,2}[${LATIN_CAPITAL}])`, 'g');
const HEADING_WORD = new RegExp(`(?<![${LATIN_LETTER}])${anyOf(HEADING_WORDS)}(?![${LATIN_LETTER}])`, 'g');
const URL = /(?:https?:\/\/|www\.)[^\s<>]{1,2000} */g;
const PAGE_HEADING = new RegExp(`${PAGE_HEADING_SOURCE} ?[-–—:]`, 'g');
const REFERENCE = /(?:(?<![\d+])[-–—] ?\d{6}|\( ?\d{6} ?\))(?!\d)/g;
const REFERENCE_AT_END = /(?:[-–—] ?\d{6}|\( ?\d{6} ?\))[\s*_#]*$/;
const REFERENCE_BEFORE_VALUE = /(?:[-–—] ?\d{6}|\( ?\d{6} ?\))(?= \p{Lu}[^\s]{1,40} ?$)/u;
const STRONG_LABEL = new RegExp(`^${anyOf(HEADER_LABELS.filter((l) => l.strong).map((l) => l.source))}`);
const GRADE_VALUE = /^[\s:]*(?:(?:[ABCL]\.?\d ?\/ ?)?NATO Grade G\d{1,2}(?: ?[-/] ?G\d{1,2})?|[ABCL]\.\d|Unclassified)(?![\p{L}\d])/u;
const UPPER = /\p{Lu}/u;
const GLUED_CAPITALS = /(?<=[\p{Ll}\d)])\p{Lu}{2,}$/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const STARTS_LOWER = /^\p{Ll}/u;
const WORD_EDGES = /^[*_("'«[]+|[*_)"'»\],.;:]+$/g;
const CONNECTORS = new Set(['&', '/', '-', '–', '—', '+']);
/** A label's value ("NATO International Staff (NATO IS)") is short; a longer gap ends the header. */
const MAX_VALUE_LENGTH = 160;
/** As long as the longest title line the title reader takes. */
const TITLE_REACH = 260;
const MAX_HEADING_WORDS = 14;
/** How far back a heading word ("… QUALIFICATIONS") looks for the start of its heading. */
const MAX_WORDS_BEFORE = 6;
const MAX_HEADING_LENGTH = 120;
const MAX_WORD_LENGTH = 40;
/** Two labels with their colons close together are a header ("Vacancy Number: … Closing Date: …"). */
const MIN_COLON_LABELS = 2;

/** Past the one space a label may have before its colon ("Grade :"). */
function pastLabel(text: string, end: number): number {
  return text[end] === ' ' ? end + 1 : end;
}

/** Where a break before `pos` goes: before markup that opens the line (`**`, `## `). */
function lineStart(text: string, pos: number): number {
  let p = pos;
  if (p >= 2 && (text.startsWith('**', p - 2) || text.startsWith('__', p - 2))) p -= 2;
  if (text[p - 1] === ' ' && text[p - 2] === '#') {
    let h = p - 2;
    while (h > 0 && text[h - 1] === '#' && p - h < 7) h--;
    if (h === 0 || text[h - 1] === ' ') p = h;
  }
  return p;
}

/** Past a label's or heading's closing markup and colon ("Description:**"). */
function pastClosing(text: string, pos: number): number {
  let p = pos;
  if (text.startsWith(' :', p)) p += 2;
  else if (text[p] === ':') p++;
  if (text.startsWith('**', p) || text.startsWith('__', p)) p += 2;
  return p;
}

/** The word starting at or after `from` on the same line (cut after MAX_WORD_LENGTH + 1 characters). */
function wordAt(text: string, from: number): { start: number; end: number } | null {
  let start = from;
  while (text[start] === ' ') start++;
  if (start >= text.length || text[start] === '\n') return null;
  let end = start;
  while (end < text.length && text[end] !== ' ' && text[end] !== '\n' && end - start <= MAX_WORD_LENGTH) end++;
  return { start, end };
}

/** An upper-case word of a heading: no lower-case letter, no digit ("PASP0016" is a code). */
function isUpperWord(word: string): boolean {
  const core = word.replace(WORD_EDGES, '');
  return UPPER.test(core) && !LOWER.test(core) && !DIGIT.test(core);
}

/**
 * The end of the run of upper-case words starting at `from` ("QUALIFICATIONS AND EXPERIENCE"),
 * or -1. A last upper-case word followed by a lower-case one starts a sentence ("… INFORMATION
 * NATO is committed") and is left out.
 */
function headingEnd(text: string, from: number): number {
  let end = -1;
  let previousEnd = -1;
  let pos = from;
  let nextIsLower = false;
  for (let n = 0; n < MAX_HEADING_WORDS; n++) {
    const w = wordAt(text, pos);
    if (w === null || w.end - w.start > MAX_WORD_LENGTH) break;
    const word = text.slice(w.start, w.end);
    pos = w.end;
    if (CONNECTORS.has(word)) continue;
    if (!isUpperWord(word)) {
      nextIsLower = STARTS_LOWER.test(word);
      break;
    }
    previousEnd = end;
    end = w.end;
    if (word.endsWith(':')) {
      // "NATO … AGENCY VACANCY NUMBER:": a label in capitals ends the heading before it, or is no heading.
      const label = labelBeforeColon(text, end - 1);
      if (label >= 0) return label > from ? label : -1;
    }
    if (word.endsWith('**') || word.endsWith('__') || word.endsWith(':')) return end - from <= MAX_HEADING_LENGTH ? end : -1;
  }
  if (nextIsLower) end = previousEnd;
  return end > from && end - from <= MAX_HEADING_LENGTH ? end : -1;
}

/** The start of the few upper-case words just before `pos`, not before `floor` (a heading already marked). */
function upperRunStart(text: string, pos: number, floor: number): number {
  let start = pos;
  for (let n = 0; n < MAX_WORDS_BEFORE && start - 1 > floor && text[start - 1] === ' '; n++) {
    const wordStart = text.lastIndexOf(' ', start - 2) + 1;
    const word = text.slice(wordStart, start - 1);
    if (start - 1 - wordStart > MAX_WORD_LENGTH) break;
    if (!(CONNECTORS.has(word) || isUpperWord(word))) {
      // A heading glued to the value before it ("… 2025POST CONTEXT"): it starts inside the word.
      const glued = GLUED_CAPITALS.exec(word);
      if (glued !== null) start = wordStart + glued.index;
      break;
    }
    start = wordStart;
  }
  return start;
}

class Breaks {
  private readonly at = new Map<number, Mark>();
  constructor(private readonly text: string) {}

  add(pos: number, mark: Mark): void {
    if (pos <= 0 || pos >= this.text.length) return;
    if (this.at.get(pos) !== '\n\n') this.at.set(pos, mark);
  }

  lines(): string[] {
    const positions = [...this.at.keys()].sort((a, b) => a - b);
    const parts: string[] = [];
    let from = 0;
    for (const pos of positions) {
      parts.push(this.text.slice(from, pos), this.at.get(pos) ?? '\n');
      from = pos;
    }
    parts.push(this.text.slice(from));
    return parts.join('').split('\n');
  }
}

function isMarkdownMark(text: string, index: number): boolean {
  const before = text[index - 1];
  return before === undefined || before === ' ' || before === '\n';
}

function markHeadings(text: string, breaks: Breaks): void {
  if (text.includes('#')) {
    for (const m of text.matchAll(MARKDOWN_MARK)) if (isMarkdownMark(text, m.index)) breaks.add(m.index, '\n\n');
  }
  for (const m of text.matchAll(BANNER)) {
    breaks.add(lineStart(text, m.index), '\n\n');
    breaks.add(pastClosing(text, m.index + m[0].length), '\n\n');
  }
  // Ends of the numbered headings, in order: a heading word inside one needs no break of its own.
  const numbered: number[] = [];
  for (const m of text.matchAll(NUMBERED_HEADING)) {
    const end = headingEnd(text, m.index + m[0].length);
    if (end < 0) continue;
    breaks.add(lineStart(text, m.index), '\n\n');
    breaks.add(end, '\n\n');
    numbered.push(m.index, end);
  }
  let n = 0;
  let covered = 0;
  for (const m of text.matchAll(HEADING_WORD)) {
    while (n < numbered.length && (numbered[n + 1] ?? 0) <= m.index) n += 2;
    if (m.index < covered || (m.index >= (numbered[n] ?? Infinity) && m.index < (numbered[n + 1] ?? 0))) continue;
    const start = upperRunStart(text, m.index, covered);
    const end = headingEnd(text, start);
    if (end < m.index + m[0].length) continue;
    breaks.add(lineStart(text, start), '\n\n');
    breaks.add(end, '\n\n');
    covered = end;
  }
}

function lastEnd(pattern: RegExp, text: string): number {
  let end = -1;
  for (const m of text.matchAll(pattern)) end = m.index + m[0].length;
  return end;
}

function lastMarkdownMark(text: string): number {
  let start = -1;
  for (const m of text.matchAll(MARKDOWN_MARK)) if (isMarkdownMark(text, m.index)) start = m.index;
  return start;
}

function lastStart(pattern: RegExp, text: string): number {
  let start = -1;
  for (const m of text.matchAll(pattern)) start = m.index;
  return start;
}

/**
 * The title line ends with the reference just before the header ("… DU POSTE Officer, Defence
 * Policy - 251836 Primary Location"); it starts after the banner, a sentence, a URL or a markdown
 * mark, or with the portal's "Job Description -" heading.
 */
function markTitle(text: string, headerStart: number, breaks: Breaks): void {
  const from = Math.max(0, headerStart - TITLE_REACH);
  let reference = REFERENCE_AT_END.exec(text.slice(from, headerStart));
  if (reference === null) {
    // The portal's location whose label a copy dropped sits between the title and the header ("…-200775 Belgium-Brussels NATO Body").
    reference = REFERENCE_BEFORE_VALUE.exec(text.slice(from, headerStart));
    if (reference === null) return;
    breaks.add(from + reference.index + reference[0].length, '\n');
  }
  const referenceStart = from + reference.index;
  const low = Math.max(0, referenceStart - TITLE_REACH);
  const before = text.slice(low, referenceStart);
  const start = Math.max(
    low === 0 ? 0 : -1,
    lastEnd(SENTENCE_END, before),
    lastEnd(URL, before),
    lastEnd(BANNER, before),
    lastMarkdownMark(before),
    lastStart(PAGE_HEADING, before),
  );
  if (start < 0) return;
  breaks.add(low + start, '\n\n');
  // The portal shows the title twice: "Job Description - Buyer (261340)" then "Buyer-261340".
  for (const m of text.slice(low + start, referenceStart).matchAll(REFERENCE)) breaks.add(low + start + m.index + m[0].length, '\n');
}

function markHeader(text: string, chain: readonly LabelHit[], breaks: Breaks): void {
  let first = 0;
  while (chain[first]?.def.key === 'description') first++;
  const labels = chain.slice(first);
  // A portal header has a label only headers print; another template's, at least three "Label:".
  const colonLabels = labels.filter((h) => text[pastLabel(text, h.end)] === ':').length;
  if (labels.length < 2 || !(labels.some((h) => STRONG_LABEL.test(text.slice(h.start, h.end))) || colonLabels >= MIN_COLON_LABELS)) return;
  const lang = labels.find((h) => h.def.lang !== 'any')?.def.lang;
  let last: LabelHit | undefined;
  for (const hit of labels) {
    // A label of the other language inside a value is a word of the value ("… Organisation").
    if (hit.def.lang !== 'any' && hit.def.lang !== lang) continue;
    breaks.add(lineStart(text, hit.start), '\n');
    last = hit;
    if (hit.def.key === 'description') break;
  }
  if (last?.def.key === 'description') breaks.add(pastClosing(text, last.end), '\n');
  else if (last !== undefined) {
    // No "Description" closes the header: a clearance or grade value ends where its shape does.
    const shape = last.def.key === 'clearance' ? CLEARANCE_VALUE : last.def.key === 'grade' ? GRADE_VALUE : null;
    const value = shape?.exec(text.slice(last.end, last.end + 80));
    if (value) breaks.add(last.end + value[0].length, '\n\n');
  }
  const start = labels[0];
  if (start !== undefined) markTitle(text, lineStart(text, start.start), breaks);
}

/** Header blocks: runs of labels, each close to the next. */
function markHeaders(text: string, breaks: Breaks): void {
  let chain: LabelHit[] = [];
  for (const hit of flatLabelHits(text)) {
    // "Scheduled", "Grades": words, not labels.
    if (STARTS_LOWER.test(text[hit.end] ?? '')) continue;
    const last = chain[chain.length - 1];
    if (last !== undefined && hit.start - last.end > MAX_VALUE_LENGTH) {
      markHeader(text, chain, breaks);
      chain = [];
    }
    chain.push(hit);
  }
  markHeader(text, chain, breaks);
}

/** Re-flows text that lost its line breaks (see the module comment). */
export function reflowFlatText(text: string): string {
  const breaks = new Breaks(text);
  markHeadings(text, breaks);
  markHeaders(text, breaks);
  for (const pos of bulletStarts(text)) breaks.add(pos, '\n');
  return endBullets(breaks.lines()).join('\n');
}
