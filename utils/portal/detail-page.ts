import { decodeRichValue, readFillLists, readHlidLists } from './fill-list';

/**
 * Portal knowledge for a vacancy's detail page (`jobdetail.ftl`, any career section, any
 * language). Proven by test/fixtures/portal/jobdetail-*.html.
 */
const DETAIL_PATH = /^\/careersection\/[^/]+\/jobdetail\.ftl$/i;

export function isDetailPage(url: URL): boolean {
  return url.hostname === 'nato.taleo.net' && DETAIL_PATH.test(url.pathname);
}

/** The `job` parameter is the 6-digit Job Number, which is the vacancy reference. */
export function referenceFromUrl(url: URL): string | null {
  const job = url.searchParams.get('job')?.trim() ?? '';
  return /^\d{4,8}$/.test(job) ? job : null;
}

export type DetailPageKind = 'description' | 'unavailable' | 'unknown';

const UNAVAILABLE_TEXT = /no longer (?:available|accepting)|n['’]est plus disponible|job (?:is )?(?:unavailable|expired)/i;

export function detailPageKind(doc: Document): DetailPageKind {
  // Taleo names each page in a hidden input; the expired page id is misspelt on the portal.
  const pageId = doc.querySelector<HTMLInputElement>('input#ftlpageid, input[name="ftlpageid"]')?.value ?? '';
  if (/^unavai?lab?le?RequisitionPage$/i.test(pageId) || pageId === 'unavaibleRequisitionPage') return 'unavailable';
  if (pageId === 'requisitionDescriptionPage') return 'description';
  // No page id (a trimmed save or another theme): judge by the visible text.
  if (UNAVAILABLE_TEXT.test(doc.body?.textContent ?? '')) return 'unavailable';
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
 * Header facts from stable ids and, failing those, from the inline `api.fillList` data —
 * written as "Label value" lines the parser understands. Used when the rendered text alone
 * is not a readable notice.
 */
export function fallbackHeaderText(doc: Document, url: URL): string {
  const lines: string[] = [];
  const data = inlineDetailData(doc);
  const reference = firstText(doc, JOB_NUMBER_SELECTORS) ?? data.contestnumber ?? referenceFromUrl(url);
  const title = firstText(doc, TITLE_SELECTORS) ?? data.title ?? titleFromDocumentTitle(doc.title);
  if (title && reference) lines.push(`${title} (${reference})`);
  for (const row of Array.from(doc.querySelectorAll('div.contentlinepanel'))) {
    // Label/value rows: `span.subtitle` label, `span.text` value.
    const label = row.querySelector('span.subtitle')?.textContent?.trim();
    const value = Array.from(row.querySelectorAll('span.text')).map((span) => span.textContent?.trim() ?? '').join(' ').trim();
    if (label && value) lines.push(`${label.replace(/:$/, '')}: ${value}`);
  }
  if (data.unpostingdate) lines.push(`Application Deadline: ${data.unpostingdate}`);
  if (data.location) lines.push(`Primary Location: ${data.location}`);
  if (data.organization) lines.push(`NATO Body: ${data.organization}`);
  return lines.join('\n');
}

/** "Job Description - Buyer (261340)" → "Buyer". */
function titleFromDocumentTitle(title: string): string | null {
  const match = /^(?:Job Description|Description de (?:l['’])?(?:emploi|poste))\s*[-–]\s*(.+?)\s*\(\d+\)\s*$/i.exec(title.trim());
  return match?.[1] ?? null;
}

/** The first record of the page's inline data, keyed by the last part of its `_hlid` names. */
function inlineDetailData(doc: Document): Record<string, string> {
  const script = Array.from(doc.querySelectorAll('script'))
    .map((element) => element.textContent ?? '')
    .find((source) => source.includes('api.fillList') && source.includes('_hlid'));
  if (!script) return {};
  const keys = readHlidLists(script).find((list) => list.some((key) => key.endsWith('.contestnumber')));
  const values = keys && readFillLists(script).find((list) => list.values.length >= keys.length)?.values;
  if (!keys || !values) return {};
  const data: Record<string, string> = {};
  keys.forEach((key, index) => {
    const name = key.split('.').pop() ?? key;
    const value = values[index]?.trim();
    if (value && !(name in data)) data[name] = decodeRichValue(value);
  });
  return data;
}
