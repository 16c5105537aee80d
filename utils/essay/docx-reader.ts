import { readZipDirectory, type ZipLimits, type ZipRefusal } from './zip-entries';
import { scanTags, tagName } from './xml-scan';

/**
 * Reads what the essay rules need from a file's bytes, locally: what the content really is
 * (whatever the name says), and for a .docx its page count, page sizes and a word count.
 * Only the few entries we need are inflated, against one budget for the whole file
 * (zip-entries.ts), and their XML is read in one linear pass (xml-scan.ts): a hostile file costs
 * bounded work, and says so.
 */

export type ContentKind = 'zip' | 'pdf' | 'ole2' | 'rtf' | 'empty' | 'unknown';

/** The first bytes say what a file is, whatever its extension. */
export function sniffContent(bytes: Uint8Array): ContentKind {
  if (bytes.length === 0) return 'empty';
  const startsWith = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  // PK\3\4: a zip archive (.docx, .odt…); PK\5\6: an empty one.
  if (startsWith(0x50, 0x4b, 0x03, 0x04) || startsWith(0x50, 0x4b, 0x05, 0x06)) return 'zip';
  if (startsWith(0x25, 0x50, 0x44, 0x46)) return 'pdf'; // %PDF
  // OLE2 compound file: Word 97-2003 .doc (and other old Office files).
  if (startsWith(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole2';
  if (startsWith(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf'; // {\rtf
  return 'unknown';
}

/** Page size in twips (1/1440 inch), as Word stores it in each section's <w:pgSz>. */
export interface PageSize {
  width: number;
  height: number;
}

export type ZipDocument =
  | {
      kind: 'docx';
      /** <Pages> of docProps/app.xml as Word saved it; null when absent or 0 (not computed). */
      pages: number | null;
      /** One per section that states its size. */
      pageSizes: PageSize[];
      words: number;
      /** Explicit page breaks (<w:br w:type="page"/>) and breaks Word rendered when it last saved. */
      pageBreaks: number;
      renderedPageBreaks: number;
    }
  | { kind: 'odt' }
  /** A zip, but not a Word document: the parts a .docx must have are missing. */
  | { kind: 'not-docx'; missing: string[] }
  /** The zip cannot be read (damaged, truncated, or not a zip at all). */
  | { kind: 'corrupt'; reason: string }
  /** Too big to inspect safely: nothing was inflated. */
  | { kind: 'too-large' }
  /** Refused before or while inflating: a shape zip bombs use, or more than the budget. */
  | Exclude<ZipRefusal, { kind: 'corrupt' }>;

export interface ReadLimits extends ZipLimits {
  /** Whole files above this are not unzipped at all. */
  maxFileBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  // An essay's document.xml is a few hundred kB; a 100-page report's, a few MB.
  maxInflatedBytes: 8 * 1024 * 1024,
  maxEntries: 10_000,
};

const CONTENT_TYPES = '[Content_Types].xml';
const DOCUMENT = 'word/document.xml';
const APP_PROPERTIES = 'docProps/app.xml';
const ODF_MIMETYPE = 'mimetype';
const WANTED = [CONTENT_TYPES, DOCUMENT, APP_PROPERTIES, ODF_MIMETYPE];

export function readZipDocument(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): ZipDocument {
  if (bytes.length > limits.maxFileBytes) return { kind: 'too-large' };
  const zip = readZipDirectory(bytes, limits);
  if ('kind' in zip) return zip;
  const entries = zip.inflate(WANTED);
  if (!(entries instanceof Map)) return entries;

  const mimetype = entries.get(ODF_MIMETYPE);
  if (mimetype && decode(mimetype.subarray(0, 64)).startsWith('application/vnd.oasis.opendocument')) return { kind: 'odt' };

  const missing = [CONTENT_TYPES, DOCUMENT].filter((name) => !zip.names.includes(name));
  if (missing.length > 0) return { kind: 'not-docx', missing };

  const appXml = decode(entries.get(APP_PROPERTIES));
  return { kind: 'docx', pages: readPages(appXml), ...readBody(decode(entries.get(DOCUMENT))) };
}

function decode(data: Uint8Array | undefined): string {
  return data ? new TextDecoder('utf-8', { fatal: false }).decode(data) : '';
}

function readPages(appXml: string): number | null {
  let pages: number | null = null;
  // The first <Pages> or <ep:Pages>: the number is the text up to the next tag.
  scanTags(appXml, (start, end) => {
    const name = tagName(appXml, start, end);
    if (pages === null && (name === 'Pages' || name.endsWith(':Pages'))) {
      const next = appXml.indexOf('<', end);
      const text = appXml.slice(end, next === -1 ? appXml.length : next).trim();
      pages = /^\d+$/.test(text) ? Number(text) : 0;
    }
  });
  // Files written by tools other than Word often store 0 (never laid out): treat as unknown.
  return pages !== null && pages > 0 ? pages : null;
}

type Body = Omit<Extract<ZipDocument, { kind: 'docx' }>, 'kind' | 'pages'>;

/**
 * Page sizes, breaks and words of the body, in one pass over its tags. Word splits a
 * paragraph's text over many runs (<w:t>), even inside a word, so the runs of one paragraph are
 * joined before counting.
 */
function readBody(xml: string): Body {
  const body: Body = { pageSizes: [], words: 0, pageBreaks: 0, renderedPageBreaks: 0 };
  let paragraph: string[] = [];
  /** Where the text of an open <w:t> starts; -1 outside one. */
  let textStart = -1;
  scanTags(xml, (start, end) => {
    const name = tagName(xml, start, end);
    if (textStart !== -1 && name === '/w:t') paragraph.push(xml.slice(textStart, start));
    textStart = name === 'w:t' && xml.charCodeAt(end - 2) !== 0x2f ? end : -1;
    if (name === 'w:tab' && end - start === 8) paragraph.push(' ');
    else if (name === '/w:p') {
      body.words += countWords(paragraph.join(''));
      paragraph = [];
    } else if (name === 'w:br' && /\bw:type="page"/.test(xml.slice(start, end))) body.pageBreaks++;
    else if (name === 'w:lastRenderedPageBreak') body.renderedPageBreaks++;
    else if (name === 'w:pgSz') {
      const tag = xml.slice(start, end);
      const width = Number(/\bw:w="(\d+)"/.exec(tag)?.[1]);
      const height = Number(/\bw:h="(\d+)"/.exec(tag)?.[1]);
      if (width > 0 && height > 0) body.pageSizes.push({ width, height });
    }
  });
  body.words += countWords(paragraph.join(''));
  return body;
}

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** One A4 page holds about this many words of single-spaced 11–12 pt text. */
export const WORDS_PER_A4_PAGE = 500;

/**
 * A page count when the file stores none: the larger of what the text fills and what the
 * page breaks force. Only an estimate, and always presented as one.
 */
export function estimatePages(doc: { words: number; pageBreaks: number; renderedPageBreaks: number }): number {
  const byWords = Math.max(1, Math.ceil(doc.words / WORDS_PER_A4_PAGE));
  const byBreaks = 1 + Math.max(doc.pageBreaks, doc.renderedPageBreaks);
  return Math.max(byWords, byBreaks);
}
