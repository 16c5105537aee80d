import { isPortalPage, referenceFromUrl } from './urls';

/**
 * Portal knowledge for a vacancy's detail page (`jobdetail.ftl`, any career section, any
 * language). Proven by the real server pages in
 * test/fixtures/portal/other-tenants/ and the NATO pages built in their structure.
 */
export function isDetailPage(url: URL): boolean {
  return isPortalPage('detail', url);
}

// The reference in a detail page's address: urls.ts, where the worker reads it too.
export { referenceFromAddress, referenceFromUrl } from './urls';

export type DetailPageKind = 'description' | 'unavailable' | 'unknown';

/**
 * An expired job answers HTTP 200 at the same URL with another page id. Judged by the VALUE of
 * the `ftlpageid` input only: every healthy page also names the expired page's id in its script
 * (test/fixtures/portal/other-tenants/who-expired-2603643.html and the healthy pages beside it).
 */
export function detailPageKind(doc: Document): DetailPageKind {
  const input = doc.querySelector<HTMLInputElement>('input#ftlpageid') ?? doc.querySelector<HTMLInputElement>('input[name="ftlpageid"]');
  const pageId = (input?.value || input?.getAttribute('value') || '').trim();
  // The portal misspells it "unavaibleRequisitionPage"; the correct spelling is accepted too.
  if (pageId === 'unavaibleRequisitionPage' || pageId === 'unavailableRequisitionPage') return 'unavailable';
  if (pageId === 'requisitionDescriptionPage') return 'description';
  return 'unknown';
}

// Job number, in order of trust:
const JOB_NUMBER_SELECTORS = [
  // 1. The generic Taleo id of the value span.
  '[id="requisitionDescriptionInterface.reqContestNumberValue.row1"]',
  // 2. Any row's contest number value (other themes number rows differently).
  '[id^="requisitionDescriptionInterface.reqContestNumberValue"]',
];

// Title, in order of trust:
const TITLE_SELECTORS = [
  // 1. The generic Taleo id of the title.
  '[id="requisitionDescriptionInterface.reqTitleLinkAction.row1"]',
  '[id^="requisitionDescriptionInterface.reqTitleLinkAction"]',
];

function firstText(doc: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = doc.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
    if (value) return value;
  }
  return null;
}

/** The page counts as filled once Taleo's script has written the job number (or the body). */
export function isFilled(doc: Document): boolean {
  if (/\d{4,8}/.test(firstText(doc, JOB_NUMBER_SELECTORS) ?? '')) return true;
  const description = doc.querySelector('[id^="requisitionDescriptionInterface.ID"][id$=".row1"]');
  return (description?.textContent?.trim().length ?? 0) > 200;
}

/**
 * Taleo's description frame is on the page (its rows' ids) but still empty: what the page shows
 * is the portal's frame, not the notice, until its script fills it. A page of another theme has
 * no such frame and is read as it shows.
 */
export function awaitsFill(doc: Document): boolean {
  return !isFilled(doc) && doc.querySelector('[id^="requisitionDescriptionInterface."]') !== null;
}

export interface WaitOptions {
  timeoutMs: number;
  /** The content script context's timer, so it dies with the script. */
  setTimeout: (callback: () => void, ms: number) => unknown;
  MutationObserver: typeof MutationObserver;
}

/** Resolves true when filled, false at the timeout (the caller then reads what it can). */
export function waitUntilFilled(doc: Document, options: WaitOptions): Promise<boolean> {
  if (isFilled(doc)) return Promise.resolve(true);
  return new Promise((resolve) => {
    let done = false;
    const finish = (filled: boolean) => {
      if (done) return;
      done = true;
      observer.disconnect();
      resolve(filled);
    };
    const observer = new options.MutationObserver(() => {
      if (isFilled(doc)) finish(true);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    options.setTimeout(() => finish(isFilled(doc)), options.timeoutMs);
  });
}

/**
 * Header facts from the rendered page's stable ids and label rows, as "Label: value" lines the
 * parser understands: the fallback for a page without Taleo's inline data whose text is not a
 * readable notice.
 */
export function fallbackHeaderText(doc: Document, url: URL): string {
  const lines: string[] = [];
  const reference = firstText(doc, JOB_NUMBER_SELECTORS) ?? referenceFromUrl(url);
  const title = firstText(doc, TITLE_SELECTORS) ?? titleFromDocumentTitle(doc.title) ?? titleFromOgTitle(doc);
  if (title && reference) lines.push(`${title} (${reference})`);
  for (const row of Array.from(doc.querySelectorAll('div.contentlinepanel'))) {
    // Label/value rows: `span.subtitle` label, `span.text` value.
    const label = row.querySelector('span.subtitle')?.textContent?.trim();
    const value = Array.from(row.querySelectorAll('span.text')).map((span) => span.textContent?.trim() ?? '').join(' ').trim();
    if (label && value) lines.push(`${label.replace(/:$/, '')}: ${value}`);
  }
  return lines.join('\n');
}

/** "Job Description - Buyer (261340)" → "Buyer". */
function titleFromDocumentTitle(title: string): string | null {
  const match = /^(?:Job Description|Description de (?:l['’])?(?:emploi|poste))\s*[-–]\s*(.+?)\s*\(\d+\)\s*$/i.exec(title.trim());
  return match?.[1] ?? null;
}

/** The server page's `<title>` is generic ("Job Search"); Taleo puts the job title in og:title. */
export function titleFromOgTitle(doc: Document): string | null {
  return doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() || null;
}
