import { escapeRegExp } from '../regexp';
/**
 * Taleo ships a page's data in inline scripts — `api.fillList('iface', 'list', ['v1', …])` —
 * with the meaning of each position given by a `_hlid: ['reqlistitem.title', …]` list. The
 * visible DOM is filled from these, so they are our last fallback when the DOM is not (yet)
 * readable. Read as data with a small string-literal scanner: never evaluated.
 */

export interface FillList {
  interfaceName: string;
  listName: string;
  values: string[];
}

const FILL_LIST_START = /api\.fillList\(\s*'([^']*)'\s*,\s*'([^']*)'\s*,\s*\[/g;
const FILL_INTERFACE_START = /api\.fillInterface\(\s*'([^']*)'\s*,\s*\[/g;
const HLID_START = /_hlid\s*:\s*\[/g;

export function readFillLists(script: string): FillList[] {
  const lists: FillList[] = [];
  for (const match of script.matchAll(FILL_LIST_START)) {
    const values = readStringArray(script, match.index + match[0].length);
    if (values) lists.push({ interfaceName: match[1] ?? '', listName: match[2] ?? '', values });
  }
  return lists;
}

/** `api.fillInterface('iface', [labels…])`: the interface's texts, paired with its `_hles`. */
export function readFillInterfaces(script: string): { interfaceName: string; values: string[] }[] {
  const found: { interfaceName: string; values: string[] }[] = [];
  for (const match of script.matchAll(FILL_INTERFACE_START)) {
    const values = readStringArray(script, match.index + match[0].length);
    if (values) found.push({ interfaceName: match[1] ?? '', values });
  }
  return found;
}

export function readHlidLists(script: string): string[][] {
  const lists: string[][] = [];
  for (const match of script.matchAll(HLID_START)) {
    const keys = readStringArray(script, match.index + match[0].length);
    if (keys) lists.push(keys);
  }
  return lists;
}

/**
 * Rows of a fillList keyed by the `_hlid` names (never by position: positions differ
 * between sites). The key list is the one containing `requiredKey` whose length divides the
 * value count.
 */
export function keyedRows(script: string, listName: string, requiredKey: string): Record<string, string>[] {
  const list = readFillLists(script).find((candidate) => candidate.listName === listName);
  if (!list) return [];
  // The list's own `_hlid` from the page description; else the first key list that fits.
  const own = readFtlInterfaces(script)
    .find((iface) => iface.name === list.interfaceName)
    ?.lists.find((candidate) => candidate.name === listName)?.hlid;
  const keys = [own, ...readHlidLists(script)].find(
    (candidate): candidate is string[] =>
      candidate !== undefined && candidate.includes(requiredKey) && candidate.length > 0 && list.values.length % candidate.length === 0,
  );
  if (!keys) return [];
  const rows: Record<string, string>[] = [];
  for (let start = 0; start < list.values.length; start += keys.length) {
    const row: Record<string, string> = {};
    keys.forEach((key, offset) => {
      // The first occurrence of a repeated key wins; later ones are action ids.
      if (!(key in row)) row[key] = decodeRichValue(list.values[start + offset] ?? '');
    });
    rows.push(row);
  }
  return rows;
}

/**
 * Rich values are prefixed `!*!` and percent-encoded. Decoded run by run, so a stray "%" (Word
 * markup's "100%;" in a real IAEA page) stays as it is instead of spoiling the whole value.
 */
export function decodeRichValue(value: string): string {
  if (!value.startsWith('!*!')) return value;
  return percentDecode(value.slice(3));
}

export function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/**
 * A list of the `_ftl` page description: `_hles` names the elements (ids after the interface
 * prefix) and `_hlid` the data key of each slot; both pair one-to-one with the fillList values
 * of one row.
 */
export interface FtlList {
  name: string;
  size: number;
  hles: string[];
  hlid: string[];
}

export interface FtlInterface {
  name: string;
  /** Elements filled by `api.fillInterface` (labels, titles), in its value order. */
  hles: string[];
  lists: FtlList[];
}

const INTERFACES_START = /_ints\s*:\s*\[/;

/**
 * The `_ftl` object literal Taleo writes into every page, read as data: its interfaces (from
 * `_ints`), each one's `_hles`, and its lists (from `_lsts`) with their `_hles`/`_hlid`.
 */
export function readFtlInterfaces(script: string): FtlInterface[] {
  const intsMatch = INTERFACES_START.exec(script);
  if (!intsMatch) return [];
  const names = readStringArray(script, intsMatch.index + intsMatch[0].length) ?? [];
  const interfaces: FtlInterface[] = [];
  for (const name of names) {
    const start = findKey(script, name, intsMatch.index);
    if (start < 0) continue;
    const hles = arrayAfter(script, '_hles', start) ?? [];
    const listNames = arrayAfter(script, '_lsts', start) ?? [];
    const lists: FtlList[] = [];
    for (const listName of listNames) {
      const listStart = findKey(script, listName, start);
      if (listStart < 0) continue;
      const size = /^\s*_size\s*:\s*(\d+)/.exec(script.slice(listStart, listStart + 80))?.[1];
      const listHles = arrayAfter(script, '_hles', listStart);
      const hlid = arrayAfter(script, '_hlid', listStart);
      if (listHles && hlid && listHles.length === hlid.length) {
        lists.push({ name: listName, size: size === undefined ? 1 : Number(size), hles: listHles, hlid });
      }
    }
    interfaces.push({ name, hles, lists });
  }
  return interfaces;
}

/** Where the body of `name: {` starts, after `from`; -1 when absent. */
function findKey(script: string, name: string, from: number): number {
  const pattern = new RegExp(`(?:^|[\\s,{])${escapeRegExp(name)}\\s*:\\s*\\{`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(script);
  return match ? match.index + match[0].length : -1;
}

/** The string array of the first `key: [` after `from` (within the next few hundred characters). */
function arrayAfter(script: string, key: string, from: number): string[] | null {
  const pattern = new RegExp(`${key}\\s*:\\s*\\[`, 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(script);
  if (!match) return null;
  return readStringArray(script, match.index + match[0].length);
}

/**
 * The list's values from `input#initialHistory`, Taleo's second copy of the page data: groups
 * separated by `!$!` (sent as `!%24!`), items by `!|!`, a `:` escaped as `%5C:`. The values are
 * the group after the one naming the list; used only when no fillList call can be read.
 */
export function listValuesFromHistory(history: string, listName: string, count: number): string[] | null {
  const groups = history.split('!%24!').map((group) => group.split('!|!'));
  const at = groups.findIndex((items) => items.includes(listName));
  const values = at >= 0 ? groups[at + 1] : undefined;
  if (!values || values.length < count) return null;
  return values.slice(0, count).map((value) => value.replace(/%5C:/g, ':'));
}

/** Reads `'a','b\'c', …]` from `start`; null when the array is not a plain list of strings. */
function readStringArray(source: string, start: number): string[] | null {
  const values: string[] = [];
  let i = start;
  for (;;) {
    while (i < source.length && /[\s,]/.test(source[i]!)) i++;
    const char = source[i];
    if (char === ']') return values;
    if (char !== "'" && char !== '"') return null;
    let value = '';
    i++;
    while (i < source.length && source[i] !== char) {
      if (source[i] === '\\' && i + 1 < source.length) {
        const next = source[i + 1]!;
        // \uXXXX and \xXX as JavaScript reads them; \n, \t; any other escaped character as it is.
        const hex = next === 'u' ? /^[0-9a-fA-F]{4}/.exec(source.slice(i + 2, i + 6)) : next === 'x' ? /^[0-9a-fA-F]{2}/.exec(source.slice(i + 2, i + 4)) : null;
        if (hex) {
          value += String.fromCharCode(parseInt(hex[0], 16));
          i += 2 + hex[0].length;
          continue;
        }
        value += next === 'n' ? '\n' : next === 't' ? '\t' : next;
        i += 2;
      } else {
        value += source[i];
        i++;
      }
    }
    if (i >= source.length) return null;
    values.push(value);
    i++;
  }
}
