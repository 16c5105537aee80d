import { fileNamePart } from '../download';
import type { EssayVacancy } from './finding';
import { escapeRegExp } from '../regexp';

/**
 * File-name rules of the essay: notices say the attachment's title "must include the vacancy
 * reference and the words 'Key challenges'". Which strings are required comes from the record
 * (essay.titleMustInclude); this module only knows how to look for them in a file name.
 */

export type Span = readonly [start: number, end: number];

export type NameMatch =
  /** Present as a whole token: nothing glued on either side; words separated by space, - or _. */
  | { kind: 'exact'; found: string; span: Span }
  /** Almost there: glued to other characters, run together, or one or two letters off. */
  | { kind: 'near-miss'; found: string; span: Span }
  /** A different number of the reference's length: probably the essay for another vacancy. */
  | { kind: 'other-reference'; found: string; span: Span }
  | { kind: 'missing' };

const ALNUM = String.raw`[\p{L}\p{N}]`;
const NOT_ALNUM = String.raw`[^\p{L}\p{N}]`;
const SEPARATORS = String.raw`[\s_-]`;
/**
 * What splits a required item into the words a name must hold: a reference's slashes too, as
 * no file name can hold one ("NCIA/CS/0212_24" is met by "NCIA-CS-0212_24 Key challenges").
 */
const ITEM_SEPARATORS = /[\s_/\\-]+/;

/** "250443 Key challenges.docx" → { stem: "250443 Key challenges", ext: ".docx" }. */
export function splitFileName(fileName: string): { stem: string; ext: string } {
  const match = /^(.*?)(\.[A-Za-z0-9]{1,5})?$/s.exec(fileName);
  return { stem: match?.[1] ?? fileName, ext: match?.[2] ?? '' };
}

export function matchNameItem(stem: string, item: string): NameMatch {
  const words = item.trim().split(ITEM_SEPARATORS).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return { kind: 'missing' };

  const exact = new RegExp(`(?<!${ALNUM})${words.join(`${SEPARATORS}+`)}(?!${ALNUM})`, 'iu').exec(stem);
  if (exact) return { kind: 'exact', found: exact[0], span: [exact.index, exact.index + exact[0].length] };

  // The words are all there but run together ("Keychallenges"), joined by other punctuation
  // ("Key.challenges") or glued to neighbouring characters ("2508751"): name the whole run.
  const glued = new RegExp(words.join(`${NOT_ALNUM}*`), 'iu').exec(stem);
  if (glued) {
    const span = widenToToken(stem, glued.index, glued.index + glued[0].length);
    return { kind: 'near-miss', found: stem.slice(...span), span };
  }

  if (/^\d+$/.test(item.trim())) return findOtherNumber(stem, item.trim());
  return findTypo(stem, item);
}

/**
 * A compliant name that keeps the user's own words: the required items first (in the notice's
 * order), then " - " and whatever else the name said. Items already present, near misses and
 * other vacancies' references are taken out of the user's words so they are not repeated or
 * left contradicting the new ones. Unchanged when already compliant; null when the notice sets
 * no name rule. The extension is kept: renaming never converts a file (the format check says so).
 */
export function suggestFileName(fileName: string, record: EssayVacancy | null): string | null {
  const items = (record?.essay?.titleMustInclude ?? []).map((item) => item.trim()).filter(Boolean);
  if (items.length === 0) return null;
  const { stem, ext } = splitFileName(fileName);
  const matches = items.map((item) => matchNameItem(stem, item));
  if (matches.every((match) => match.kind === 'exact')) return fileName;
  const spans = matches.flatMap((match) => (match.kind === 'missing' ? [] : [match.span]));
  const rest = tidyRest(removeSpans(stem, spans));
  return `${items.map(fileNamePart).join(' ')}${rest ? ` - ${rest}` : ''}${ext}`;
}

function findOtherNumber(stem: string, reference: string): NameMatch {
  const sameLength = new RegExp(String.raw`(?<!\p{N})\p{N}{${reference.length}}(?!\p{N})`, 'gu');
  for (const match of stem.matchAll(sameLength)) {
    if (match[0] !== reference) {
      return { kind: 'other-reference', found: match[0], span: [match.index, match.index + match[0].length] };
    }
  }
  return { kind: 'missing' };
}

/** Misspellings: "Key challenge", "Key chalenges", "Kee challenges". */
function findTypo(stem: string, item: string): NameMatch {
  const target = compact(item);
  // Short words have too many neighbours to guess at; longer phrases tolerate two slips.
  const maxDistance = target.length >= 10 ? 2 : target.length >= 5 ? 1 : 0;
  if (maxDistance === 0) return { kind: 'missing' };
  const tokens = [...stem.matchAll(/[^\s_-]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const wordCount = item.trim().split(ITEM_SEPARATORS).length;
  let best: { distance: number; span: Span } | null = null;
  for (let first = 0; first < tokens.length; first++) {
    for (let size = 1; size <= wordCount + 1 && first + size <= tokens.length; size++) {
      const span: Span = [tokens[first]!.start, tokens[first + size - 1]!.end];
      const distance = editDistance(compact(stem.slice(...span)), target, maxDistance);
      if (distance <= maxDistance && (!best || distance < best.distance)) best = { distance, span };
    }
  }
  return best ? { kind: 'near-miss', found: stem.slice(...best.span), span: best.span } : { kind: 'missing' };
}

/** Lower-case letters and digits only: how a phrase compares once separators are ignored. */
function compact(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * Optimal string alignment distance (a transposition counts as one edit), giving up early with
 * limit + 1 once the answer cannot be within the limit.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous2: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[b.length]!;
}

function widenToToken(text: string, start: number, end: number): Span {
  const isAlnum = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  while (start > 0 && isAlnum(text[start - 1])) start--;
  while (end < text.length && isAlnum(text[end])) end++;
  return [start, end];
}

function removeSpans(text: string, spans: Span[]): string {
  const sorted = [...spans].sort((x, y) => y[0] - x[0]);
  let result = text;
  let limit = Infinity;
  for (const [start, end] of sorted) {
    // Overlapping spans (one item inside another) are cut once.
    const cutEnd = Math.min(end, limit);
    if (cutEnd > start) result = result.slice(0, start) + ' ' + result.slice(cutEnd);
    limit = Math.min(limit, start);
  }
  return result;
}

/** Separator runs left by the removals collapse to one separator; none at the ends. */
function tidyRest(text: string): string {
  return text
    .replace(/[\s_–—-]{2,}/g, (run) => (/[-–—]/.test(run) ? ' - ' : /\s/.test(run) ? ' ' : '_'))
    .replace(/^[\s_.,;:–—-]+|[\s_.,;:–—-]+$/g, '');
}
