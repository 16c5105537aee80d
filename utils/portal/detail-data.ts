import { textOfElement } from './page-text';
import {
  decodeRichValue,
  listValuesFromHistory,
  readFillInterfaces,
  readFillLists,
  readFtlInterfaces,
  type FtlInterface,
  type FtlList,
} from './fill-list';

/**
 * A detail page's facts as Taleo's own data gives them, whether or not its script has run
 * (proven by the real server pages in test/fixtures/portal/other-tenants/). The values of the job's list (`descRequisition` on every Taleo page seen) are paired
 * with the list's `_hles` (element ids) and `_hlid` (data keys), never taken by position; each
 * value's label is the label element in the same `div.contentlinepanel` row — its text once
 * filled, else its `api.fillInterface` text.
 */
export interface DetailField {
  /** The data key, e.g. "reqlistitem.unpostingdate" or a custom "reqlistitem.G2105120415". */
  key: string;
  /** The label shown beside it (null when the row has none). */
  label: string | null;
  /** One line of text; HTML for `html` (a rich value as sent); lines of text for `block`. */
  value: string;
  format: 'line' | 'html' | 'block';
}

export interface DetailData {
  title: string | null;
  reference: string | null;
  fields: DetailField[];
}

const JOB_NUMBER_KEY = 'reqlistitem.contestnumber';
/** Slots that are flags, action ids and e-mail subjects, not facts of the job. */
const NOT_FACTS = /^reqlistitem\.(?:no|title|contestnumber|applyonlinejobdesc|referjobdesc|applyemail\w*|addedtojobcart|display\w*|sites)$/;
const ROW_SUFFIX = /\.row\d+$/;

function taleoScript(doc: Document): string | null {
  // The page description (`_ftl`) and the fill calls: one inline script on every page seen;
  // joined, should a page split them.
  const sources = Array.from(doc.querySelectorAll('script'))
    .map((script) => script.textContent ?? '')
    .filter((source) => source.includes('_hlid') || source.includes('api.fill'));
  const joined = sources.join('\n;\n');
  return joined.includes('_ints') ? joined : null;
}

/** The interface and list that hold the job: the list whose keys include the job number. */
function jobList(interfaces: FtlInterface[]): { iface: FtlInterface; list: FtlList } | null {
  for (const iface of interfaces) {
    const list = iface.lists.find((candidate) => candidate.hlid.includes(JOB_NUMBER_KEY));
    if (list) return { iface, list };
  }
  return null;
}

function historyValue(doc: Document): string | null {
  const input = doc.getElementById('initialHistory');
  return input?.getAttribute('value') ?? (input as HTMLInputElement | null)?.value ?? null;
}

/** The element id without the interface prefix and without the `.rowN` a rendered clone adds. */
function shortId(id: string, interfaceName: string): string {
  const bare = id.startsWith(`${interfaceName}.`) ? id.slice(interfaceName.length + 1) : id;
  return bare.replace(ROW_SUFFIX, '');
}

