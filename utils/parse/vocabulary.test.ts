import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEARANCES, HEADER_LABELS, HEADING_WORDS, NATO_BODIES, PAGE_HEADINGS, QUALIFICATION_SUBHEADINGS, REFERENCE_SHAPES, SECTION_HEADINGS } from './vocabulary';

// Every word of the vocabulary is one a real notice prints: each alternative of each entry is
// found in some fixture (the real notices, the other shapes, the saved portal pages), so the
// table holds no guessed word and a word that is in it is proven by a file.

const FIXTURES = join(import.meta.dirname, '../../test/fixtures');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(?:txt|md|html)$/.test(name) ? [path] : [];
  });
}

const CORPUS = files(FIXTURES)
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n')
  // As the parser sees it: curly apostrophes straight, non-breaking spaces plain.
  .replace(/[\u2018\u2019]/g, "'")
  .replace(/\u00a0/g, ' ');

/** The top-level alternatives of a pattern source ("A|B(?:c|d)" → ["A", "B(?:c|d)"]). */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}

const ENTRIES: [string, string][] = [
  ...HEADER_LABELS.map((l): [string, string] => [`label ${l.key}`, l.source]),
  ...SECTION_HEADINGS.map((h): [string, string] => [`section ${h.key}`, h.source]),
  ...CLEARANCES.map((c): [string, string] => [`clearance ${c.code}`, c.source]),
  ...PAGE_HEADINGS.map((h): [string, string] => [`page heading ${h.lang}`, h.source]),
  ...REFERENCE_SHAPES.map((r): [string, string] => [`reference ${r.source}`, r.source]),
  ...NATO_BODIES.map((b): [string, string] => [`body ${b.name}`, b.source]),
  ...HEADING_WORDS.map((w): [string, string] => [`heading word ${w}`, w]),
  ...QUALIFICATION_SUBHEADINGS.map((h): [string, string] => [`qualification subheading ${h.lang}`, h.source]),
];
// Clearances and qualification subheadings are matched in any case, as the parser reads them;
// bodies as written or in capitals (a letterhead).
const ANY_CASE = /^(?:clearance|qualification subheading)/;
const CASES = ENTRIES.flatMap(([entry, source]) => alternatives(source).map((alternative) => ({ entry, alternative, flags: ANY_CASE.test(entry) ? 'iu' : 'u' })));
const printed = (alternative: string, flags: string, entry: string) =>
  new RegExp(alternative, flags).test(CORPUS) || (entry.startsWith('body ') && new RegExp(alternative.toUpperCase(), flags).test(CORPUS));

describe('the vocabulary', () => {
  it.each(CASES)('$entry: "$alternative" is printed in some fixture', ({ entry, alternative, flags }) => {
    expect(printed(alternative, flags, entry)).toBe(true);
  });
});

// The readers tell which entry matched by its capture group (one group per entry): an entry's own
// source must hold none, or every entry after it would be taken for the next one.
describe('the vocabulary\'s sources', () => {
  it.each(ENTRIES)('%s holds no capturing group', (_entry, source) => {
    expect(new RegExp(`${source}|`, 'u').exec('')?.length).toBe(1);
  });
});
