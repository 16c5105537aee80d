import { isPortalPage } from './urls';

/**
 * Portal knowledge for the application pages, where the essay is attached (see
 * utils/portal/README.md, "Attachment step"). The NATO pages need a login and were never
 * seen, so everything here is generic Taleo with fallbacks; proven on
 * test/fixtures/portal/apply-attachments.html.
 */

/** The apply flow's pages, in any career section (utils/portal/urls.ts). */
export function isApplyPage(url: URL): boolean {
  return isPortalPage('apply', url);
}

// File inputs, in order of trust:
const FILE_INPUT_SELECTORS = [
  // 1. Taleo's attachment block: the id ends in AttachedFilesBlock-uploadedFile whatever the
  //    template prefix (editTemplateMultipart-editForm-content-ftf-…).
  'input[type="file"][id$="AttachedFilesBlock-uploadedFile"]',
  // 2. Any other file input: other templates or blocks that upload documents.
  'input[type="file"]',
];

export function findFileInputs(root: ParentNode): HTMLInputElement[] {
  const found = new Set<HTMLInputElement>();
  for (const selector of FILE_INPUT_SELECTORS) {
    root.querySelectorAll<HTMLInputElement>(selector).forEach((input) => found.add(input));
  }
  return [...found];
}

/**
 * Where the guard's panel goes: right after the file input, or after Taleo's Attach button when
 * it directly follows the input, so the input and its button stay side by side.
 */
export function panelAnchor(input: HTMLInputElement): Element {
  const next = input.nextElementSibling;
  return next?.id.endsWith('AttachedFilesBlock-attachFileCommand') ? next : input;
}

/** Whether an event target is a file input (checked by tag, so it works across frames). */
export function isFileInput(target: EventTarget | null): target is HTMLInputElement {
  const element = target as Element | null;
  return element?.tagName === 'INPUT' && (element as HTMLInputElement).type === 'file';
}

export type VacancyConfidence = 'url' | 'page' | 'guess' | 'none';

export interface VacancyResolution {
  reference: string | null;
  confidence: VacancyConfidence;
  /** References worth offering when asking the user: page and URL findings first, then tracked. */
  candidates: string[];
}

// URL parameters naming the vacancy, in order of trust: `job` is the Job Number on jobapply.ftl;
// later steps have been seen with reqNo / requisitionno (names compared case-insensitively).
const REFERENCE_PARAMS = ['job', 'reqno', 'requisitionno'];
/** NATO Job Numbers are 6 digits; other numbers in URLs (internal ids) are not references. */
const REFERENCE = /^\d{6}$/;

export function referenceFromApplyUrl(url: URL): string | null {
  for (const name of REFERENCE_PARAMS) {
    for (const [key, value] of url.searchParams) {
      if (key.toLowerCase() === name && REFERENCE.test(value.trim())) return value.trim();
    }
  }
  return null;
}

// References in the page text, in order of trust:
const PAGE_REFERENCE_PATTERNS = [
  // 1. A labelled Job Number: "Job Number 250875", "Job Number: 250875", "Numéro de l'offre : 250875".
  /(?:Job\s+Number|Num[ée]ro(?:\s+d[eu]\s+(?:l['’]offre|poste|la\s+demande|r[ée]f[ée]rence))?)\s*:?\s*(\d{6})(?!\d)/gi,
  // 2. A title followed by its reference: "Officer, Defence Policy (251836)".
  /\((\d{6})\)/g,
];

/** Distinct references the page names, grouped by pattern in order of trust. */
export function referencesOnPage(doc: Document): string[][] {
  const text = visibleText(doc);
  return PAGE_REFERENCE_PATTERNS.map((pattern) => unique([...text.matchAll(pattern)].map((match) => match[1]!)));
}

/**
 * Which vacancy the application is for: the URL when it says, else the page text, else — only
 * when the user tracks exactly one candidate — a guess. `tracked` are the references the caller
 * considers plausible (e.g. tracked vacancies asking for an essay), most likely first.
 */
export function resolveVacancy(url: URL, doc: Document, tracked: readonly string[]): VacancyResolution {
  const fromUrl = referenceFromApplyUrl(url);
  const byTrust = referencesOnPage(doc);
  const onPage = unique(byTrust.flat());
  const candidates = unique([...(fromUrl ? [fromUrl] : []), ...onPage, ...tracked]);
  if (fromUrl) return { reference: fromUrl, confidence: 'url', candidates };
  const sure = byTrust.find((group) => group.length > 0);
  if (sure?.length === 1) return { reference: sure[0]!, confidence: 'page', candidates };
  const trackedOnPage = onPage.filter((reference) => tracked.includes(reference));
  if (trackedOnPage.length === 1) return { reference: trackedOnPage[0]!, confidence: 'page', candidates };
  if (onPage.length > 0) return { reference: onPage[0]!, confidence: 'guess', candidates };
  if (tracked.length === 1) return { reference: tracked[0]!, confidence: 'guess', candidates };
  return { reference: null, confidence: 'none', candidates };
}

const HIDDEN_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, without relying on the page's globals

/** Body text without scripts and styles (inline fillList data names other jobs' numbers). */
function visibleText(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, SHOW_TEXT);
  const parts: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!HIDDEN_TEXT_PARENTS.has(node.parentElement?.tagName ?? '')) parts.push(node.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ');
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
