import type { HeaderKey, LabelEntry } from './vocabulary';
import { HEADER_LABELS } from './vocabulary';
import { splitGluedLabels } from './glued-labels';

/**
 * The header block under a notice title: "Label value" pairs in English or French. Extracted page
 * text glues values to the next label ("Belgium-BrusselsNATO Body"), so values are cut at the
 * known labels, not at line breaks or colons.
 */

export type { HeaderKey } from './vocabulary';
export type HeaderLanguage = 'en' | 'fr';

export type LabelDef = LabelEntry;

const LABELS = HEADER_LABELS;

// Portal labels are found anywhere; the labels of other templates only where a line starts
// (after a bullet), before a colon or the line end: tried at each line start, not at each character.
const ANYWHERE = LABELS.filter((l) => !l.lineStart);
const AT_LINE_START = LABELS.filter((l) => l.lineStart);
const LABEL_SCAN = new RegExp(ANYWHERE.map((l) => `(${l.source})`).join('|'), 'g');
// In any case: some templates print their labels in capitals ("CLOSING DATE:", "JOB TITLE:").
// A bracket may stand between the label and its colon: "Traitement mensuel de base (12 x par an) :".
const LINE_START_LABEL = new RegExp(`(?:- )?(?:${AT_LINE_START.map((l) => `(${l.source})`).join('|')})(?=[ \t]*(?:\\([^)\\n]{1,30}\\)[ \t]*)?:|[ \t]*(?:\n|$))`, 'iy');
// A label opening a line, glued to its value or not ("Primary LocationBelgium-Brussels…").
const LABEL_AT_START = new RegExp(`^(?:${LABELS.map((l) => l.source).join('|')})`);
// A label as a whole word: "Postal Clerk" and "Positioning Officer" are titles, not the labels "Post" and "Position".
const LABEL_WORD_AT_START = new RegExp(`^(?:${LABELS.map((l) => l.source).join('|')})(?![\\p{Ll}])`, 'u');
// Labels only a French header prints (not "Organisation" or "Division", English words as well).
const FRENCH_LABEL_AT_START = new RegExp(
  `^(?:${LABELS.filter((l) => l.lang === 'fr' && (l.strong === true || l.lineStart === true) && l.key !== 'division').map((l) => l.source).join('|')})(?![\\p{L}])`,
  'u',
);
/** A line that starts with a label only a French header prints: where a French half's header may start. */
export function isFrenchLabelLine(line: string): boolean {
  return FRENCH_LABEL_AT_START.test(line);
}

// Any label, in any case, as a whole word: where a reference printed in parts ends (notice-words.ts).
const LABEL_HERE = new RegExp(`(?:${LABELS.map((l) => l.source).join('|')})(?![\\p{L}])`, 'iuy');
/** Does a label start at `at` in `text` ("GRADE B-4", "Closing Date")? */
export function startsWithLabel(text: string, at: number): boolean {
  LABEL_HERE.lastIndex = at;
  return LABEL_HERE.test(text);
}

/** A line that starts with a label (any template). */
export function isLabelLine(line: string): boolean {
  return LABEL_WORD_AT_START.test(line.startsWith('- ') ? line.slice(2) : line);
}
const LEADING_SEPARATORS = /^[\s:]+/;
/** What a label says in brackets before its colon ("(12 x per year):"): part of the label, not of the value. */
const LABEL_BRACKET = /^\([^)\n]{1,30}\)[ \t]*:[ \t]*/;
const TRAILING_SEPARATORS = /[\s:;,|¦-]+$/;
/** A long line that does not start with a label is body prose: the header is over. */
const PROSE_LINE_LENGTH = 160;
const NUMBERED_SECTION = /^\d{1,2}\s*\.\s*\S/;
const MAX_HEADER_LINES = 30;

