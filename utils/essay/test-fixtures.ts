import { strToU8, zipSync, type Zippable } from 'fflate';
import type { StoredVacancy } from '../db/stored-vacancy';
import type { EssayVacancy } from './finding';

/**
 * Test-only builders (never imported by the extension): .docx files generated from parts, the
 * two essay notices' rules as the parser gives them, and stored records around them.
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

/** The essay rules of the two essay notices in test/fixtures/vacancies, as the parser gives them. */
export const VACANCY_250875: EssayVacancy = {
  reference: '250875',
  closesAt: '2025-06-18T21:59:00.000Z',
  essay: { required: true, format: 'MS Word', maxPages: 1, titleMustInclude: ['250875', 'Key challenges'], dueDate: '2025-06-18' },
};
export const VACANCY_250443: EssayVacancy = {
  reference: '250443',
  closesAt: '2025-04-06T21:59:00.000Z',
  essay: { required: true, format: 'MS Word', maxPages: 2, titleMustInclude: ['250443', 'Key challenges'], dueDate: '2025-04-06' },
};

export function storedVacancy(overrides: Partial<StoredVacancy> & Pick<StoredVacancy, 'reference' | 'title'>): StoredVacancy {
  return {
    titleFr: null,
    languages: ['en'],
    location: 'Belgium-Brussels',
    organisation: 'NATO International Staff (NATO IS)',
    schedule: 'Full-time',
    deadline: null,
    closesAt: null,
    salary: null,
    grade: null,
    clearance: null,
    languageRequirement: null,
    languageProfile: null,
    minExperienceYears: null,
    positions: 1,
    posts: [],
    essay: null,
    keyChallenges: [],
    assessments: [],
    contract: null,
    competencies: [],
    sourceUrl: null,
    warnings: [],
    status: 'interested',
    notes: '',
    essayFileName: null,
    remindersEnabled: true,
    completeness: 'notice',
    portalState: 'listed',
    history: [],
    capturedAt: '2025-05-01T10:00:00.000Z',
    updatedAt: '2025-05-01T10:00:00.000Z',
    ...overrides,
  };
}

/** The three fixture notices as stored records: two ask for an essay, 251836 does not. */
export const STORED_250875 = storedVacancy({
  ...VACANCY_250875,
  title: 'Head NATO Affairs and Security Policy Section (1 post) & Head Multilateral Organisations Section (1 post)',
  deadline: '2025-06-18',
});
export const STORED_250443 = storedVacancy({
  ...VACANCY_250443,
  title: 'Assistant Secretary General, Defence Policy and Planning',
  deadline: '2025-04-06',
});
export const STORED_251836 = storedVacancy({
  reference: '251836',
  title: 'Officer, Defence Policy',
  deadline: '2026-01-04',
  closesAt: '2026-01-04T22:59:00.000Z',
});
