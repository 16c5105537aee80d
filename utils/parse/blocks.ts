/**
 * Re-joins normalised lines into blocks (headings, bullet items, paragraphs). PDF extraction breaks
 * lines mid-sentence and even puts blank lines inside sentences, so "a blank line ends a paragraph"
 * is not enough: a line that does not end a sentence continues on the next one when that one starts
 * in lower case or when the line was long (a wrapped line, not a short sub-heading).
 */

export type BlockKind = 'heading' | 'bullet' | 'text';

export interface Block {
  kind: BlockKind;
  text: string;
  /** Index of the first line of the block in the normalised lines. */
  line: number;
  /** Numbered section headings ("2. QUALIFICATIONS AND EXPERIENCE") are major, others minor. */
  major: boolean;
}

// Roman list numbers too ("ii. Assistant …", and "ivAssistant …" where a copy lost the dot and space).
const BULLET_LINE = /^(?:- |\(?[a-z]\)\s|\d{1,2}\)\s|[ivx]{1,5}\.\s|[ivx]{1,5}(?=\p{Lu}\p{Ll}))/u;
const BULLET_MARK = /^(?:- |\(?[a-z]\)\s+|\d{1,2}\)\s+|[ivx]{1,5}\.\s+|[ivx]{1,5}(?=\p{Lu}\p{Ll}))/u;
const NUMBERED_HEADING = /^\d{1,2}\s*\.\s*(?=\S)/;
const SENTENCE_END = /[.!?;:]["')\]»]?$/;
const CONTINUES = /^[a-zà-ÿœ(,;]/;
const HYPHEN_BREAK = /\S-$/;
const LETTER = /\p{L}/u;
const LOWER_CASE_LETTER = /\p{Ll}/u;
const DESCRIPTION_LINE = /^Description\s*:?$/;
/** A wrapped PDF line is long; a short line without a full stop is a sub-heading or a label. */
const WRAPPED_LINE_LENGTH = 60;

function isUpperCaseText(text: string): boolean {
  // A lower-case letter shows up early in prose, so this stops quickly on most lines.
  return !LOWER_CASE_LETTER.test(text) && LETTER.test(text);
}

function headingKind(line: string, markdownHeading: boolean): { heading: boolean; major: boolean } {
  if (DESCRIPTION_LINE.test(line)) return { heading: true, major: false };
  if (NUMBERED_HEADING.test(line)) {
    const rest = line.replace(NUMBERED_HEADING, '');
    const words = rest.split(' ').length;
    const upper = isUpperCaseText(rest);
    if (upper && rest.length <= 100) return { heading: true, major: true };
    // "1. Summary" style: short, capitalised, not a sentence.
    if (words <= 6 && /^\p{Lu}/u.test(rest) && !SENTENCE_END.test(rest)) return { heading: true, major: true };
    return { heading: false, major: false };
  }
  if (line.length <= 90 && isUpperCaseText(line) && !/[.,;]$/.test(line) && !BULLET_LINE.test(line)) {
    return { heading: true, major: false };
  }
  if (markdownHeading && line.length <= 120) return { heading: true, major: false };
  return { heading: false, major: false };
}

function shouldJoin(current: Block, lastLine: string, next: string, blankBetween: boolean): boolean {
  if (current.kind === 'heading') return false;
  if (CONTINUES.test(next)) return true;
  const ended = SENTENCE_END.test(lastLine);
  if (!blankBetween) return current.kind === 'bullet' || !ended;
  return !ended && lastLine.length >= WRAPPED_LINE_LENGTH;
}

/** Builds blocks from lines `[start, end)` of the normalised text. */
export function toBlocks(lines: readonly string[], headingLines: ReadonlySet<number>, start = 0, end = lines.length): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let lastLine = '';
  let blankBetween = false;
  for (let i = start; i < end; i++) {
    const line = lines[i] ?? '';
    if (line === '') {
      blankBetween = true;
      continue;
    }
    const { heading, major } = headingKind(line, headingLines.has(i));
    if (heading) {
      // A heading wrapped onto a second all-caps line ("… RECRUITMENT" / "PROCESS").
      if (current?.kind === 'heading' && current.major && !major && !blankBetween && isUpperCaseText(line) && line.length < 40) {
        current.text += ` ${line}`;
      } else {
        current = { kind: 'heading', text: line, line: i, major };
        blocks.push(current);
      }
    } else if (BULLET_LINE.test(line)) {
      current = { kind: 'bullet', text: line.replace(BULLET_MARK, ''), line: i, major: false };
      blocks.push(current);
    } else if (current !== null && shouldJoin(current, lastLine, line, blankBetween)) {
      current.text += HYPHEN_BREAK.test(lastLine) && CONTINUES.test(line) ? line : ` ${line}`;
    } else {
      current = { kind: 'text', text: line, line: i, major: false };
      blocks.push(current);
    }
    lastLine = line;
    blankBetween = false;
  }
  return blocks;
}

const SENTENCE_SPLIT = /(?<=[.!?])\s+(?=["'«(]?[\p{Lu}\d])/u;

/** Splits a block's text into sentences (good enough for notices: few abbreviations). */
export function sentences(text: string): string[] {
  return text.split(SENTENCE_SPLIT);
}

/** The blocks of the section whose heading matches `heading`, up to the next heading of its rank. */
export function sectionBlocks(blocks: readonly Block[], heading: RegExp): Block[] {
  const start = blocks.findIndex((b) => b.kind === 'heading' && heading.test(b.text));
  if (start < 0) return [];
  const first = blocks[start];
  const out: Block[] = [];
  for (let i = start + 1; i < blocks.length; i++) {
    const block = blocks[i];
    if (block === undefined) break;
    if (block.kind === 'heading' && (block.major || !first?.major)) break;
    out.push(block);
  }
  return out;
}

/** Joins blocks into one text, one block per line, for regex scans that must not cross blocks. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks.map((b) => b.text).join('\n');
}
