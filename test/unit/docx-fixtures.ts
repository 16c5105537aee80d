import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Test-only builders of the files an essay check reads: .docx generated from parts, an .odt, and
 * the first bytes of a PDF and a Word 97-2003 .doc. The essay notices' rules and stored records
 * around them are in record-factory.ts.
 */

export const A4_TWIPS = { width: 11906, height: 16838 };
export const LETTER_TWIPS = { width: 12240, height: 15840 };

export interface DocxOptions {
  /** <Pages> in docProps/app.xml; null leaves app.xml out (so only an estimate is possible). */
  pages?: number | null;
  /** <w:pgSz> of the (single) section; null leaves it out. */
  pageSize?: { width: number; height: number } | null;
  /** Body paragraphs. */
  paragraphs?: string[];
  /** Explicit page breaks (<w:br w:type="page"/>) added after the text. */
  pageBreaks?: number;
  /** Parts to leave out, e.g. "word/document.xml". */
  omit?: string[];
  /** Extra entries, e.g. padding to make the file heavy. */
  extra?: Zippable;
}

export function makeDocx({ pages = 1, pageSize = A4_TWIPS, paragraphs = ['Key challenges.'], pageBreaks = 0, omit = [], extra = {} }: DocxOptions = {}): Uint8Array {
  const body = paragraphs.map((text) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`).join('');
  const breaks = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'.repeat(pageBreaks);
  const sectPr = pageSize ? `<w:sectPr><w:pgSz w:w="${pageSize.width}" w:h="${pageSize.height}"/></w:sectPr>` : '<w:sectPr/>';
  const parts: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>'),
    'word/document.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
        `<w:body>${body}${breaks}${sectPr}</w:body></w:document>`,
    ),
    ...(pages === null
      ? {}
      : { 'docProps/app.xml': strToU8(`<?xml version="1.0"?><Properties><Application>Microsoft Office Word</Application><Pages>${pages}</Pages></Properties>`) }),
    ...extra,
  };
  for (const name of omit) delete parts[name];
  return zipSync(parts);
}

/** An OpenDocument text: a zip whose first entry, mimetype, says what it is. */
export function makeOdt(): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'content.xml': strToU8('<office:document-content/>'),
  });
}

export const PDF_BYTES = strToU8('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
/** The OLE2 compound-file signature that starts a Word 97-2003 .doc, then filler. */
export const DOC_BYTES = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);

/** Text of n distinct-enough words. */
export function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
