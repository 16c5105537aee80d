// Meta-tests that hold where code runs, by import graph (import-graph.ts): what each bundle may
// hold, that only the worker's store writes, that the parser is pure, and that folders do not
// import each other in a loop. The README's "How it works" says why each rule exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainTo, importsOf, isTestFile, reachable, root, sourceFiles } from './import-graph';

const CONTENT_SCRIPTS = ['entrypoints/portal-detail.content/index.ts', 'entrypoints/portal-results.content/index.ts', 'entrypoints/upload-guard.content/index.ts'];
const POPUP = 'entrypoints/popup/main.tsx';
const WORKER = 'entrypoints/background.ts';

const code = ['utils', 'components', 'entrypoints'].flatMap(sourceFiles).filter((file) => !isTestFile(file));
const raw = (file: string) => readFileSync(join(root, file), 'utf8');
/** A file's code without its comments and string literals, so words in them do not count. */
const codeOf = (file: string) =>
  raw(file)
    .replace(/\/\*[\s\S]*?\*\/|(?<![:'"`\\])\/\/.*$/gm, '')
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");
/** How each offending file got into the bundle, so a failure says which import to change. */
const offenders = (entry: string, files: Iterable<string>, options: { dynamic?: boolean } = {}) => [...files].sort().map((file) => chainTo(entry, file, options).join(' → '));
const isCode = (file: string) => /\.(ts|tsx)$/.test(file);

/**
 * A module that writes the database: a read-write transaction or a table's write. The schema's
 * upgrades (schema-versions.ts) are left out: IndexedDB runs them in whichever page opens the
 * database first, by design.
 */
const WRITES_DATABASE = /transaction\(\s*'rw'|\b(db|this\.db|tx|table)\.\w+\.(put|bulkPut|add|bulkAdd|update|delete|bulkDelete|clear)\(|\.modify\(/;
const writers = code.filter((file) => file !== 'utils/db-reader/schema-versions.ts' && WRITES_DATABASE.test(raw(file)));
/** Reads or changes a page: the portal's, or the extension's own (views). */
const TOUCHES_DOM = /\b(document|window)\.(body|head|title|documentElement|createElement|createRange|getElementById|getSelection|querySelector|querySelectorAll|addEventListener|location|readyState|activeElement)\b|\b(DOMParser|MutationObserver|Document|querySelector|querySelectorAll)\b|\bHTML[A-Za-z]*Element\b/;
/** Keeps state outside the code: extension storage, IndexedDB, web storage. */
const TOUCHES_STORAGE = /\bstorage\.(local|session|sync)\b|\b(indexedDB|localStorage|sessionStorage|Dexie)\b/;
/** Reads the clock: the time of day makes a pure function's answer change from run to run. */
const READS_CLOCK = /\bDate\.now\(|new Date\(\s*\)|performance\.now\(/;

describe('the import graph', () => {
  it('finds the bundles and their files', () => {
    expect(reachable(WORKER).size).toBeGreaterThan(50);
    expect(reachable(POPUP).size).toBeGreaterThan(20);
    expect(writers).toContain('utils/db-writer/vacancy-store.ts');
  });
});

describe.each(CONTENT_SCRIPTS)('the content script %s', (entry) => {
  const files = reachable(entry, { dynamic: true });

  it('holds no zod, no database, no parser, no request slice and nothing of the worker', () => {
    const forbidden = [...files].filter(
      (file) =>
        file === 'zod/mini' ||
        file === 'dexie' ||
        file.startsWith('utils/db-reader/') ||
        file.startsWith('utils/db-writer/') ||
        file.startsWith('utils/popup-client/') ||
        file === 'utils/parse/parse-notice.ts' ||
        file === 'utils/messages.ts' ||
        file.endsWith('/requests.ts') ||
        file.startsWith('utils/background/'),
    );
    expect(offenders(entry, forbidden, { dynamic: true })).toEqual([]);
  });
});

describe('the popup', () => {
  it('renders first with no zod, no parser, no request slice and nothing of the worker', () => {
    const forbidden = [...reachable(POPUP)].filter(
      (file) => file === 'zod/mini' || file.startsWith('utils/parse/parse-notice') || file === 'utils/messages.ts' || file.endsWith('/requests.ts') || file.startsWith('utils/background/'),
    );
    expect(offenders(POPUP, forbidden)).toEqual([]);
  });

  it('parses no notice in any view: a pasted one is read by the worker', () => {
    expect(offenders(POPUP, [...reachable(POPUP, { dynamic: true })].filter((file) => file === 'utils/parse/parse-notice.ts'), { dynamic: true })).toEqual([]);
  });
});

describe('only the worker writes the database', () => {
  it('no page reaches a module that writes it (the popup reads, and asks the worker to write)', () => {
    const pages = [POPUP, 'entrypoints/welcome/main.tsx', ...CONTENT_SCRIPTS];
    const found = pages.flatMap((entry) => offenders(entry, [...reachable(entry, { dynamic: true })].filter((file) => writers.includes(file)), { dynamic: true }));
    expect(found).toEqual([]);
  });

  it('every module that writes it is in the worker', () => {
    const worker = reachable(WORKER);
    expect(writers.filter((file) => !worker.has(file))).toEqual([]);
  });
});

/**
 * The database's folders say where they run: utils/db-writer/ (the one writer, its merge rules and
 * checks) is the worker's alone; utils/db-reader/ (the database as it opens, its upgrades, the
 * read-only reader) is what extension pages get, the worker's writer building on it; the popup's
 * queries and store are utils/popup-client/. The record schemas all share are utils/record/.
 */
describe('the database folders', () => {
  const inFolder = (folder: string) => code.filter((file) => file.startsWith(folder));
  const writerFolder = inFolder('utils/db-writer/');

  it('hold the writer, the reader and the popup queries', () => {
    expect(writerFolder).toContain('utils/db-writer/vacancy-store.ts');
    expect(inFolder('utils/db-reader/')).toContain('utils/db-reader/vacancy-reader.ts');
    expect(inFolder('utils/popup-client/')).toContain('utils/popup-client/vacancy-queries.ts');
  });

  it("the writer's folder is the worker's: every file of it is in the worker, none in any page", () => {
    const worker = reachable(WORKER);
    expect(writerFolder.filter((file) => !worker.has(file))).toEqual([]);
    const pages = [POPUP, 'entrypoints/welcome/main.tsx', ...CONTENT_SCRIPTS];
    const found = pages.flatMap((entry) => offenders(entry, [...reachable(entry, { dynamic: true })].filter((file) => file.startsWith('utils/db-writer/')), { dynamic: true }));
    expect(found).toEqual([]);
  });

  it('only the worker and tests reach the writer: every file that imports it, directly or not, is in the worker', () => {
    const importers = new Map<string, string[]>();
    for (const file of code) {
      for (const edge of importsOf(file)) if (!edge.typeOnly) importers.set(edge.target, [...(importers.get(edge.target) ?? []), file]);
    }
    const reaching = new Set<string>();
    const walk = (file: string) => {
      for (const importer of importers.get(file) ?? []) if (!reaching.has(importer)) (reaching.add(importer), walk(importer));
    };
    writerFolder.forEach(walk);
    const worker = reachable(WORKER, { dynamic: true });
    expect([...reaching].filter((file) => !worker.has(file)).sort()).toEqual([]);
  });

  it('the popup reaches the database through the reader only', () => {
    const popup = reachable(POPUP, { dynamic: true });
    expect(popup.has('utils/db-reader/vacancy-reader.ts')).toBe(true);
    expect(offenders(POPUP, [...popup].filter((file) => file.startsWith('utils/db-writer/')), { dynamic: true })).toEqual([]);
  });

  it('the reader imports no writer, and the record schemas import no feature', () => {
    const upward = (folder: string, allowed: RegExp) =>
      inFolder(folder).flatMap((file) => importsOf(file).filter((edge) => /^(utils|components|entrypoints)\//.test(edge.target) && !allowed.test(edge.target)).map((edge) => `${file} → ${edge.target}`));
    // db-reader/ upgrades stored warnings with the parser's own rule (parse/warning-text.ts).
    expect(upward('utils/db-reader/', /^utils\/(db-reader|record|parse)\//)).toEqual([]);
    // record/ words its values in the UI's language (i18n-core.ts) with the one formatting home
    // (format/, which imports only the catalogue core and time/zones.ts) and keeps portal URLs by the portal's one rule (portal/urls.ts).
    expect(upward('utils/record/', /^utils\/(record\/|format\/|i18n-core\.ts$|portal\/urls\.ts$)/)).toEqual([]);
  });
});

describe('only the worker writes extension storage', () => {
  const views = code.filter((file) => file.startsWith('components/') || file.startsWith('entrypoints/popup/'));
  /** An area of extension storage, named in code (`browser.storage.local`, `chrome.storage.sync`). */
  const AREA = /\bstorage\.(local|sync)\b/;

  it('finds the views it checks', () => {
    expect(views.filter((file) => AREA.test(codeOf(file))).length).toBeGreaterThan(0);
  });

  it('no view or popup file calls storage.local.set or storage.sync.set: it asks the worker', () => {
    expect(views.filter((file) => /\bstorage\.(local|sync)\.set\(/.test(codeOf(file)))).toEqual([]);
  });

  it('a view hands a storage area only to a reader (read…, load…, get…), never to a writer', () => {
    const handed = views.flatMap((file) =>
      [...codeOf(file).matchAll(/\b([\w$]+)\(\s*(?:[\w$]+\.)?storage\.(?:local|sync)\s*[,)]/g)]
        .map((match) => match[1]!)
        .filter((callee) => !/^(read|load|get)/.test(callee))
        .map((callee) => `${file}: ${callee}(storage…)`),
    );
    expect(handed).toEqual([]);
  });
});

describe('the worker', () => {
  const files = reachable(WORKER);

  it('holds no view and no page reader: it reads what content scripts send', () => {
    const forbidden = [...files].filter(
      (file) => file.startsWith('components/') || file === 'preact' || (isCode(file) && TOUCHES_DOM.test(codeOf(file))),
    );
    expect(offenders(WORKER, forbidden)).toEqual([]);
  });
});

describe('utils/parse/', () => {
  const parse = code.filter((file) => file.startsWith('utils/parse/'));
  const reached = new Set(parse.flatMap((file) => [...reachable(file)]));

  it.each([
    ['the DOM', TOUCHES_DOM],
    ['storage', TOUCHES_STORAGE],
    ['the time of day', READS_CLOCK],
  ])('reaches nothing that touches %s', (_what, pattern) => {
    const found = [...reached].filter((file) => isCode(file) && pattern.test(codeOf(file)));
    expect(found.sort()).toEqual([]);
  });

  it('imports no package but zod/mini', () => {
    expect([...reached].filter((file) => !/\.(ts|tsx)$/.test(file) && file !== 'zod/mini')).toEqual([]);
  });
});

/**
 * A folder's unit: utils/<feature>/, components/<view>/, entrypoints/<entry>/; a file at the
 * top of utils/ or components/ is its own.
 */
function unitOf(file: string): string {
  const parts = file.split('/');
  return parts.length > 2 ? `${parts[0]}/${parts[1]}/` : file;
}

/** Folder imports and, for each, one file import that makes it. */
function folderEdges(): Map<string, Map<string, string>> {
  const edges = new Map<string, Map<string, string>>();
  for (const file of code) {
    for (const edge of importsOf(file)) {
      if (!/^(utils|components|entrypoints)\//.test(edge.target)) continue;
      const [from, to] = [unitOf(file), unitOf(edge.target)];
      if (from === to) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from)!.has(to)) edges.get(from)!.set(to, `${file} → ${edge.target}`);
    }
  }
  return edges;
}

/** The folder imports that close a loop: the imported folder imports the importer, directly or not. */
function loopingImports(): string[] {
  const edges = folderEdges();
  const reaches = (from: string, to: string) => {
    const seen = new Set<string>();
    const walk = (node: string): boolean => {
      if (node === to) return true;
      if (seen.has(node)) return false;
      seen.add(node);
      return [...(edges.get(node)?.keys() ?? [])].some(walk);
    };
    return walk(from);
  };
  return [...edges].flatMap(([from, targets]) => [...targets.keys()].filter((to) => reaches(to, from)).map((to) => `${from} → ${to}`)).sort();
}

describe('folders', () => {
  it('import each other in no loop but the known ones (type imports count: a loop is one concept in two homes)', () => {
    const edges = folderEdges();
    const found = loopingImports();
    const named = (list: readonly string[]) => list.map((pair) => { const [from, to] = pair.split(' → '); return `${pair}   (${edges.get(from!)?.get(to!) ?? 'gone'})`; });
    // A new loop fails here with the file import that makes it; a known one broken must leave the list.
    expect(named(found)).toEqual(named(KNOWN_LOOPS));
  });
});

/**
 * Imports that close a loop between folders: none now. The list may only shrink, so a loop that
 * appears is broken by moving code to its one home, not listed here. The old knot (the record and
 * stored-vacancy schemas importing the features whose parts they held) is undone by layers:
 * utils/record/ holds every record schema and the plain values and rules they need (the stored
 * vacancy, user defaults, the stage list, the follow rule, the dated-step and slot schema, offer
 * checks, answers, tombstones, the closing-time order) and imports no feature; db-reader/ builds
 * on record/ (and parse/'s warning upgrade), db-writer/ on db-reader/, features on all three,
 * never the reverse. The parser holds what it reads (parse/shown-close.ts,
 * parse/notice-preparation.ts), so time/ and prepare/ sit below or above it, not both. The
 * settings' schema (settings.ts) and their plain values (settings-values.ts), each built from the
 * other, share one folder, utils/settings/.
 */
const KNOWN_LOOPS: readonly string[] = [];
