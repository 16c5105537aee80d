// @vitest-environment happy-dom
// Meta-tests in refined-github's manner: every content entry has a saved page that proves its
// page reader, and its URL rules are tested against real portal addresses that must and must
// not match, both as the manifest's match patterns and as the page code's own check. Both come
// from utils/portal/urls.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import detailEntry from '../../entrypoints/portal-detail.content/index';
import resultsEntry from '../../entrypoints/portal-results.content/index';
import uploadGuardEntry from '../../entrypoints/upload-guard.content/index';
import { findFileInputs } from '../../utils/portal/apply-page';
import { detailPageKind, referenceFromUrl } from '../../utils/portal/detail-page';
import { readResultRows } from '../../utils/portal/results-page';
import { isPortalPage, matchPatterns, PORTAL_HOST_PATTERN, type PageKind } from '../../utils/portal/urls';

/** A WebExtension match pattern (`https://host/path*`) as the browser applies it to a URL. */
function matchesPattern(pattern: string, address: string): boolean {
  const parsed = /^(https?):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parsed) throw new Error(`not a match pattern: ${pattern}`);
  const url = new URL(address);
  const glob = (text: string) => new RegExp(`^${text.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  // The path part is matched against the path and the query; the fragment is never part of it.
  return url.protocol === `${parsed[1]}:` && url.host === parsed[2] && glob(parsed[3]!).test(url.pathname + url.search);
}

/** An entry's `matches` as written: one list for every browser. */
function listOf(matches: unknown): string[] {
  if (!Array.isArray(matches)) throw new Error('matches must be one list for all browsers');
  return matches as string[];
}

interface EntryCase {
  kind: PageKind;
  matches: readonly string[];
  /** A saved real page of this kind and the portal address it is served at. */
  fixture: string;
  fixtureUrl: string;
  /** What the page reader must find on the saved page. */
  proves: (doc: Document, url: URL) => void;
  match: string[];
  noMatch: string[];
}

const OTHER_PAGES = [
  'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=261340&lang=en',
  'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en',
  'https://nato.taleo.net/careersection/2/moresearch.ftl?lang=fr',
  'https://nato.taleo.net/careersection/2/jobapply.ftl?job=261340&lang=en',
  'https://nato.taleo.net/careersection/application.jss?type=1&lang=en&portal=8',
  'https://nato.taleo.net/careersection/flow.jsf',
];
// Never ours, whatever the path: another scheme, other Taleo tenants, look-alike hosts, nato.int.
const FOREIGN = [
  'http://nato.taleo.net/careersection/2/jobdetail.ftl?job=261340&lang=en',
  'https://acme.taleo.net/careersection/2/jobdetail.ftl?job=261340&lang=en',
  'https://nato.taleo.net.example.com/careersection/2/jobsearch.ftl',
  'https://www.nato.int/cps/en/natohq/recruit-hq-e.htm',
  'https://nato.taleo.net/careersection/2/jobdetail.jsp?job=261340',
  'https://nato.taleo.net/careersection/theme/181/1487255393000/en/theme/css/styles.css',
];
const others = (kindUrls: string[]) => [...OTHER_PAGES.filter((url) => !kindUrls.includes(url)), ...FOREIGN];

const DETAIL_URLS = [
  'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=261340&lang=en',
  'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=261340&lang=fr',
  'https://nato.taleo.net/careersection/1/jobdetail.ftl?job=250875',
  'https://nato.taleo.net/careersection/2/jobdetail.ftl',
];
const RESULTS_URLS = [
  'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en',
  'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=fr&radiusType=K',
  'https://nato.taleo.net/careersection/2/moresearch.ftl?lang=fr',
  'https://nato.taleo.net/careersection/1/jobsearch.ftl',
];
const APPLY_URLS = [
  'https://nato.taleo.net/careersection/2/jobapply.ftl?job=261340&lang=en',
  'https://nato.taleo.net/careersection/1/jobapply.ftl?job=250875&lang=fr',
  'https://nato.taleo.net/careersection/application.jss?type=1&lang=en&portal=8',
  'https://nato.taleo.net/careersection/2/application.jss?lang=fr',
  'https://nato.taleo.net/careersection/flow.jsf',
  'https://nato.taleo.net/careersection/2/flow.jsf?lang=en',
];

const CASES: Record<string, EntryCase> = {
  'portal-detail.content': {
    kind: 'detail',
    matches: listOf(detailEntry.matches),
    fixture: 'test/fixtures/portal/jobdetail-251836-en.html',
    fixtureUrl: 'https://nato.taleo.net/careersection/2/jobdetail.ftl?job=251836&lang=en',
    proves: (doc, url) => {
      expect(detailPageKind(doc)).toBe('description');
      expect(referenceFromUrl(url)).toBe('251836');
    },
    match: DETAIL_URLS,
    noMatch: others(DETAIL_URLS),
  },
  'portal-results.content': {
    kind: 'results',
    matches: listOf(resultsEntry.matches),
    fixture: 'test/fixtures/portal/taleo-jobsearch-2023-rendered.html',
    fixtureUrl: 'https://nato.taleo.net/careersection/2/jobsearch.ftl?lang=en',
    proves: (doc) => {
      const rows = readResultRows(doc);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => /^\d{6}$/.test(row.reference) && row.element !== null)).toBe(true);
    },
    match: RESULTS_URLS,
    noMatch: others(RESULTS_URLS),
  },
  'upload-guard.content': {
    kind: 'apply',
    matches: listOf(uploadGuardEntry.matches),
    fixture: 'test/fixtures/portal/apply-attachments.html',
    fixtureUrl: 'https://nato.taleo.net/careersection/2/jobapply.ftl?job=250875&lang=en',
    proves: (doc) => {
      expect(findFileInputs(doc).length).toBeGreaterThan(0);
    },
    match: APPLY_URLS,
    noMatch: others(APPLY_URLS),
  },
};

const contentEntries = readdirSync('entrypoints').filter((name) => name.endsWith('.content') || name.endsWith('.content.ts'));

describe('content entries', () => {
  it('are each a folder entry with a case here (a new one needs a saved page and URL tables)', () => {
    expect(contentEntries.length).toBeGreaterThan(0);
    expect(contentEntries.sort()).toEqual(Object.keys(CASES).sort());
  });

  describe.each(Object.entries(CASES))('%s', (_name, entry) => {
    it('takes its matches from utils/portal/urls.ts, inside the host permission', () => {
      expect(entry.matches).toEqual(matchPatterns(entry.kind));
      for (const pattern of entry.matches) expect(pattern.startsWith(PORTAL_HOST_PATTERN.slice(0, -1))).toBe(true);
    });

    it('has a saved page that its URL rules accept and its page reader proves', () => {
      const url = new URL(entry.fixtureUrl);
      expect(entry.matches.some((pattern) => matchesPattern(pattern, url.href))).toBe(true);
      expect(isPortalPage(entry.kind, url)).toBe(true);
      const doc = new DOMParser().parseFromString(readFileSync(entry.fixture, 'utf8'), 'text/html');
      entry.proves(doc, url);
    });

    it.each(entry.match)('runs on %s', (address) => {
      expect(entry.matches.some((pattern) => matchesPattern(pattern, address))).toBe(true);
      expect(isPortalPage(entry.kind, new URL(address))).toBe(true);
    });

    it.each(entry.noMatch)('stays off %s', (address) => {
      expect(entry.matches.some((pattern) => matchesPattern(pattern, address))).toBe(false);
      expect(isPortalPage(entry.kind, new URL(address))).toBe(false);
    });
  });

  // A match pattern's * also spans slashes: the browser injects there, and the page code declines.
  it.each([
    ['detail', 'https://nato.taleo.net/careersection/2/3/jobdetail.ftl?job=261340'],
    ['results', 'https://nato.taleo.net/careersection/2/x/jobsearch.ftl'],
    ['apply', 'https://nato.taleo.net/careersection/2/3/jobapply.ftl'],
    ['detail', 'https://nato.taleo.net/careersection/2/jobdetail.ftlx'],
  ] as const)('%s: the page code declines %s where the manifest over-matches', (kind, address) => {
    expect(matchPatterns(kind).some((pattern) => matchesPattern(pattern, address))).toBe(true);
    expect(isPortalPage(kind, new URL(address))).toBe(false);
  });
});