export interface HeaderFields {
  /** Language of the labels, or null when no label was found. */
  lang: HeaderLanguage | null;
  values: Partial<Record<HeaderKey, string>>;
  /** The label each value was printed under ("Basic Monthly Salary" says the pay period). */
  labels: Partial<Record<HeaderKey, string>>;
  /** How many labels were found (0: a free-form notice without a header). */
  labelCount: number;
}

export interface LabelHit {
  def: LabelDef;
  start: number;
  end: number;
}

/** Every known label in `text`, in order (also used to re-flow text whose line breaks were lost). */
export function labelHits(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const m of text.matchAll(LABEL_SCAN)) {
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const def = ANYWHERE[group - 1];
    if (def !== undefined) hits.push({ def, start: m.index, end: m.index + m[0].length });
  }
  const lineStarts: LabelHit[] = [];
  for (let at = 0; at < text.length; ) {
    LINE_START_LABEL.lastIndex = at;
    const m = LINE_START_LABEL.exec(text);
    if (m !== null) {
      const def = AT_LINE_START[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
      const bullet = m[0].startsWith('- ') ? 2 : 0;
      if (def !== undefined) lineStarts.push({ def, start: at + bullet, end: at + m[0].length });
    }
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  return lineStarts.length === 0 ? hits : mergeHits(hits, lineStarts);
}

// A label of another template just before a colon: tried at each colon, on the text before it,
// which is far cheaper than trying every label at every character of a long text.
// No letter class in the pattern (on text with characters beyond Latin-1 those run many times
// slower): where a label may start is checked on the one character before it.
const LABEL_BEFORE_COLON = new RegExp(`(?:${AT_LINE_START.map((l) => `(${l.source})`).join('|')})[ \\t]?:$`, 'gi');
/** Longer than any label of another template, so a label is never cut at the window's start. */
const LABEL_WINDOW = 60;
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
const GLUES_BEFORE = /[\p{Ll}\d)€]/u;

/**
 * A label starts a word, or is glued to the value before it ("…Cyber DefenceNATO Grade:",
 * "G75/25Post Number:"): a small letter, digit or bracket, then the label's capital.
 */
function labelMayStartAt(text: string, at: number): boolean {
  const before = text[at - 1];
  if (before === undefined || !LETTER_OR_DIGIT.test(before)) return true;
  const first = text.charCodeAt(at);
  return first >= 65 && first <= 90 && GLUES_BEFORE.test(before);
}

/** The label of another template that ends at the colon at `colon` ("… VACANCY NUMBER:"), or null. */
function colonLabel(text: string, colon: number): LabelHit | null {
  const from = Math.max(0, colon - LABEL_WINDOW);
  const window = text.slice(from, colon + 1);
  LABEL_BEFORE_COLON.lastIndex = 0;
  for (let m = LABEL_BEFORE_COLON.exec(window); m !== null; m = LABEL_BEFORE_COLON.exec(window)) {
    const start = from + m.index;
    if (!labelMayStartAt(text, start)) {
      LABEL_BEFORE_COLON.lastIndex = m.index + 1;
      continue;
    }
    const group = m.findIndex((g, i) => i > 0 && g !== undefined);
    const def = AT_LINE_START[group - 1];
    return def === undefined ? null : { def, start, end: start + (m[group]?.length ?? 0) };
  }
  return null;
}

/** Where the label of another template that ends at the colon at `colon` starts, or -1. */
export function labelBeforeColon(text: string, colon: number): number {
  return colonLabel(text, colon)?.start ?? -1;
}

/**
 * For text that lost its line breaks (reflow.ts): every label, and also the labels of other
 * templates wherever a colon follows them ("… Post Title: Analyst Grade: NATO Grade G15 …").
 */
export function flatLabelHits(text: string): LabelHit[] {
  const colonHits: LabelHit[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const hit = colonLabel(text, colon);
    if (hit !== null) colonHits.push(hit);
  }
  const hits = labelHits(text);
  return colonHits.length === 0 ? hits : mergeHits(hits, colonHits);
}

