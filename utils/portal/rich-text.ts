/**
 * Taleo's rich values (a description, a notice) are HTML fragments in the page's inline data.
 * They are turned into text here by a small tag scanner — never parsed into a document, never
 * rendered — with the line conventions of utils/portal/page-text.ts: a paragraph-like block is
 * set apart by a blank line, other blocks start a line, list items become "- " bullets.
 */

const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'hr']);
const BLOCKS = new Set(['div', 'li', 'tr', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'body', 'center', 'address']);
/** Elements whose content is not text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'xml']);

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', eacute: 'é', egrave: 'è',
  agrave: 'à', ccedil: 'ç', ecirc: 'ê', ocirc: 'ô', euro: '€', deg: '°', laquo: '«', raquo: '»',
};

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/?([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const HIDDEN_STYLE = /style\s*=\s*["'][^"']*display\s*:\s*none/i;

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of an HTML fragment, one block per line, blank lines between paragraphs. */
export function richTextToPlain(html: string): string {
  const pieces: string[] = [];
  let pendingBreak = '';
  let bullet = false;
  let skipping: string | null = null;
  let hiddenDepth = 0;
  const openHidden: string[] = [];
  const write = (text: string) => {
    const collapsed = decodeEntities(text).replace(/\s+/g, ' ');
    if (collapsed.trim() === '') {
      if (collapsed !== '' && pendingBreak === '') pieces.push(' ');
      return;
    }
    if (pendingBreak !== '' && pieces.length > 0) pieces.push(pendingBreak);
    pendingBreak = '';
    if (bullet && !/^\s*[-•*▪●◦]/.test(collapsed)) pieces.push('- ');
    bullet = false;
    pieces.push(collapsed);
  };
  const brk = (mark: string) => {
    if (mark.length > pendingBreak.length) pendingBreak = mark;
  };
  let last = 0;
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(last, match.index);
    last = match.index + match[0].length;
    if (skipping === null && hiddenDepth === 0) write(text);
    const name = match[1]?.toLowerCase();
    if (name === undefined) continue;
    const closing = match[0][1] === '/';
    if (skipping !== null) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (!closing && SKIPPED.has(name) && !match[0].endsWith('/>')) {
      skipping = name;
      continue;
    }
    // Word markup hides blocks with display:none; the portal does not show them either.
    if (!closing && HIDDEN_STYLE.test(match[2] ?? '') && !match[0].endsWith('/>')) {
      openHidden.push(name);
      hiddenDepth++;
      continue;
    }
    if (closing && hiddenDepth > 0 && openHidden[openHidden.length - 1] === name) {
      openHidden.pop();
      hiddenDepth--;
      continue;
    }
    if (hiddenDepth > 0) continue;
    if (name === 'br') brk('\n');
    else if (PARAGRAPHS.has(name)) brk('\n\n');
    else if (BLOCKS.has(name)) brk('\n');
    else if (name === 'td' || name === 'th') write(' ');
    if (name === 'li') bullet = !closing;
  }
  if (skipping === null && hiddenDepth === 0) write(html.slice(last));
  return pieces
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
