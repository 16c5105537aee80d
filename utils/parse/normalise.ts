import { splitGluedLabels } from './glued-labels';
import { BULLET_CLASS, GLUED_HEADING } from './notice-words';
import { isFlat, reflowFlatText } from './reflow';

/**
 * Turns notice text in any of its shapes (portal page text, plain text, PDF extraction, markdown,
 * text with stray HTML) into clean trimmed lines. Blank lines are kept as '' because they help to
 * tell paragraphs apart; lines that only break sentences (footer URLs, page numbers, classification
 * markings of PDF pages) are dropped so broken sentences can be re-joined later.
 */

// One pass over odd characters: invisible ones PDF and Word exports scatter inside words (dropped),
// other line breaks (a line break), odd spaces and tabs (a space), curly quotes (straight ones),
// hyphen look-alikes (a hyphen).
const ODD_CHARACTERS = /[\t\v\f\u0085\u00a0\u00ad\u1680\u2000-\u200d\u2010\u2011\u2018-\u201f\u2028\u2029\u2032\u2033\u202f\u205f\u2060\u2212\u3000\ufeff]/g;
function replacementFor(char: string): string {
  const code = char.charCodeAt(0);
  if (code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029) return '\n';
  if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) return '';
  if (code === 0x2010 || code === 0x2011 || code === 0x2212) return '-';
  if ((code >= 0x2018 && code <= 0x201b) || code === 0x2032) return "'";
  if ((code >= 0x201c && code <= 0x201f) || code === 0x2033) return '"';
  return ' ';
}
// Decomposed accents, ligatures (PDF "ﬁ"), full-width forms: only then is NFKC worth its cost.
const NEEDS_COMPATIBILITY_FORM = /[\u0300-\u036f\u2024-\u2026\u2150-\u218f\u2460-\u24ff\ufb00-\ufb4f\uff00-\uffef]/;

// HTML: block tags become line breaks, every other tag disappears. `[^<>]` keeps each attempt
// bounded by the next angle bracket, so this stays linear on hostile input.
const AUTOLINK = /<(https?:\/\/[^<>\s]{1,2000})>/g;
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|blockquote|dd|dt|hr)\b[^<>]{0,2000}>/gi;
const ANY_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]{0,30}(?:\s[^<>]{0,2000})?\/?>/g;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", laquo: '«', raquo: '»',
  rsquo: "'", lsquo: "'", ldquo: '"', rdquo: '"', ndash: '–', mdash: '—', hellip: '...',
  bull: '•', eacute: 'é', egrave: 'è', ecirc: 'ê', agrave: 'à', acirc: 'â', ccedil: 'ç',
  ocirc: 'ô', ucirc: 'û', ugrave: 'ù', icirc: 'î', iuml: 'ï', euml: 'ë', Eacute: 'É',
  Egrave: 'È', Agrave: 'À', Ccedil: 'Ç', oelig: 'œ', euro: '€',
};

// Markdown.
const MD_HEADING = /^#{1,6}\s+/;
const MD_HEADING_TAIL = /\s+#+\s*$/;
const MD_QUOTE = /^>\s?/;
const MD_RULE = /^(?:[-*_]\s*){3,}$/;
// Contents exclude their own delimiters, so each attempt stops at the next one: linear on any input.
const MD_IMAGE_OR_LINK = /!?\[([^[\]\n]{0,500})\]\([^()\s]{0,2000}\)/g;
const MD_STRONG_STARS = /\*\*(?=[^\s*])([^*\n]{0,2000}?[^\s*])\*\*/g;
const MD_STRONG_UNDERSCORES = /__(?=[^\s_])([^_\n]{0,2000}?[^\s_])__/g;
const MD_EMPHASIS = /(?<![\w*])\*(?=[^\s*])([^*\n]{0,2000}?[^\s*])\*(?![\w*])/g;
const MD_LEFTOVER_STARS = /\*\*+/g;
const MD_ESCAPE = /\\([*_#[\]()>`-])/g;

// Bullets of every origin (Word symbol fonts in PDFs map to private-use code points).
const BULLET = new RegExp(`^(?:${BULLET_CLASS}|[*+–—](?=\\s))\\s*`);
const DASH_BULLET = /^-(?=\S)(?![-\d])/;

// Lines that only exist because a PDF page ended: they cut sentences in two.
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*(?:\/|of|sur|de)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/i;
const CLASSIFICATION_MARK = /^(?:NATO|OTAN)\s+(?:UNCLASSIFIED|SANS CLASSIFICATION|RESTRICTED|DIFFUSION RESTREINTE)$/i;

const SPACES = / {2,}/g;
/** How far into a notice labels glued to the value before them are looked for ("Belgium-BrusselsNATO Body"). */
const GLUED_LABEL_LINES = 150;
const LETTER_OR_DIGIT_START = /^[\p{L}\d]/u;

export interface NormalisedText {
  /** Trimmed lines; '' marks a blank line. */
  lines: string[];
  /** Indexes of lines that were markdown headings (`#`…), a hint for section detection. */
  headingLines: Set<number>;
}

/** Drops HTML comments; an unclosed one is left as text. A scan, not a pattern: linear on any input. */
function stripComments(text: string): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += `${text.slice(from, open)} `;
    from = close + 3;
  }
  return from === 0 ? text : out + text.slice(from);
}

