import { noticeTextFromDocument, pageTimeZoneFromDocument } from '../parse/page-text';
import { fallbackHeaderText, referenceFromUrl } from '../portal/detail-page';

/**
 * What a content script reads off a detail page: the page's text, the header rebuilt from
 * stable ids and Taleo's inline data (the fallback), and the zone its date-times are shown
 * in. The background parses it: the parser stays out of the content scripts' bundles.
 */
export interface PageSnapshot {
  text: string;
  fallbackText: string;
  pageTimeZone: string | null;
  sourceUrl: string;
  urlReference: string | null;
}

export function snapshotDetailPage(doc: Document, url: URL): PageSnapshot {
  return {
    text: noticeTextFromDocument(doc),
    fallbackText: fallbackHeaderText(doc, url),
    pageTimeZone: pageTimeZoneFromDocument(doc),
    sourceUrl: url.href,
    urlReference: referenceFromUrl(url),
  };
}
