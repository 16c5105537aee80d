import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inflateSync, strToU8, zipSync } from 'fflate';
import { DEFAULT_READ_LIMITS, estimatePages, readZipDocument, sniffContent } from './docx-reader';
import { classifyPageSize, twipsToMillimetres } from './page-size';
import { acceptedExtensions } from './accepted-formats';
import { CONTENT_TYPES_XML, DOCUMENT_XML, bombBlocksFor, deflatedPart, rawZip, zeroBomb } from '../../test/unit/hostile-zips';
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

  it('refuses a file above the file cap without reading it', () => {
    expect(readZipDocument(makeDocx(), { ...DEFAULT_READ_LIMITS, maxFileBytes: 100 })).toEqual({ kind: 'too-large' });
  });

  it('ignores big entries it does not need (images): they are neither inflated nor counted', () => {
    const bytes = makeDocx({ extra: { 'word/media/image1.png': new Uint8Array(4 * 1024 * 1024) } });
    expect(readZipDocument(bytes, { ...DEFAULT_READ_LIMITS, maxInflatedBytes: 1024 * 1024 }).kind).toBe('docx');
  });
});

describe('readZipDocument on hostile XML', () => {
  const docxOf = (documentXml: string) => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8(documentXml) });
  const body = (inner: string) => `<w:document><w:body><w:p><w:r><w:t>Two words</w:t></w:r></w:p>${inner}<w:p><w:r><w:t>three more words</w:t><w:br w:type="page"/></w:r></w:p><w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`;

  // 200 kB of tags never closed: the old patterns took tens of seconds on these, here each
  // character is read at most twice (xml-scan.test.ts counts it); the time bound is a backstop.
  it.each(['<w:br ', '<w:pgSz ', '<w:t ', '<w:t xml:space="preserve" '])('reads a body with 200 kB of unclosed %j around its text', (unclosed) => {
    const junk = unclosed.repeat(Math.ceil(200_000 / unclosed.length));
    const started = performance.now();
    const doc = readZipDocument(docxOf(body(`<w:p>${junk}</w:p>`)));
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(doc).toEqual({ kind: 'docx', pages: null, pageSizes: [A4_TWIPS], words: 5, pageBreaks: 1, renderedPageBreaks: 0 });
  });

  /** What the reader read before the linear scan, with the patterns it used: right on well-formed XML. */
  function readByPatterns(xml: string) {
    const count = (pattern: RegExp) => [...xml.matchAll(pattern)].length;
    let words = 0;
    for (const paragraph of xml.split(/<\/w:p>/)) {
      const text = [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((run) => run[1] ?? ' ').join('');
      words += text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
    }
    const pageSizes = [...xml.matchAll(/<w:pgSz\b[^>]*>/g)].map(([tag]) => ({
      width: Number(/\bw:w="(\d+)"/.exec(tag)?.[1]),
      height: Number(/\bw:h="(\d+)"/.exec(tag)?.[1]),
    }));
    return { pageSizes, words, pageBreaks: count(/<w:br\b[^>]*\bw:type="page"/g), renderedPageBreaks: count(/<w:lastRenderedPageBreak\b/g) };
  }

  it('reads well-formed bodies as the old patterns did', () => {
    const run = fc.oneof(
      fc.constantFrom('<w:tab/>', '<w:br/>', '<w:br w:type="page"/>', '<w:br w:type="column"/>', '<w:lastRenderedPageBreak/>', '<w:rPr><w:b/></w:rPr>'),
      fc.array(fc.constantFrom('Key', 'challenges', 'été', '2025', ' ', '-', '–', '.', 'x y'), { maxLength: 6 }).map((words) => `<w:t xml:space="preserve">${words.join('')}</w:t>`),
      fc.array(fc.constantFrom('a', 'b', ' '), { maxLength: 4 }).map((words) => `<w:t>${words.join('')}</w:t>`),
    );
    const paragraph = fc.array(run, { maxLength: 6 }).map((runs) => `<w:p><w:r>${runs.join('')}</w:r></w:p>`);
    const section = fc.constantFrom('', '<w:sectPr><w:pgSz w:w="12240" w:h="15840" w:orient="portrait"/></w:sectPr>', '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>');
    fc.assert(
      fc.property(fc.array(fc.tuple(paragraph, section), { maxLength: 8 }), (parts) => {
        const xml = `<w:document><w:body>${parts.flat().join('')}</w:body></w:document>`;
        expect(readZipDocument(docxOf(xml))).toEqual({ kind: 'docx', pages: null, ...readByPatterns(xml) });
      }),
      { numRuns: 200 },
    );
  });
});

