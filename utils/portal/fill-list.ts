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
const HLID_START = /_hlid\s*:\s*\[/g;

export function readFillLists(script: string): FillList[] {
  const lists: FillList[] = [];
  for (const match of script.matchAll(FILL_LIST_START)) {
    const values = readStringArray(script, match.index + match[0].length);
    if (values) lists.push({ interfaceName: match[1] ?? '', listName: match[2] ?? '', values });
  }
  return lists;
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
  const keys = readHlidLists(script).find(
    (candidate) => candidate.includes(requiredKey) && candidate.length > 0 && list.values.length % candidate.length === 0,
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

/** Rich values are prefixed `!*!` and URL-encoded. */
export function decodeRichValue(value: string): string {
  if (!value.startsWith('!*!')) return value;
  try {
    return decodeURIComponent(value.slice(3).replace(/\+/g, ' '));
  } catch {
    return value.slice(3);
  }
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