function decodeEntity(match: string, body: string): string {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : match;
  }
  return NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()] ?? match;
}

/** Character-level clean-up of the whole text: HTML, entities, odd spaces and quotes. */
export function cleanCharacters(text: string): string {
  let out = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  if (out.includes('<')) {
    out = stripComments(out).replace(AUTOLINK, '$1').replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
  }
  if (out.includes('&')) out = out.replace(ENTITY, decodeEntity);
  if (NEEDS_COMPATIBILITY_FORM.test(out)) out = out.normalize('NFKC');
  return out.replace(ODD_CHARACTERS, replacementFor);
}

function stripMarkdown(line: string): string {
  let out = line;
  if (out.includes('](')) out = out.replace(MD_IMAGE_OR_LINK, '$1');
  if (out.includes('*') || out.includes('__')) {
    out = out.replace(MD_STRONG_STARS, '$1').replace(MD_STRONG_UNDERSCORES, '$1').replace(MD_EMPHASIS, '$1').replace(MD_LEFTOVER_STARS, '');
  }
  if (out.includes('\\')) out = out.replace(MD_ESCAPE, '$1');
  return out;
}

function isNoiseLine(line: string): boolean {
  // Most lines are prose: decide on the first character before running any pattern.
  const first = line.charCodeAt(0);
  const digit = first >= 48 && first <= 57;
  switch (line[0]) {
    case 'h': case 'H': case 'w': case 'W': return URL_ONLY.test(line);
    case 'p': case 'P': return PAGE_NUMBER.test(line);
    case 'N': case 'O': return CLASSIFICATION_MARK.test(line);
    case '-': case '*': case '_': return MD_RULE.test(line) || PAGE_NUMBER.test(line);
    default: return digit && line.length <= 12 && PAGE_NUMBER.test(line);
  }
}

/** Normalises a notice into clean lines (see the module comment). */
export function normaliseNotice(text: string): NormalisedText {
  const clean = cleanCharacters(text).replace(SPACES, ' ');
  // A selection or PDF copy with its line breaks collapsed into spaces gets them back first.
  const rawLines = (isFlat(clean) ? reflowFlatText(clean) : clean).split('\n');
  const lines: string[] = [];
  const headingLines = new Set<number>();
  for (const raw of rawLines) {
    let line = raw.trim();
    if (line === '') {
      if (lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
      continue;
    }
    let heading = false;
    if (line[0] === '#' && MD_HEADING.test(line)) {
      heading = true;
      line = line.replace(MD_HEADING, '').replace(MD_HEADING_TAIL, '');
    }
    if (line[0] === '>') line = line.replace(MD_QUOTE, '');
    if (isNoiseLine(line)) continue;
    if (!LETTER_OR_DIGIT_START.test(line)) line = line.replace(BULLET, '- ').replace(DASH_BULLET, '- ');
    const stripped = stripMarkdown(line);
    if (stripped !== line) line = stripped.replace(SPACES, ' ').trim();
    if (line === '' || line === '-') continue;
    if (heading) headingLines.add(lines.length);
    // "1. SUMMARYThe Division …": a copy that lost the break after a heading gets it back.
    const glued = line.length > 20 ? GLUED_HEADING.exec(line) : null;
    if (glued !== null) {
      lines.push(glued[1] ?? '');
      line = line.slice(glued[0].length).trim();
    }
    // Headers are in a notice's opening (and after each title line: header.ts splits those again).
    if (lines.length < GLUED_LABEL_LINES) for (const part of splitGluedLabels(line)) lines.push(part);
    else lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { lines, headingLines };
}