describe('readZipDocument on hostile zips', () => {
  const MB = 1024 * 1024;
  const contentTypes = deflatedPart('[Content_Types].xml', CONTENT_TYPES_XML);
  const documentPart = deflatedPart('word/document.xml', DOCUMENT_XML);

  it('reads the hand-built honest zip (the builder is right)', () => {
    expect(readZipDocument(rawZip([contentTypes, documentPart]))).toMatchObject({ kind: 'docx', words: 2 });
  });

  it('the hand-built bomb stream inflates to what its builder says', () => {
    const inflated = inflateSync(zeroBomb(3));
    expect(inflated.length).toBe(1 + 258 * (1 + 8 * 3));
    expect(inflated.every((byte) => byte === 0)).toBe(true);
  });

  it('stops an entry that declares 12 kB but inflates to 1 GiB at the cap, and says so', () => {
    const bomb = zeroBomb(bombBlocksFor(1024 * MB));
    const bytes = rawZip([contentTypes, { name: 'word/document.xml', data: bomb, declaredSize: 12 * 1024 }]);
    expect(bytes.length).toBeLessThan(DEFAULT_READ_LIMITS.maxFileBytes);
    expect(readZipDocument(bytes)).toEqual({ kind: 'expands', limitBytes: DEFAULT_READ_LIMITS.maxInflatedBytes });
  });

  it('stops a deflate stream that honestly declares more than the cap', () => {
    const bytes = rawZip([contentTypes, { name: 'word/document.xml', data: zeroBomb(bombBlocksFor(2 * MB)), declaredSize: 2 * MB }]);
    expect(readZipDocument(bytes, { ...DEFAULT_READ_LIMITS, maxInflatedBytes: MB })).toEqual({ kind: 'expands', limitBytes: MB });
  });

  it('counts one budget across the file: entries under it one by one, over it together', () => {
    const padded = (name: string, xml: string) => deflatedPart(name, xml + ' '.repeat(600 * 1024));
    const bytes = rawZip([padded('[Content_Types].xml', CONTENT_TYPES_XML), padded('word/document.xml', DOCUMENT_XML)]);
    expect(readZipDocument(bytes, { ...DEFAULT_READ_LIMITS, maxInflatedBytes: MB })).toEqual({ kind: 'expands', limitBytes: MB });
    expect(readZipDocument(bytes, { ...DEFAULT_READ_LIMITS, maxInflatedBytes: 2 * MB }).kind).toBe('docx');
  });

  it('refuses a name listed twice, even when each points at its own bytes', () => {
    const bytes = rawZip([contentTypes, documentPart, deflatedPart('word/document.xml', DOCUMENT_XML)]);
    expect(readZipDocument(bytes)).toEqual({ kind: 'duplicate-name', name: 'word/document.xml' });
  });

  it('refuses many directory entries pointing at one compressed entry, before inflating any', () => {
    const bomb = { name: 'word/document.xml', data: zeroBomb(bombBlocksFor(4 * MB)), declaredSize: 4 * MB };
    const central = [{ local: 0 }, { local: 1 }, ...Array.from({ length: 1000 }, (_, i) => ({ local: 1, name: `word/part${i}.xml` }))];
    expect(readZipDocument(rawZip([contentTypes, bomb], central))).toEqual({ kind: 'overlapping-entries' });
  });

  it('refuses entries whose bytes overlap without starting at the same place', () => {
    const bytes = rawZip([contentTypes, documentPart]);
    // A directory entry pointing into the middle of the first entry's data (a crafted local
    // header there would be read the same way).
    const inner = bytes.slice();
    const firstDataStart = 30 + '[Content_Types].xml'.length;
    inner.set([0x50, 0x4b, 0x03, 0x04], firstDataStart);
    inner.fill(0, firstDataStart + 4, firstDataStart + 30);
    const directory = new DataView(inner.buffer);
    const directoryStart = directory.getUint32(inner.length - 6, true);
    const secondEntry = directoryStart + 46 + '[Content_Types].xml'.length;
    directory.setUint32(secondEntry + 42, firstDataStart, true);
    directory.setUint32(secondEntry + 20, 0, true);
    expect(readZipDocument(inner)).toEqual({ kind: 'overlapping-entries' });
  });

  it('refuses a directory of more entries than a document has', () => {
    const parts = [contentTypes, documentPart, ...Array.from({ length: 11 }, (_, i) => deflatedPart(`customXml/item${i}.xml`, '<x/>'))];
    expect(readZipDocument(rawZip(parts), { ...DEFAULT_READ_LIMITS, maxEntries: 12 })).toEqual({ kind: 'too-many-entries', count: 13, limit: 12 });
    expect(readZipDocument(rawZip(parts), { ...DEFAULT_READ_LIMITS, maxEntries: 13 }).kind).toBe('docx');
  });

  it.each([
    ['an entry whose data runs into the directory', (zip: Uint8Array) => setCentral(zip, 0, 20, 0xffff)],
    ['a local header offset past the directory', (zip: Uint8Array) => setCentral(zip, 0, 42, 0xfffff)],
    ['an unknown compression method', (zip: Uint8Array) => setCentral(zip, 1, 10, 99)],
  ])('calls %s corrupt', (_name, damage) => {
    const bytes = rawZip([contentTypes, documentPart]);
    expect(readZipDocument(damage(bytes.slice())).kind).toBe('corrupt');
  });
});

/** Writes a 16- or 32-bit field of the index-th central directory entry of a rawZip. */
function setCentral(zip: Uint8Array, index: number, field: number, value: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let at = view.getUint32(zip.length - 6, true);
  for (let i = 0; i < index; i++) at += 46 + view.getUint16(at + 28, true);
  if (field === 10) view.setUint16(at + field, value, true);
  else view.setUint32(at + field, value, true);
  return zip;
}

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
