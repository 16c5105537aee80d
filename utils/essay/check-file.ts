import type { EssayRules } from '../record/vacancy-record';
import { finding, worded, type Finding } from './finding';
import { estimatePages, readZipDocument, sniffContent, type ContentKind, type ZipDocument } from './docx-reader';
import { classifyPageSize, twipsToMillimetres } from './page-size';
import { acceptedExtensions } from './accepted-formats';

/**
 * Rules about the file itself: its type (by name and by content), whether a .docx opens, its
 * pages, paper size and weight. Each works without a vacancy; the notice's rules (format,
 * page limit) sharpen them when known.
 */

/** Taleo's default attachment limit; NATO's own setting is unknown, so this only warns. */
export const PORTAL_SIZE_LIMIT_BYTES = 1024 * 1024;

/** Names of file formats: the same in English and French. */
const CONTENT_LABEL = {
  pdf: 'PDF',
  ole2: 'Word 97-2003 (.doc)',
  rtf: 'RTF',
  odt: 'OpenDocument (.odt)',
  docx: 'Word (.docx)',
} as const;

/**
 * What the bytes are, read once per file (the heavy part: a worker runs it on pages), as plain
 * data; or why they were not read. The findings are made from it for whichever vacancy is chosen.
 */
export type FileAnalysis =
  | { kind: 'read'; size: number; content: ContentKind; zip: ZipDocument | null }
  /** The check gave up: it ran past its time limit, or could not run apart from the page. */
  | { kind: 'unchecked'; size: number; why: 'time-limit' | 'no-worker'; seconds: number };

export function analyzeFile(bytes: Uint8Array): FileAnalysis {
  const content = sniffContent(bytes);
  return { kind: 'read', size: bytes.length, content, zip: content === 'zip' ? readZipDocument(bytes) : null };
}

export function checkFile(ext: string, analysis: FileAnalysis, rules: EssayRules | null): Finding[] {
  const findings: Finding[] = [formatFinding(ext, rules)];
  if (analysis.kind === 'unchecked') return [...findings, uncheckedFinding(analysis), fileSizeFinding(analysis.size)];
  const { content, zip, size } = analysis;
  const fixSaveAs = worded('essayFixSaveAsWord');
  // Without an extension the name claims nothing: just say what the content is.
  const renamed = (actual: string) =>
    ext
      ? finding('content', 'error', worded('essayContentRenamed', { actual, ext }), fixSaveAs)
      : finding('content', 'info', worded('essayContentIs', { actual }));

  if (content === 'empty') return [...findings, finding('content', 'error', worded('essayContentEmpty'))];
  if (content === 'pdf' && ext !== 'pdf') findings.push(renamed(CONTENT_LABEL.pdf));
  if (content === 'rtf' && ext !== 'rtf') findings.push(renamed(CONTENT_LABEL.rtf));
  if (content === 'ole2') {
    if (ext === 'doc') findings.push(finding('content', 'info', worded('essayContentDocOk')));
    else if (ext === 'docx') findings.push(finding('content', 'error', worded('essayContentDocAsDocx'), worded('essayFixDocAsDocx')));
    else findings.push(renamed(CONTENT_LABEL.ole2));
  }
  if (content === 'unknown' && (ext === 'docx' || ext === 'doc')) {
    findings.push(finding('content', 'error', worded('essayContentNotWord', { ext }), fixSaveAs));
  }
  if (zip) findings.push(...zipFindings(zip, ext, rules, renamed));

  findings.push(fileSizeFinding(size));
  return findings;
}

function uncheckedFinding(analysis: Extract<FileAnalysis, { kind: 'unchecked' }>): Finding {
  return analysis.why === 'time-limit'
    ? finding('content', 'warning', worded('essayContentTimedOut', { seconds: analysis.seconds }), worded('essayFixResave'))
    : finding('content', 'warning', worded('essayContentNoWorker'));
}

function formatFinding(ext: string, rules: EssayRules | null): Finding {
  if (!ext) return finding('format', rules ? 'error' : 'warning', worded('essayFormatNoExtension'), worded('essayFixSaveAsWord'));
  if (!rules) return finding('format', 'info', worded('essayFormatNoRules', { ext }));
  const accepted = acceptedExtensions(rules.format);
  if (!accepted) return finding('format', 'info', worded('essayFormatUnknownRule', { format: rules.format, ext }));
  return accepted.includes(ext)
    ? finding('format', 'ok', worded('essayFormatOk', { format: rules.format, ext }))
    : finding('format', 'error', worded('essayFormatWrong', { format: rules.format, ext }), worded('essayFixSaveAsWord'));
}