/**
 * Both lists in text order; a hit inside an earlier one is a word of that label, not a label. Of
 * two hits of the same words, the one of `b` (labels at a line start) is kept.
 */
function mergeHits(a: readonly LabelHit[], b: readonly LabelHit[]): LabelHit[] {
  const all = [...b, ...a].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: LabelHit[] = [];
  for (const hit of all) if (out.length === 0 || hit.start >= (out[out.length - 1]?.end ?? 0)) out.push(hit);
  return out;
}

/**
 * Web pages print several labels on one line between bars ("Vacancy Number: 250777 | Grade:
 * NATO Grade A4 | Location: Mons, Belgium"): each labelled part is a line of its own.
 */
const BAR = /[ \t]+[|¦][ \t]+/;
function labelledParts(line: string): string[] {
  if (!BAR.test(line)) return [line];
  const parts = line.split(BAR);
  return parts.slice(1).every((part) => isLabelLine(part)) ? parts : [line];
}

/** The header zone: from `start` to the description, a numbered section, prose, or `limit`. */
function headerZone(lines: readonly string[], start: number, limit: number): string {
  const zone: string[] = [];
  let nonBlank = 0;
  for (let i = start; i < limit && nonBlank < MAX_HEADER_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (NUMBERED_SECTION.test(line) || (line.length > PROSE_LINE_LENGTH && !LABEL_AT_START.test(line) && splitGluedLabels(line).length === 1)) break;
    for (const part of splitGluedLabels(line)) zone.push(...labelledParts(part));
    nonBlank++;
  }
  return zone.join('\n');
}

/** Is the hit at the start of a line of `zone` (after a bullet dash or not)? */
function atLineStart(zone: string, start: number): boolean {
  return start === 0 || zone[start - 1] === '\n' || (zone.startsWith('- ', start - 2) && (start === 2 || zone[start - 3] === '\n'));
}

/**
 * Labels of a notice without a portal header (job boards, other templates): only those that start
 * a line, and those glued after them on the same line; in body prose a label word is a word.
 */
function lineLabelHits(zone: string): LabelHit[] {
  const kept: LabelHit[] = [];
  let lineEnd = -1;
  for (const hit of labelHits(zone)) {
    if (atLineStart(zone, hit.start)) {
      kept.push(hit);
      lineEnd = zone.indexOf('\n', hit.end);
      if (lineEnd < 0) lineEnd = zone.length;
    } else if (hit.start < lineEnd && !hit.def.lineStart) kept.push(hit);
  }
  return kept;
}

/** The zone of a notice without a title line: its first lines, up to its first section heading. */
function openingZone(lines: readonly string[], start: number, limit: number, isSectionHeading: (line: string) => boolean): string {
  const zone: string[] = [];
  for (let i = start; i < limit && zone.length < MAX_OPENING_LINES; i++) {
    const line = lines[i] ?? '';
    if (line === '') continue;
    if (zone.length > 0 && isSectionHeading(line)) break;
    zone.push(...labelledParts(line));
  }
  return zone.join('\n');
}

/** A value read from the line after its label is short and is not a sentence. */
const NEXT_LINE_VALUE_LENGTH = 100;
const SENTENCE_END = /[.!?]$/;
/**
 * A sentence that follows a value in text that lost its line breaks ("Stavanger, Norway The
 * closing date for applications is …"): a capital word of a sentence's opening, then a small
 * word. "The Hague" and "The Netherlands" go on with a capital, so they stay.
 */
const SENTENCE_AFTER_VALUE = / (?:(?:The|This|These|It|We|You|Our|Please) [a-z]|(?:Applications?|Applicants?|Candidates?) (?:must|should|will|may|can|are|is)\b)[\s\S]*$/;
const MAX_OPENING_LINES = 80;