function cleanText(value: string | null | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Reads the job's data from Taleo's inline data, else (a rendered page saved without its
 * scripts) from the filled rows; null when neither is there.
 */
export function readDetailData(doc: Document): DetailData | null {
  return readInlineData(doc) ?? readRenderedRows(doc);
}

function readInlineData(doc: Document): DetailData | null {
  const script = taleoScript(doc);
  if (script === null) return null;
  const found = jobList(readFtlInterfaces(script));
  if (!found) return null;
  const { iface, list } = found;
  // The first row's values (a detail page has one): the fillList call, else initialHistory.
  const filled = readFillLists(script).find((call) => call.interfaceName === iface.name && call.listName === list.name);
  const history = historyValue(doc);
  const values =
    filled && filled.values.length >= list.hles.length
      ? filled.values
      : history === null
        ? null
        : listValuesFromHistory(history, list.name, list.hles.length);
  if (values === null) return null;

  const slots = new Map<string, { key: string; value: string }>();
  list.hles.forEach((hle, index) => slots.set(hle, { key: list.hlid[index] ?? '', value: values[index] ?? '' }));
  const labels = new Map<string, string>();
  const interfaceTexts = readFillInterfaces(script).find((call) => call.interfaceName === iface.name)?.values ?? [];
  iface.hles.forEach((hle, index) => labels.set(hle, cleanText(interfaceTexts[index])));

  const valueOf = (key: string) => cleanText(list.hlid.map((k, i) => (k === key ? values[i] : '')).find((v) => cleanText(v) !== ''));
  const fields: DetailField[] = [];
  const placed = new Set<string>();
  // Rows in page order; each value takes the label that precedes it in its row.
  for (const row of Array.from(doc.querySelectorAll('div.contentlinepanel'))) {
    let label: string | null = null;
    for (const element of Array.from(row.querySelectorAll('*'))) {
      const id = element.id ? shortId(element.id, iface.name) : '';
      if (element.classList.contains('subtitle')) {
        label = cleanText(element.textContent) || labels.get(id) || null;
        continue;
      }
      const slot = id ? slots.get(id) : undefined;
      if (!slot || NOT_FACTS.test(slot.key) || placed.has(slot.key)) continue;
      // A filled span wins only where the data is empty (the data is what the span shows).
      const value = slot.value !== '' ? slot.value : cleanText(element.textContent);
      if (value.trim() === '') continue;
      placed.add(slot.key);
      fields.push(field(slot.key, label, value));
      label = null;
    }
  }
  // Data the page's rows do not show (another layout): kept without a label, in list order.
  list.hlid.forEach((key, index) => {
    const value = values[index] ?? '';
    if (placed.has(key) || NOT_FACTS.test(key) || value.trim() === '') return;
    placed.add(key);
    fields.push(field(key, null, value));
  });
  return { title: valueOf('reqlistitem.title') || null, reference: valueOf(JOB_NUMBER_KEY) || null, fields };
}

function field(key: string, label: string | null, raw: string): DetailField {
  const value = decodeRichValue(raw);
  if (raw.startsWith('!*!') || /<\/?[a-z][^>]*>/i.test(value)) return { key, label, value, format: 'html' };
  return { key, label, value: value.replace(/\s+/g, ' ').trim(), format: 'line' };
}

// The rendered page's generic ids (the `.rowN` clones Taleo makes), in order of trust:
const RENDERED_KEYS: readonly [RegExp, string][] = [
  // 1. Title and job number have named ids on every Taleo page seen.
  [/^reqTitleLinkAction$/, 'reqlistitem.title'],
  [/^reqContestNumberValue$/, JOB_NUMBER_KEY],
  // 2. So do the posting and closing dates.
  [/^reqPostingDate$/, 'reqlistitem.postingdate'],
  [/^reqUnpostingDate$/, 'reqlistitem.unpostingdate'],
];
const DETAIL_INTERFACE = 'requisitionDescriptionInterface';

/**
 * A rendered page without its data script: each filled value element (an id ending in
 * `.rowN`) in a label row gives a field, labelled by the row's `span.subtitle`; a value that
 * holds blocks is the description (the longest) or another text block.
 */
function readRenderedRows(doc: Document): DetailData | null {
  const fields: DetailField[] = [];
  let title: string | null = null;
  let reference: string | null = null;
  for (const row of Array.from(doc.querySelectorAll('div.contentlinepanel'))) {
    let label: string | null = null;
    for (const element of Array.from(row.querySelectorAll('[id], .subtitle'))) {
      if (element.classList.contains('subtitle')) {
        label = cleanText(element.textContent) || null;
        continue;
      }
      if (!ROW_SUFFIX.test(element.id) || element.classList.contains('separator')) continue;
      const id = shortId(element.id, DETAIL_INTERFACE);
      const known = RENDERED_KEYS.find(([pattern]) => pattern.test(id))?.[1];
      const block = element.querySelector('p, div, ul, ol, br, h1, h2, h3, h4, table') !== null;
      const value = block ? textOfElement(element) : cleanText(element.textContent);
      if (value === '') continue;
      if (known === 'reqlistitem.title') title = value;
      else if (known === JOB_NUMBER_KEY) reference = value;
      else fields.push({ key: known ?? `rendered.${id}`, label, value, format: block ? 'block' : 'line' });
      label = null;
    }
  }
  // The description is the longest block (its row has no data key to say so).
  const blocks = fields.filter((candidate) => candidate.format === 'block');
  const longest = blocks.reduce<DetailField | null>((best, candidate) => (best === null || candidate.value.length > best.value.length ? candidate : best), null);
  if (longest) longest.key = 'reqlistitem.description';
  return reference === null && fields.length === 0 ? null : { title, reference, fields };
}