function zipFindings(doc: ZipDocument, ext: string, rules: EssayRules | null, renamed: (actual: string) => Finding): Finding[] {
  switch (doc.kind) {
    case 'corrupt':
      return [finding('content', 'error', worded('essayContentCorrupt', { reason: doc.reason }), worded('essayFixResave'))];
    case 'too-large':
      return [finding('content', 'warning', worded('essayContentTooLarge'))];
    // Shapes Word never writes: a zip bomb's, or a file damaged beyond reading.
    case 'expands':
      return [finding('content', 'error', worded('essayContentExpands', { limit: { kind: 'fileSize', bytes: doc.limitBytes } }), worded('essayFixResave'))];
    case 'duplicate-name':
      return [finding('content', 'error', worded('essayContentDuplicateName', { name: doc.name }), worded('essayFixResave'))];
    case 'overlapping-entries':
      return [finding('content', 'error', worded('essayContentOverlapping'), worded('essayFixResave'))];
    case 'too-many-entries':
      return [finding('content', 'error', worded('essayContentTooManyEntries', { count: doc.count, limit: doc.limit }), worded('essayFixResave'))];
    case 'odt':
      return ext === 'odt' ? [] : [renamed(CONTENT_LABEL.odt)];
    case 'not-docx':
      return ext === 'docx' || ext === 'doc'
        ? [finding('content', 'error', worded('essayContentNotDocx', { missing: doc.missing.join(', ') }), worded('essayFixResave'))]
        : [];
    case 'docx': {
      const content =
        ext === 'docx'
          ? finding('content', 'ok', worded('essayContentDocxOk'))
          : ext === 'doc'
            ? finding('content', 'warning', worded('essayContentDocxAsDoc'), worded('essayFixDocxAsDoc'))
            : ext
              ? finding('content', 'error', worded('essayContentRenamed', { actual: CONTENT_LABEL.docx, ext }), worded('essayFixDocxAsDoc'))
              : renamed(CONTENT_LABEL.docx);
      return [content, pagesFinding(doc, rules?.maxPages ?? null), pageSizeFinding(doc, rules !== null)];
    }
  }
}

function pagesFinding(doc: Extract<ZipDocument, { kind: 'docx' }>, max: number | null): Finding {
  if (doc.pages !== null) {
    const pages = doc.pages;
    if (max === null) return finding('pages', 'info', worded('essayPagesCount', { pages }));
    return pages <= max
      ? finding('pages', 'ok', worded('essayPagesOk', { pages, max }))
      : finding('pages', 'error', worded('essayPagesOver', { pages, max }), worded('essayFixShorten', { max }));
  }
  const values = { pages: estimatePages(doc), words: doc.words, max: max ?? '—' };
  if (max === null) return finding('pages', 'info', worded('essayPagesEstimate', values));
  return values.pages <= max
    ? finding('pages', 'info', worded('essayPagesEstimateOk', values), worded('essayFixCheckPagesInWord'))
    : finding('pages', 'warning', worded('essayPagesEstimateOver', values), worded('essayFixCheckPagesInWord'));
}

/**
 * EssayRules has no paper-size field: every NATO notice that asks for an essay says "A4 pages",
 * so A4 is expected whenever a vacancy is known, and only suggested without one.
 */
function pageSizeFinding(doc: Extract<ZipDocument, { kind: 'docx' }>, vacancyKnown: boolean): Finding {
  if (doc.pageSizes.length === 0) return finding('page-size', 'info', worded('essayPageSizeUnknown'));
  const offSize = doc.pageSizes.find((size) => classifyPageSize(size) !== 'a4');
  if (!offSize) return finding('page-size', 'ok', worded('essayPageSizeA4'));
  const severity = vacancyKnown ? 'error' : 'warning';
  const message =
    classifyPageSize(offSize) === 'letter'
      ? worded('essayPageSizeLetter')
      : worded('essayPageSizeOther', { width: twipsToMillimetres(offSize.width), height: twipsToMillimetres(offSize.height) });
  return finding('page-size', severity, message, worded('essayFixA4'));
}

function fileSizeFinding(bytes: number): Finding {
  const values = { size: { kind: 'fileSize', bytes } } as const;
  return bytes > PORTAL_SIZE_LIMIT_BYTES
    ? finding('file-size', 'warning', worded('essayFileSizeOver', values), worded('essayFixSmaller'))
    : finding('file-size', 'ok', worded('essayFileSizeOk', values));
}