/** The language most labels are in; of as many English as French ones, the first one's. */
function zoneLanguage(hits: readonly LabelHit[]): HeaderLanguage | null {
  let en = 0;
  let fr = 0;
  let first: HeaderLanguage | null = null;
  for (const hit of hits) {
    if (hit.def.lang === 'any') continue;
    if (hit.def.lang === 'en') en++;
    else fr++;
    first ??= hit.def.lang;
  }
  return en === fr ? first : en > fr ? 'en' : 'fr';
}

function readZone(zone: string, all: readonly LabelHit[]): HeaderFields {
  const lang = zoneLanguage(all);
  // Labels of the other language inside a value are words of the value ("… Procurement Organisation").
  const hits = all.filter((h) => h.def.lang === 'any' || h.def.lang === lang);
  const values: Partial<Record<HeaderKey, string>> = {};
  const labels: Partial<Record<HeaderKey, string>> = {};
  let labelCount = 0;
  for (let i = 0; i < hits.length; i++) {
    const hit = hits[i];
    if (hit === undefined) break;
    if (hit.def.key === 'description') break;
    if (hit.def.key !== 'ignored') labelCount++;
    let valueStart = hit.end;
    let next = hits[i + 1];
    // "Organisation : Organisation OTAN …": an empty value followed by the same label is its value.
    if (next !== undefined && next.def.key === hit.def.key && zone.slice(hit.end, next.start).replace(LEADING_SEPARATORS, '') === '') {
      valueStart = next.start;
      i++;
      next = hits[i + 1];
    }
    const rawWithBreaks = zone.slice(valueStart, next?.start ?? zone.length);
    const raw = rawWithBreaks.replace(LEADING_SEPARATORS, '').replace(LABEL_BRACKET, '');
    const newline = raw.indexOf('\n');
    const value = (newline < 0 ? raw : raw.slice(0, newline)).replace(SENTENCE_AFTER_VALUE, '').replace(TRAILING_SEPARATORS, '').trim();
    const onNextLine = /^[ \t:]*\n/.test(rawWithBreaks);
    if (onNextLine && (value.length > NEXT_LINE_VALUE_LENGTH || SENTENCE_END.test(value) || isLabelLine(value))) continue;
    if (value !== '' && values[hit.def.key] === undefined) {
      values[hit.def.key] = value;
      labels[hit.def.key] = zone.slice(hit.start, hit.end);
    }
  }
  return { lang: labelCount > 0 ? lang : null, values, labels, labelCount };
}

/** Reads the labelled header between a title line (exclusive) and `limit` (exclusive). */
export function readHeader(lines: readonly string[], start: number, limit: number): HeaderFields {
  const zone = headerZone(lines, start, limit);
  const hits = labelHits(zone);
  const header = readZone(zone, hits);
  const dropped = unlabelledLocation(zone, hits);
  if (dropped !== null && header.values.location === undefined) header.values.location = dropped;
  return header;
}

/** A place printed alone, not a sentence ("Belgium-Brussels", "Belgique-Bruxelles"). */
const PLACE_VALUE = /^[\p{L}][\p{L} ,.'()-]{1,58}$/u;
/**
 * The portal prints its location first, then the body: a copy that dropped the location's label
 * keeps its value as the one line before "NATO Body" ("Belgium-BrusselsNATO Body …").
 */
function unlabelledLocation(zone: string, hits: readonly LabelHit[]): string | null {
  const first = hits[0];
  if (first?.def.key !== 'organisation' || first.def.lineStart === true || first.start === 0) return null;
  const before = zone.slice(0, first.start).trim();
  return PLACE_VALUE.test(before) && !isLabelLine(before) ? before : null;
}

/** Reads the labelled lines of a notice without a title line: job boards and other templates. */
export function readOpeningLabels(lines: readonly string[], start: number, limit: number, isSectionHeading: (line: string) => boolean): HeaderFields {
  const zone = openingZone(lines, start, limit, isSectionHeading);
  return readZone(zone, lineLabelHits(zone));
}
