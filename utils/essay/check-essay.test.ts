import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { checkEssay, checkEssayFile, deadlineFinding, type EssayVacancy, type Finding } from './check-essay';
import { hasErrors, type Worded } from './finding';
import { wordIn as wordFinding } from '../../test/unit/word-in';
import { DOC_BYTES, LETTER_TWIPS, PDF_BYTES, makeDocx, makeOdt, words } from '../../test/unit/docx-fixtures';
import { CONTENT_TYPES_XML, DOCUMENT_XML, bombBlocksFor, deflatedPart, rawZip, zeroBomb } from '../../test/unit/hostile-zips';
import { VACANCY_250443, VACANCY_250875 } from '../../test/unit/record-factory';

const BEFORE_250875 = new Date('2025-06-10T08:00:00.000Z');
const BEFORE_250443 = new Date('2025-04-01T08:00:00.000Z');

function severities(findings: Finding[]): Record<string, string> {
  return Object.fromEntries(findings.map((f) => [f.id, f.severity]));
}

/** A finding's text as the reader sees it, in each language. */
const en = (text: Worded | undefined) => text && wordFinding(text, 'en');
const fr = (text: Worded | undefined) => text && wordFinding(text, 'fr');

function check(fileName: string, bytes: Uint8Array, record: EssayVacancy | null = VACANCY_250875, now = BEFORE_250875) {
  return checkEssay({ fileName, bytes, record, now });
}

