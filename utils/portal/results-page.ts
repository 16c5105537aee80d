import { keyedRows } from './fill-list';
import { isPortalPage } from './urls';

/**
 * Portal knowledge for the job lists (`jobsearch.ftl`, `moresearch.ftl`, any career section).
 * Proven by test/fixtures/portal/taleo-jobsearch-2023-rendered.html, a real rendered save.
 */
export function isResultsPage(url: URL): boolean {
  return isPortalPage('results', url);
}

/** The career section a results page lists: the `<n>` of `/careersection/<n>/jobsearch.ftl`. */
export function careerSection(url: URL): string | null {
  return isPortalPage('results', url) ? (url.pathname.split('/')[2] ?? null) : null;
}

export interface RawResultRow {
  /** The row's <tr>, where a chip goes; null when read from the inline data only. */
  element: HTMLElement | null;
  reference: string;
  title: string;
  location: string | null;
  /** As shown, in the browser's zone, e.g. "22-Jun-2023, 11:59:00 PM". */
  deadlineText: string | null;
  organisation: string | null;
  gradeText: string | null;
}

// Rows: Taleo's list table; `ftlcopy` rows are clones of rendered rows, still real rows.
const ROW_SELECTOR = 'table[id="requisitionListInterface.listRequisition"] tr.ftlrow';
const REFERENCE = /^\d{4,8}$/;

export function readResultRows(doc: Document): RawResultRow[] {
  const rows = readRowsFromDom(doc);
  return rows.length > 0 ? rows : readRowsFromInlineData(doc);
}

function readRowsFromDom(doc: Document): RawResultRow[] {
  const rows: RawResultRow[] = [];
  for (const row of Array.from(doc.querySelectorAll<HTMLElement>(ROW_SELECTOR))) {
    // Ids carry the row number: reqContestNumberValue.row7 → ".row7".
    const reference = text(row.querySelector('[id^="requisitionListInterface.reqContestNumberValue.row"]'));
    if (!reference || !REFERENCE.test(reference)) continue;
    rows.push({
      element: row,
      reference,
      title: text(row.querySelector('[id^="requisitionListInterface.reqTitleLinkAction.row"]')) ?? reference,
      location: text(row.querySelector('[id^="requisitionListInterface.reqBasicLocation.row"]')),
      deadlineText: text(row.querySelector('[id^="requisitionListInterface.reqUnpostingDate.row"]')),
      organisation: text(row.querySelector('[id^="requisitionListInterface.reqOrganization.row"]')),
      gradeText: gradeAfterLabel(row),
    });
  }
  return rows;
}

/** The grade is a custom field with a generated id: take the value after the "Grade" label. */
function gradeAfterLabel(row: HTMLElement): string | null {
  const spans = Array.from(row.querySelectorAll('span.text'));
  const label = spans.findIndex((span) => /^(grade|grade\s*:?)$/i.test(span.textContent?.trim() ?? ''));
  if (label < 0) return null;
  for (const span of spans.slice(label + 1, label + 4)) {
    const value = span.textContent?.trim() ?? '';
    if (value && value !== ':') return value;
  }
  return null;
}

function readRowsFromInlineData(doc: Document): RawResultRow[] {
  const script = Array.from(doc.querySelectorAll('script'))
    .map((element) => element.textContent ?? '')
    .find((source) => source.includes("'listRequisition'"));
  if (!script) return [];
  return keyedRows(script, 'listRequisition', 'reqlistitem.contestnumber').flatMap((row) => {
    const reference = row['reqlistitem.contestnumber']?.trim() ?? '';
    if (!REFERENCE.test(reference)) return [];
    const grade = Object.entries(row).find(([key, value]) => /^reqlistitem\.G\d+$/.test(key) && value.trim());
    return [{
      element: null,
      reference,
      title: row['reqlistitem.title']?.trim() || reference,
      location: row['reqlistitem.basiclocations']?.trim() || null,
      deadlineText: row['reqlistitem.unpostingdate']?.trim() || null,
      organisation: row['reqlistitem.organization']?.trim() || null,
      gradeText: grade?.[1].trim() ?? null,
    }];
  });
}

// A row's detail page: urls.ts, where the worker reads it too.
export { detailPageUrl } from './urls';

function text(element: Element | null): string | null {
  const value = element?.textContent?.replace(/\s+/g, ' ').trim();
  return value ? value : null;
}
