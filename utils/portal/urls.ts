/**
 * Where the portal's pages live: the one source of the extension's URL rules. The manifest's
 * host permission and each content script's `matches` (entrypoints/*.content/index.ts,
 * wxt.config.ts) and the page code's own checks (isDetailPage, isResultsPage, isApplyPage) are
 * all derived from PAGE_PATHS, so they cannot drift apart. Facts: utils/portal/README.md.
 */
export const PORTAL_HOST = 'nato.taleo.net';
export const PORTAL_ORIGIN = `https://${PORTAL_HOST}`;

/** The host permission: the portal and nothing else. */
export const PORTAL_HOST_PATTERN = `${PORTAL_ORIGIN}/*`;

/**
 * The paths of each page kind we act on. `*` stands for one path segment: the career section
 * (2 is the public one, staff use others, so it is never hard-coded).
 */
export const PAGE_PATHS = {
  detail: ['/careersection/*/jobdetail.ftl'],
  results: ['/careersection/*/jobsearch.ftl', '/careersection/*/moresearch.ftl'],
  // The apply flow: jobapply.ftl in a section, then application.jss and flow.jsf, at either depth.
  apply: [
    '/careersection/*/jobapply.ftl',
    '/careersection/application.jss',
    '/careersection/*/application.jss',
    '/careersection/flow.jsf',
    '/careersection/*/flow.jsf',
  ],
} as const satisfies Record<string, readonly string[]>;

export type PageKind = keyof typeof PAGE_PATHS;

/**
 * A content script's manifest `matches`: each path followed by anything (the query). A match
 * pattern's `*` also spans slashes and the browser injects on more than we want, which is why
 * each script checks the page again with isPortalPage before doing anything.
 */
export function matchPatterns(kind: PageKind): string[] {
  return PAGE_PATHS[kind].map((path) => `${PORTAL_ORIGIN}${path}*`);
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

const PATH_RULES = Object.fromEntries(
  Object.entries(PAGE_PATHS).map(([kind, paths]) => {
    const alternatives = paths.map((path) => escapeRegExp(path).replace(/\*/g, '[^/]+'));
    return [kind, new RegExp(`^(?:${alternatives.join('|')})$`)];
  }),
) as Record<PageKind, RegExp>;

/** True when the URL is a page of this kind on the portal, exactly (any query, any language). */
export function isPortalPage(kind: PageKind, url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === PORTAL_HOST && PATH_RULES[kind].test(url.pathname);
}

/** A vacancy's detail page in a career section and language. */
export function detailUrl(section: string, reference: string, lang: string): string {
  return `${PORTAL_ORIGIN}/careersection/${section}/jobdetail.ftl?job=${encodeURIComponent(reference)}&lang=${encodeURIComponent(lang)}`;
}

/** The `job` parameter is the 6-digit Job Number, which is the vacancy reference. */
export function referenceFromUrl(url: URL): string | null {
  const job = url.searchParams.get('job')?.trim() ?? '';
  return /^\d{4,8}$/.test(job) ? job : null;
}

/** The same, of an address kept as text (a selection's page, a pasted notice's): null when it is none. */
export function referenceFromAddress(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    return referenceFromUrl(new URL(address));
  } catch {
    return null;
  }
}

/** The detail page of a row, in the same career section and language as the list. */
export function detailPageUrl(listUrl: URL, reference: string): string {
  const section = listUrl.pathname.split('/')[2] ?? '2';
  const lang = listUrl.searchParams.get('lang') ?? 'en';
  return detailUrl(section, reference, lang);
}