describe('checkEssay against 250875 (MS Word, 1 A4 page, "250875" and "Key challenges")', () => {
  it('passes a valid one-page A4 .docx with a compliant name', () => {
    const findings = check('250875_Key challenges.docx', makeDocx({ pages: 1 }));
    expect(severities(findings)).toEqual({
      'name:250875': 'ok',
      'name:Key challenges': 'ok',
      format: 'ok',
      content: 'ok',
      pages: 'ok',
      'page-size': 'ok',
      'file-size': 'ok',
      deadline: 'ok',
    });
    expect(hasErrors(findings)).toBe(false);
  });

  it.each([
    ['three pages', '250875 Key challenges.docx', makeDocx({ pages: 3 }), { pages: 'error' }],
    ['US Letter', '250875 Key challenges.docx', makeDocx({ pageSize: LETTER_TWIPS }), { 'page-size': 'error' }],
    ['odd paper', '250875 Key challenges.docx', makeDocx({ pageSize: { width: 12240, height: 20160 } }), { 'page-size': 'error' }],
    ['no page size', '250875 Key challenges.docx', makeDocx({ pageSize: null }), { 'page-size': 'info' }],
    ['no app.xml, short', '250875 Key challenges.docx', makeDocx({ pages: null, paragraphs: [words(300)] }), { pages: 'info' }],
    ['no app.xml, long', '250875 Key challenges.docx', makeDocx({ pages: null, paragraphs: [words(1200)] }), { pages: 'warning' }],
    ['corrupt zip', '250875 Key challenges.docx', makeDocx().subarray(0, 200), { content: 'error' }],
    ['not a zip at all', '250875 Key challenges.docx', strToU8('just some text'), { content: 'error' }],
    ['zip without document', '250875 Key challenges.docx', makeDocx({ omit: ['word/document.xml'] }), { content: 'error' }],
    ['renamed PDF', '250875 Key challenges.docx', PDF_BYTES, { format: 'ok', content: 'error' }],
    ['PDF', '250875 Key challenges.pdf', PDF_BYTES, { format: 'error' }],
    ['ODT', '250875 Key challenges.odt', makeOdt(), { format: 'error' }],
    ['renamed ODT', '250875 Key challenges.docx', makeOdt(), { content: 'error' }],
    ['.doc', '250875 Key challenges.doc', DOC_BYTES, { format: 'ok', content: 'info' }],
    ['.doc named .docx', '250875 Key challenges.docx', DOC_BYTES, { content: 'error' }],
    ['.docx named .doc', '250875 Key challenges.doc', makeDocx(), { format: 'ok', content: 'warning', pages: 'ok' }],
    ['empty file', '250875 Key challenges.docx', new Uint8Array(), { content: 'error' }],
    ['no extension', '250875 Key challenges', makeDocx(), { format: 'error' }],
    ['heavy file', '250875 Key challenges.docx', makeDocx({ extra: { 'word/media/image1.bin': [crypto.getRandomValues(new Uint8Array(60_000)), { level: 0 }] } }), {}],
    ['reference glued', '2508751 Key challenges.docx', makeDocx(), { 'name:250875': 'error' }],
    ['another reference', '250443 Key challenges.docx', makeDocx(), { 'name:250875': 'error' }],
    ['phrase singular', '250875 Key challenge.docx', makeDocx(), { 'name:Key challenges': 'error' }],
    ['phrase missing', '250875 essay.docx', makeDocx(), { 'name:Key challenges': 'error' }],
  ])('%s', (_name, fileName, bytes, expected) => {
    expect(severities(check(fileName, bytes))).toMatchObject(expected);
  });

  it('warns above 1 MB', () => {
    const big = makeDocx({ extra: { 'word/media/image1.bin': [filler(1_100_000), { level: 0 }] } });
    const finding = check('250875 Key challenges.docx', big).find((f) => f.id === 'file-size');
    expect(finding?.severity).toBe('warning');
    expect(en(finding?.message)).toMatch(/^Size 1[.,]\d\d MB: over 1 MB/);
    expect(fr(finding?.message)).toMatch(/^Taille 1,\d\d Mo/);
  });

  it('says when the page count is an estimate', () => {
    const pages = check('250875 Key challenges.docx', makeDocx({ pages: null, paragraphs: [words(1200)] })).find((f) => f.id === 'pages');
    expect(en(pages?.message)).toBe(
      'About 3 pages, probably over the limit of 1 (an estimate from 1200 words and the page breaks: the file stores no page count).',
    );
    expect(fr(pages?.message)).toContain('estimation');
  });

  it('names near misses and suggests a compliant name in both languages', () => {
    const finding = check('Key challenge - my essay.docx', makeDocx()).find((f) => f.id === 'name:Key challenges');
    expect(en(finding?.message)).toBe('Near miss: the file name has “Key challenge”, but it must contain “Key challenges” exactly (space, - or _ between words).');
    expect(en(finding?.fix)).toBe('Rename the file, e.g. “250875 Key challenges - my essay.docx”.');
    expect(fr(finding?.fix)).toBe('Renommez le fichier, par exemple « 250875 Key challenges - my essay.docx ».');
  });

  it('says a renamed PDF is a PDF', () => {
    const finding = check('250875 Key challenges.docx', PDF_BYTES).find((f) => f.id === 'content');
    expect(en(finding?.message)).toBe('The content is PDF, not a .docx file: renaming a file does not convert it.');
  });
});

