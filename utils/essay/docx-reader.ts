import { unzipSync, strFromU8, type UnzipFileInfo } from 'fflate';

/**
 * Reads what the essay rules need from a file's bytes, locally: what the content really is
 * (whatever the name says), and for a .docx its page count, page sizes and a word count.
 * Only the few entries we need are inflated, each under a size cap, so a zip bomb costs nothing.
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
  | { kind: 'too-large' };

export interface ReadLimits {
  /** Whole files above this are not unzipped at all. */
  maxFileBytes: number;
  /** Cap on one entry's declared inflated size. */
  maxEntryBytes: number;
  /** Cap on one entry's compressed size: bounds the work even when the declared size lies. */
  maxCompressedEntryBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxFileBytes: 25 * 1024 * 1024,
  maxEntryBytes: 32 * 1024 * 1024,
  maxCompressedEntryBytes: 8 * 1024 * 1024,
};

const CONTENT_TYPES = '[Content_Types].xml';
const DOCUMENT = 'word/document.xml';
const APP_PROPERTIES = 'docProps/app.xml';
const ODF_MIMETYPE = 'mimetype';
const WANTED = new Set([CONTENT_TYPES, DOCUMENT, APP_PROPERTIES, ODF_MIMETYPE]);

export function readZipDocument(bytes: Uint8Array, limits: ReadLimits = DEFAULT_READ_LIMITS): ZipDocument {
  if (bytes.length > limits.maxFileBytes) return { kind: 'too-large' };
  const names = new Set<string>();
  let oversized = false;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file: UnzipFileInfo) => {
        names.add(file.name);
        if (!WANTED.has(file.name)) return false;
        if (file.originalSize > limits.maxEntryBytes || file.size > limits.maxCompressedEntryBytes) {
          oversized = true;
          return false;
        }
        return true;
      },
    });
  } catch (error) {
    return { kind: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
  }
  if (oversized) return { kind: 'too-large' };

  const mimetype = entries[ODF_MIMETYPE];
  if (mimetype && strFromU8(mimetype).startsWith('application/vnd.oasis.opendocument')) return { kind: 'odt' };

  const missing = [CONTENT_TYPES, DOCUMENT].filter((name) => !names.has(name));
  if (missing.length > 0) return { kind: 'not-docx', missing };

  const documentXml = decode(entries[DOCUMENT]);
  const appXml = entries[APP_PROPERTIES] ? decode(entries[APP_PROPERTIES]) : '';
  return {
    kind: 'docx',
    pages: readPages(appXml),
    pageSizes: readPageSizes(documentXml),
    words: countWords(documentXml),
    pageBreaks: count(documentXml, /<w:br\b[^>]*\bw:type="page"/g),
    renderedPageBreaks: count(documentXml, /<w:lastRenderedPageBreak\b/g),
  };
}

function decode(data: Uint8Array | undefined): string {
  return data ? new TextDecoder('utf-8', { fatal: false }).decode(data) : '';
}

function readPages(appXml: string): number | null {
  const pages = /<(?:\w+:)?Pages>\s*(\d+)\s*</.exec(appXml);
  const value = pages ? Number(pages[1]) : 0;
  // Files written by tools other than Word often store 0 (never laid out): treat as unknown.
  return value > 0 ? value : null;
}

function readPageSizes(documentXml: string): PageSize[] {
  const sizes: PageSize[] = [];
  for (const [tag] of documentXml.matchAll(/<w:pgSz\b[^>]*>/g)) {
    const width = Number(/\bw:w="(\d+)"/.exec(tag)?.[1]);
    const height = Number(/\bw:h="(\d+)"/.exec(tag)?.[1]);
    if (width > 0 && height > 0) sizes.push({ width, height });
  }
  return sizes;
}

/**
 * Words of the body text. Word splits a paragraph's text over many runs (<w:t>), even inside a
 * word, so the runs of one paragraph are joined before counting.
 */
function countWords(documentXml: string): number {
  let words = 0;
  for (const paragraph of documentXml.split(/<\/w:p>/)) {
    const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((run) => run[1] ?? ' ')
      .join('');
    words += text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
  }
  return words;
}

function count(text: string, pattern: RegExp): number {
  return [...text.matchAll(pattern)].length;
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
