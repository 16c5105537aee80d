import { noticeTextFromDocument, pageTimeZoneFromDocument } from './page-text';
import { fallbackHeaderText, referenceFromUrl, titleFromOgTitle } from './detail-page';
import { readDetailData } from './detail-data';
import { detailHeaderLines, detailNoticeText } from './detail-text';
import { pageLocale } from './page-language';
import { localeFromLanguageTag } from '../i18n-core';

/**
 * What a content script reads off a detail page: the notice text, the header alone (the
 * fallback when the text is not a readable notice) and the zone its date-times are shown in.
 * The background parses it: the parser stays out of the content scripts' bundles.
 *
 * The text comes from Taleo's inline page data when the page carries it — the same whether
 * Taleo's script has filled the page, is late, or never runs — and from the rendered page
 * otherwise (a save without scripts, another theme).
 */
export interface PageSnapshot {
  text: string;
  fallbackText: string;
  pageTimeZone: string | null;
  sourceUrl: string;
  urlReference: string | null;
  /** Set when the text was cut to MAX_PAGE_TEXT (the background warns). */
  textCut?: boolean;
}

/** Enough for the longest notice seen many times over; a bigger page is cut, never refused. */
export const MAX_PAGE_TEXT = 300_000;
const MAX_HEADER_TEXT = 100_000;

export function snapshotDetailPage(doc: Document, url: URL): PageSnapshot {
  const { text, header } = readPage(doc, url);
  return {
    text: text.slice(0, MAX_PAGE_TEXT),
    // The header alone is short; the cut only guards against a page of endless label rows.
    fallbackText: header.slice(0, MAX_HEADER_TEXT),
    pageTimeZone: pageTimeZoneFromDocument(doc),
    sourceUrl: url.href,
    urlReference: referenceFromUrl(url),
    ...(text.length > MAX_PAGE_TEXT ? { textCut: true } : {}),
  };
}

/** The notice text of a saved or fetched portal page (the CLIs' .html input), read the same way. */
export function portalPageText(doc: Document, url: URL | null = null): string {
  return readPage(doc, url).text;
}

/** The page's inline data when it can be read as the notice: it names the job and carries its description. */
function usableData(doc: Document, urlReference: string | null) {
  const data = readDetailData(doc);
  const usable = data !== null && (data.reference ?? urlReference) !== null && data.fields.some((field) => field.key === 'reqlistitem.description');
  return usable ? data : null;
}

/** Whether the page carries Taleo's inline data for its notice (read whether or not the page is filled). */
export function hasInlineData(doc: Document, url: URL): boolean {
  return usableData(doc, referenceFromUrl(url)) !== null;
}

function readPage(doc: Document, url: URL | null): { text: string; header: string } {
  const lang = url ? pageLocale(url, doc) : localeFromLanguageTag(doc.documentElement.lang);
  const urlReference = url ? referenceFromUrl(url) : null;
  const data = usableData(doc, urlReference);
  // The data's text needs its description; else the whole rendered page is read.
  if (data === null) return { text: noticeTextFromDocument(doc), header: url ? fallbackHeaderText(doc, url) : '' };
  const filled = { ...data, reference: data.reference ?? urlReference, title: data.title ?? titleFromOgTitle(doc) };
  return { text: detailNoticeText(filled, lang), header: detailHeaderLines(filled, lang).join('\n') };
}