describe('a hostile file is never "No problems found": it says it could not be checked', () => {
  const contentTypes = deflatedPart('[Content_Types].xml', CONTENT_TYPES_XML);
  const documentPart = deflatedPart('word/document.xml', DOCUMENT_XML);
  const name = '250875 Key challenges.docx';
  const content = (findings: Finding[]) => findings.find((f) => f.id === 'content');

  it('the honest hand-built zip passes, so what follows is the shape and nothing else', () => {
    expect(content(check(name, rawZip([contentTypes, documentPart])))?.severity).toBe('ok');
  });

  it('an entry that declares 12 kB and inflates past the cap', () => {
    const bomb = { name: 'word/document.xml', data: zeroBomb(bombBlocksFor(64 * 1024 * 1024)), declaredSize: 12 * 1024 };
    const finding = content(check(name, rawZip([contentTypes, bomb])));
    expect(finding?.severity).toBe('error');
    expect(en(finding?.message)).toBe('This file could not be checked: it expands to more than 8 MB when unzipped, far more than any essay.');
    expect(fr(finding?.message)).toBe("Ce fichier n'a pas pu être vérifié : décompressé, il dépasse 8 Mo, bien plus qu'aucun essai.");
  });

  it.each([
    ['a part named twice', () => rawZip([contentTypes, documentPart, documentPart]), 'This file could not be checked: its zip directory lists the part “word/document.xml” more than once, which Word never writes.'],
    [
      'directory entries sharing one compressed entry',
      () => rawZip([contentTypes, documentPart], [{ local: 0 }, { local: 1 }, { local: 1, name: 'word/copy.xml' }]),
      'This file could not be checked: several of its zip entries share the same bytes, a shape built to make a small file expand without end.',
    ],
  ])('%s', (_name, bytes, message) => {
    const findings = check(name, bytes());
    expect(content(findings)?.severity).toBe('error');
    expect(en(content(findings)?.message)).toBe(message);
    expect(fr(content(findings)?.message)).toMatch(/^Ce fichier n'a pas pu être vérifié : /);
    expect(hasErrors(findings)).toBe(true);
  });

  it.each([
    [{ kind: 'unchecked', size: 2048, why: 'time-limit', seconds: 15 } as const, 'This file could not be checked: the check took longer than 15 seconds and was stopped.'],
    [{ kind: 'unchecked', size: 2048, why: 'no-worker', seconds: 15 } as const, /^This file could not be checked on this page/],
  ])('a check that gave up (%j) is a warning, with the name, size and closing time still checked', (analysis, message) => {
    const findings = [...checkEssayFile({ fileName: name, analysis, record: VACANCY_250875 }), deadlineFinding(VACANCY_250875, BEFORE_250875)];
    expect(severities(findings)).toEqual({ 'name:250875': 'ok', 'name:Key challenges': 'ok', format: 'ok', content: 'warning', 'file-size': 'ok', deadline: 'ok' });
    expect(en(content(findings)?.message)).toMatch(message);
    expect(fr(content(findings)?.message)).toMatch(/^Ce fichier n'a pas pu être vérifié/);
  });
});

describe('findings are data, worded only when shown', () => {
  it('keeps the closing moment and the time left raw, whatever language will show them', () => {
    const deadline = check('250875 Key challenges.docx', makeDocx()).find((f) => f.id === 'deadline');
    // 250875 closes 18 June 2025 at 23:59 in Brussels (21:59 UTC); checked on 10 June at 08:00 UTC.
    expect(deadline?.message).toEqual({
      key: 'essayDeadlineOpen',
      values: {
        date: { kind: 'brusselsDateTime', instant: '2025-06-18T21:59:00.000Z' },
        remaining: { kind: 'duration', ms: (8 * 24 + 13) * 3_600_000 + 59 * 60_000 },
      },
    });
  });

  it('survives a JSON round trip (the CLI prints them) unchanged', () => {
    const findings = check('Key challenge.docx', makeDocx({ pages: 3, pageSize: LETTER_TWIPS }));
    expect(JSON.parse(JSON.stringify(findings))).toEqual(findings);
    expect(structuredClone(findings)).toEqual(findings);
  });
});

describe('checkEssay against 250443 (2 pages)', () => {
  it.each([
    [2, 'ok'],
    [3, 'error'],
  ])('%i pages → %s', (pages, severity) => {
    const findings = check('250443 Key challenges.docx', makeDocx({ pages }), VACANCY_250443, BEFORE_250443);
    expect(severities(findings).pages).toBe(severity);
  });
});

describe('closing time', () => {
  it.each([
    ['a week before', '2025-06-11T21:59:00.000Z', 'ok', /^Applications close on 18 June 2025 at 23:59 \(Brussels time\), in 7 days 0 hours\.$/],
    ['hours before', '2025-06-18T19:29:00.000Z', 'warning', /in 2 hours 30 minutes\.$/],
    ['at closing', '2025-06-18T21:59:00.000Z', 'error', /^Applications closed on 18 June 2025 at 23:59/],
    ['after', '2025-07-01T00:00:00.000Z', 'error', /no longer accepts/],
  ])('%s', (_name, now, severity, message) => {
    const finding = check('250875 Key challenges.docx', makeDocx(), VACANCY_250875, new Date(now)).find((f) => f.id === 'deadline');
    expect(finding?.severity).toBe(severity);
    expect(en(finding?.message)).toMatch(message);
  });

  it('speaks French dates in French', () => {
    const finding = check('x.docx', makeDocx(), VACANCY_250875, BEFORE_250875).find((f) => f.id === 'deadline');
    // Intl puts no-break spaces in French numbers and dates.
    expect(fr(finding?.message)?.replace(/[\u00a0\u202f]/g, ' ')).toMatch(/^Les candidatures se clôturent le 18 juin 2025 à 23:59 \(heure de Bruxelles\), dans 8 jours 13 heures\.$/);
  });

  it.each([
    ['2025-06-17T12:00:00.000Z', 'ok'],
    ['2025-06-18T20:00:00.000Z', 'warning'],
    // 00:30 in Brussels on the 19th: the due date has passed although it is still the 18th in UTC.
    ['2025-06-18T22:30:00.000Z', 'error'],
  ])('uses the essay due date when there is no closing time (%s → %s)', (now, severity) => {
    const record = { ...VACANCY_250875, closesAt: null };
    expect(severities(check('x.docx', makeDocx(), record, new Date(now))).deadline).toBe(severity);
  });

  it('says when the closing time is unknown', () => {
    const record = { ...VACANCY_250875, closesAt: null, essay: { ...VACANCY_250875.essay!, dueDate: null } };
    expect(severities(check('x.docx', makeDocx(), record)).deadline).toBe('info');
  });
});

describe('without rules', () => {
  it('runs only the file rules and says so when no vacancy is known', () => {
    const findings = check('my essay.docx', makeDocx({ pages: 3, pageSize: LETTER_TWIPS }), null);
    expect(severities(findings)).toEqual({
      rules: 'info',
      format: 'info',
      content: 'ok',
      pages: 'info',
      'page-size': 'warning',
      'file-size': 'ok',
    });
    expect(en(findings[0]?.message)).toMatch(/only the file itself was checked/);
  });

  it('still flags a renamed PDF', () => {
    expect(severities(check('essay.docx', PDF_BYTES, null)).content).toBe('error');
  });

  it('says the notice asks for no essay, and still checks the closing time', () => {
    const record: EssayVacancy = { reference: '251836', closesAt: '2026-01-04T22:59:00.000Z', essay: null };
    const findings = check('essay.docx', makeDocx(), record, new Date('2026-01-01T00:00:00Z'));
    expect(findings[0]).toMatchObject({ id: 'rules', severity: 'info' });
    expect(fr(findings[0]?.message)).toContain('251836');
    expect(severities(findings)).toMatchObject({ deadline: 'ok', format: 'info' });
    expect(findings.some((f) => f.id.startsWith('name'))).toBe(false);
  });

  it('reads the format rule from the record, not from code', () => {
    const pdfNotice: EssayVacancy = { ...VACANCY_250875, essay: { ...VACANCY_250875.essay!, format: 'PDF' } };
    expect(severities(check('250875 Key challenges.pdf', PDF_BYTES, pdfNotice)).format).toBe('ok');
    expect(severities(check('250875 Key challenges.docx', makeDocx(), pdfNotice)).format).toBe('error');
  });

  it('reads the name rule from the record', () => {
    const other: EssayVacancy = { ...VACANCY_250875, essay: { ...VACANCY_250875.essay!, titleMustInclude: ['Motivation'] } };
    expect(severities(check('Motivation.docx', makeDocx(), other))).toMatchObject({ 'name:Motivation': 'ok' });
    expect(check('Motivation.docx', makeDocx(), other).some((f) => f.id === 'name:Key challenges')).toBe(false);
  });
});

/** Bytes that do not compress, so the zip really is that big. */
function filler(size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  for (let offset = 0; offset < size; offset += 65536) crypto.getRandomValues(bytes.subarray(offset, Math.min(size, offset + 65536)));
  return bytes;
}
