import { isKnownTimeZone } from '../time/zones';

/**
 * Turns a portal page's DOM into clean notice text for `parseNotice`: block elements become line
 * breaks, Taleo's label/value rows (`div.contentlinepanel`) become "Label value" lines, list items
 * become "- " bullets, hidden and empty nodes are skipped and whitespace is collapsed. Takes the
 * Document as a parameter (content script and CLI alike); reads attributes only, so it works in any
 * DOM, rendered or not.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const SKIPPED = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'object', 'embed', 'svg', 'canvas',
  'select', 'option', 'datalist', 'textarea', 'button', 'input', 'img', 'video', 'audio', 'map', 'meta', 'link',
]);
/** Blocks that stand apart from their neighbours by a blank line. */
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'pre', 'hr', 'form']);
/** Blocks that start on a new line. */
const BLOCKS = new Set([
  'div', 'li', 'tr', 'dt', 'dd', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'figure',
  'figcaption', 'address', 'fieldset', 'legend', 'caption', 'tbody', 'thead', 'tfoot', 'center', 'details', 'summary',
]);
const CELLS = new Set(['td', 'th']);
/** Off-screen text for screen readers ("Go to the main content section.") is not part of the page. */
const SCREEN_READER_CLASSES = ['hidden-audible', 'sr-only', 'visually-hidden', 'visuallyhidden'];
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*(?:hidden|collapse))\b/i;
const WHITESPACE = /\s+/g;
const BULLET_START = /^\s*[-•*▪●◦]/;

const LINE_BREAK = '\n';
const PARAGRAPH_BREAK = '\n\n';

function isHidden(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const classes = element.classList;
  return classes !== undefined && SCREEN_READER_CLASSES.some((c) => classes.contains(c));
}

function isLabelRow(element: Element): boolean {
  return element.localName === 'div' && element.classList?.contains('contentlinepanel') === true;
}

/**
 * Collects text; a break is only written before the next text, as the strongest break asked for
 * since the last text, so nested blocks give one line break (or one blank line), not a pile.
 */
class TextCollector {
  private readonly pieces: string[] = [];
  private pendingBreak = '';
  private pendingBullet = false;

  text(value: string): void {
    const collapsed = value.replace(WHITESPACE, ' ');
    if (collapsed === '') return;
    if (collapsed === ' ') {
      if (this.pendingBreak === '') this.pieces.push(' ');
      return;
    }
    if (this.pendingBreak !== '' && this.pieces.length > 0) this.pieces.push(this.pendingBreak);
    this.pendingBreak = '';
    // A list item's bullet is written with its first visible text, so empty items leave nothing.
    if (this.pendingBullet && !BULLET_START.test(collapsed)) this.pieces.push('- ');
    this.pendingBullet = false;
    this.pieces.push(collapsed);
  }

  separator(mark: string): void {
    if (mark.length > this.pendingBreak.length) this.pendingBreak = mark;
  }

  bullet(pending: boolean): void {
    this.pendingBullet = pending;
  }

  finish(): string {
    return this.pieces
      .join('')
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, PARAGRAPH_BREAK)
      .trim();
  }
}

function walk(node: Node, out: TextCollector): void {
  if (node.nodeType === TEXT_NODE) {
    out.text(node.nodeValue ?? '');
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const element = node as Element;
  if (isHidden(element)) {
    // A hidden separator ("|") still kept its neighbours apart on screen.
    out.text(' ');
    return;
  }
  const name = element.localName;
  if (name === 'br') {
    out.separator(LINE_BREAK);
    return;
  }
  const paragraph = PARAGRAPHS.has(name);
  const block = paragraph || BLOCKS.has(name) || isLabelRow(element);
  if (block) out.separator(paragraph ? PARAGRAPH_BREAK : LINE_BREAK);
  if (name === 'li') out.bullet(true);
  if (CELLS.has(name)) out.text(' ');
  // In a label/value row the spans touch ("Primary Location" "Belgium-Brussels"): keep them apart.
  const spaced = isLabelRow(element);
  for (let child = element.firstChild; child !== null; child = child.nextSibling) {
    walk(child, out);
    if (spaced) out.text(' ');
  }
  if (name === 'li') out.bullet(false);
  if (CELLS.has(name)) out.text(' ');
  if (block) out.separator(paragraph ? PARAGRAPH_BREAK : LINE_BREAK);
}

/** The visible text of a portal page, one block per line, ready for `parseNotice`. */
export function noticeTextFromDocument(doc: Document): string {
  const root = doc.body ?? doc.documentElement;
  if (root === null) return '';
  const out = new TextCollector();
  walk(root, out);
  return out.finish();
}

/** The visible text of one element (a rendered description block), by the same rules. */
export function textOfElement(element: Element): string {
  const out = new TextCollector();
  walk(element, out);
  return out.finish();
}

function inputValue(doc: Document, id: string): string | null {
  const element = doc.getElementById(id);
  if (element === null) return null;
  // The live value when the script set it, else the attribute (a saved or server-built page).
  const value = ((element as HTMLInputElement).value || element.getAttribute('value') || '').trim();
  return value === '' ? null : value;
}

/**
 * The zone the page shows date-times in. Taleo echoes the browser's zone in `<input id="tz"
 * value="GMT+02:00">` and, on some pages, its IANA name in `<input id="tzname">`; the name is
 * preferred because a fixed offset is wrong for dates across a daylight-saving change.
 */
export function pageTimeZoneFromDocument(doc: Document): string | null {
  const name = inputValue(doc, 'tzname');
  if (name !== null && name.includes('/') && isKnownTimeZone(name)) return name;
  // `GMT+03:00`, `Europe/Brussels`, `CET`: whatever the zone arithmetic can read. Whether the
  // shown times fit it is judged per time (utils/parse/shown-close.ts).
  const offset = inputValue(doc, 'tz');
  if (offset !== null && isKnownTimeZone(offset)) return offset;
  return null;
}
