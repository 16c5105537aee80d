/**
 * Turns notice text in any of its shapes (portal page text, plain text, PDF extraction, markdown,
 * text with stray HTML) into clean trimmed lines. Blank lines are kept as '' because they help to
 * tell paragraphs apart; lines that only break sentences (footer URLs, page numbers, classification
 * markings of PDF pages) are dropped so broken sentences can be re-joined later.
 */

// Invisible characters that PDF and Word exports scatter inside words.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
// NFKC already turns NBSP and narrow NBSP into spaces; these are the leftovers and tabs.
const ODD_SPACES = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201a\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033]/g;
const HYPHENS = /[\u2010\u2011\u2212]/g;

// HTML: block tags become line breaks, every other tag disappears. `[^<>]` keeps each attempt
// bounded by the next angle bracket, so this stays linear on hostile input.
const AUTOLINK = /<(https?:\/\/[^<>\s]{1,2000})>/g;
const BLOCK_TAG = /<\/?(?:p|div|br|li|ul|ol|tr|table|h[1-6]|section|article|header|footer|blockquote|dd|dt|hr)\b[^<>]{0,2000}>/gi;
const ANY_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]{0,30}(?:\s[^<>]{0,2000})?\/?>/g;
const COMMENT = /<!--[^]{0,20000}?-->/g;
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
const MD_IMAGE_OR_LINK = /!?\[([^\]\n]{0,500})\]\([^)\s]{0,2000}\)/g;
const MD_STRONG = /(\*\*|__)(?=\S)([^\n]{0,2000}?\S)\1/g;
const MD_EMPHASIS = /(?<![\w*])\*(?=[^\s*])([^*\n]{0,2000}?[^\s*])\*(?![\w*])/g;
const MD_LEFTOVER_STARS = /\*\*+/g;
const MD_ESCAPE = /\\([*_#[\]()>`-])/g;

// Bullets of every origin (Word symbol fonts in PDFs map to private-use code points).
const BULLET = /^(?:[•·▪●◦■□‣⁃∙\uf0a7\uf0b7\uf076\uf0d8\uf0fc]|[*+–—](?=\s))\s*/;
const DASH_BULLET = /^-(?=\S)(?![-\d])/;

// Lines that only exist because a PDF page ended: they cut sentences in two.
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const PAGE_NUMBER = /^(?:(?:page|p\.)\s*)?\d{1,3}(?:\s*(?:\/|of|sur|de)\s*\d{1,3})?$|^-\s*\d{1,3}\s*-$/i;
const CLASSIFICATION_MARK = /^(?:NATO|OTAN)\s+(?:UNCLASSIFIED|SANS CLASSIFICATION|RESTRICTED|DIFFUSION RESTREINTE)$/i;

const SPACES = / {2,}/g;

export interface NormalisedText {
  /** Trimmed lines; '' marks a blank line. */
  lines: string[];
  /** Indexes of lines that were markdown headings (`#`…), a hint for section detection. */
  headingLines: Set<number>;
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
  let out = text.replace(/\r\n?/g, '\n');
  if (out.includes('<')) {
    out = out.replace(COMMENT, ' ').replace(AUTOLINK, '$1').replace(BLOCK_TAG, '\n').replace(ANY_TAG, '');
  }
  if (out.includes('&')) out = out.replace(ENTITY, decodeEntity);
  return out
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(HYPHENS, '-');
}

function stripMarkdown(line: string): string {
  let out = line;
  if (out.includes('](')) out = out.replace(MD_IMAGE_OR_LINK, '$1');
  if (out.includes('*') || out.includes('__')) {
    out = out.replace(MD_STRONG, '$2').replace(MD_EMPHASIS, '$1').replace(MD_LEFTOVER_STARS, '');
  }
  if (out.includes('\\')) out = out.replace(MD_ESCAPE, '$1');
  return out;
}

function isNoiseLine(line: string): boolean {
  return URL_ONLY.test(line) || PAGE_NUMBER.test(line) || CLASSIFICATION_MARK.test(line) || MD_RULE.test(line);
}

/** Normalises a notice into clean lines (see the module comment). */
export function normaliseNotice(text: string): NormalisedText {
  const rawLines = cleanCharacters(text).split('\n');
  const lines: string[] = [];
  const headingLines = new Set<number>();
  for (const raw of rawLines) {
    let line = raw.replace(SPACES, ' ').trim();
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
    line = line.replace(BULLET, '- ').replace(DASH_BULLET, '- ');
    line = stripMarkdown(line).replace(SPACES, ' ').trim();
    if (line === '' || line === '-') continue;
    if (heading) headingLines.add(lines.length);
    lines.push(line);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return { lines, headingLines };
}
