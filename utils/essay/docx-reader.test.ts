import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { estimatePages, readZipDocument, sniffContent } from './docx-reader';
import { classifyPageSize, twipsToMillimetres } from './page-size';
import { acceptedExtensions } from './accepted-formats';
import { A4_TWIPS, DOC_BYTES, LETTER_TWIPS, PDF_BYTES, makeDocx, makeOdt, words } from '../../test/unit/docx-fixtures';

describe('sniffContent', () => {
  it.each([
    ['docx', makeDocx(), 'zip'],
    ['odt', makeOdt(), 'zip'],
    ['pdf', PDF_BYTES, 'pdf'],
    ['doc', DOC_BYTES, 'ole2'],
    ['rtf', strToU8('{\\rtf1\\ansi hello}'), 'rtf'],
    ['empty', new Uint8Array(), 'empty'],
    ['text', strToU8('hello'), 'unknown'],
  ] as const)('%s → %s', (_name, bytes, kind) => {
    expect(sniffContent(bytes)).toBe(kind);
  });
});

describe('readZipDocument', () => {
  it('reads pages, page size and words of a Word document', () => {
    const doc = readZipDocument(makeDocx({ pages: 3, paragraphs: ['One two three.', 'Four five'] }));
    expect(doc).toEqual({ kind: 'docx', pages: 3, pageSizes: [A4_TWIPS], words: 5, pageBreaks: 0, renderedPageBreaks: 0 });
  });

  it('has no page count when app.xml is missing or says 0', () => {
    expect(readZipDocument(makeDocx({ pages: null }))).toMatchObject({ kind: 'docx', pages: null });
    expect(readZipDocument(makeDocx({ pages: 0 }))).toMatchObject({ kind: 'docx', pages: null });
  });

  it('counts explicit page breaks and words split over runs once', () => {
    const documentXml =
      '<w:document><w:body><w:p><w:r><w:t>Hel</w:t></w:r><w:r><w:t>lo world</w:t></w:r></w:p>' +
      '<w:p><w:r><w:lastRenderedPageBreak/><w:t>again</w:t><w:br w:type="page"/></w:r></w:p>' +
      '<w:sectPr><w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/></w:sectPr></w:body></w:document>';
    const bytes = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(documentXml) });
    expect(readZipDocument(bytes)).toEqual({
      kind: 'docx',
      pages: null,
      pageSizes: [LETTER_TWIPS],
      words: 3,
      pageBreaks: 1,
      renderedPageBreaks: 1,
    });
  });

  it.each([
    ['no [Content_Types].xml', makeDocx({ omit: ['[Content_Types].xml'] }), { kind: 'not-docx', missing: ['[Content_Types].xml'] }],
    ['no word/document.xml', makeDocx({ omit: ['word/document.xml'] }), { kind: 'not-docx', missing: ['word/document.xml'] }],
    ['an ODT', makeOdt(), { kind: 'odt' }],
  ])('%s', (_name, bytes, expected) => {
    expect(readZipDocument(bytes)).toEqual(expected);
  });

  it('flags a truncated zip as corrupt', () => {
    const bytes = makeDocx();
    expect(readZipDocument(bytes.subarray(0, bytes.length - 30)).kind).toBe('corrupt');
  });

  it('does not inflate entries above the caps (zip bomb)', () => {
    // 4 MB of zeros compress to a few kB: the declared size is what the cap looks at.
    const small = makeDocx();
    const heavy = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'word/document.xml': new Uint8Array(4 * 1024 * 1024),
    });
    const limits = { maxFileBytes: 1e9, maxEntryBytes: 1024 * 1024, maxCompressedEntryBytes: 1e9 };
    expect(heavy.length).toBeLessThan(64 * 1024);
    expect(readZipDocument(heavy, limits)).toEqual({ kind: 'too-large' });
    expect(readZipDocument(small, limits).kind).toBe('docx');
    expect(readZipDocument(small, { ...limits, maxFileBytes: 100 })).toEqual({ kind: 'too-large' });
  });

  it('ignores big entries it does not need (images): they are neither inflated nor capped', () => {
    const bytes = makeDocx({ extra: { 'word/media/image1.png': new Uint8Array(4 * 1024 * 1024) } });
    expect(readZipDocument(bytes, { maxFileBytes: 1e9, maxEntryBytes: 1024 * 1024, maxCompressedEntryBytes: 1e9 }).kind).toBe('docx');
  });
});

describe('estimatePages', () => {
  it.each([
    [0, 0, 0, 1],
    [499, 0, 0, 1],
    [501, 0, 0, 2],
    [1400, 0, 0, 3],
    [100, 2, 0, 3],
    [100, 0, 1, 2],
  ])('%i words, %i breaks, %i rendered → %i', (wordCount, pageBreaks, renderedPageBreaks, pages) => {
    expect(estimatePages({ words: wordCount, pageBreaks, renderedPageBreaks })).toBe(pages);
  });

  it('counts the words of generated text', () => {
    const doc = readZipDocument(makeDocx({ paragraphs: [words(700)] }));
    expect(doc.kind === 'docx' && estimatePages(doc)).toBe(2);
  });
});

describe('classifyPageSize', () => {
  it.each([
    [A4_TWIPS, 'a4'],
    [{ width: 11907, height: 16839 }, 'a4'],
    [{ width: 16838, height: 11906 }, 'a4'],
    [LETTER_TWIPS, 'letter'],
    [{ width: 12240, height: 20160 }, 'other'],
  ] as const)('%j → %s', (size, kind) => {
    expect(classifyPageSize(size)).toBe(kind);
  });

  it('converts twips to millimetres', () => {
    expect([twipsToMillimetres(12240), twipsToMillimetres(15840)]).toEqual([216, 279]);
  });
});

describe('acceptedExtensions', () => {
  it.each([
    ['MS Word', ['docx', 'doc']],
    ['Microsoft Word document', ['docx', 'doc']],
    ['Word or PDF', ['docx', 'doc', 'pdf']],
    ['PDF', ['pdf']],
    ['handwritten', null],
  ])('%j', (format, extensions) => {
    expect(acceptedExtensions(format)).toEqual(extensions);
  });
});
