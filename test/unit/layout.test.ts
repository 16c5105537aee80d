// Meta-tests that hold the layout convention (README, "Map of the code"): logic in utils/
// never reaches up into views or entrypoints, and zod is only ever zod/mini.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function importedSpecifiers(source: string): string[] {
  const pattern = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;
  return [...source.matchAll(pattern)].map((match) => match[2]!);
}

// This file's own table of examples is left out: its strings would match themselves.
const codeFiles = ['utils', 'components', 'entrypoints', 'test'].flatMap(sourceFiles).filter((file) => file !== 'test/unit/layout.test.ts');

describe('importedSpecifiers', () => {
  it.each([
    ["import { a } from '../../components/x';", ['../../components/x']],
    ["export { b } from './y';", ['./y']],
    ["const v = await import('../entrypoints/popup/PopupApp');", ['../entrypoints/popup/PopupApp']],
    ["import './theme.css';", ['./theme.css']],
    ["import type { T } from 'zod';", ['zod']],
  ])('%s', (source, expected) => {
    expect(importedSpecifiers(source)).toEqual(expected);
  });
});

describe('layout', () => {
  it('finds the source files it checks', () => {
    expect(codeFiles.filter((file) => file.startsWith('utils/')).length).toBeGreaterThan(100);
  });

  it('utils/ never imports components/ or entrypoints/', () => {
    const offenders = codeFiles
      .filter((file) => file.startsWith('utils/'))
      .flatMap((file) =>
        importedSpecifiers(readFileSync(join(root, file), 'utf8'))
          .filter((specifier) => specifier.startsWith('.'))
          .map((specifier) => relative(root, join(root, file, '..', specifier)))
          .filter((target) => /^(components|entrypoints)\//.test(target))
          .map((target) => `${file} → ${target}`),
      );
    expect(offenders).toEqual([]);
  });

  it('imports zod only as zod/mini', () => {
    const offenders = codeFiles.filter((file) =>
      importedSpecifiers(readFileSync(join(root, file), 'utf8')).some((specifier) => specifier === 'zod' || (specifier.startsWith('zod/') && specifier !== 'zod/mini')),
    );
    expect(offenders).toEqual([]);
  });
});

/** Every file under a folder whose name ends with `ending`. */
function filesEnding(dir: string, ending: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesEnding(path, ending);
    return entry.name.endsWith(ending) ? [path] : [];
  });
}

describe('CSS', () => {
  const viewCode = codeFiles.filter((file) => /^(components|entrypoints)\//.test(file) && !/\.test\.tsx?$/.test(file));
  const sheets = ['components', 'entrypoints'].flatMap((dir) => filesEnding(dir, '.css'));
  const PALETTE = 'components/palette.css';
  /** A string literal or template in code. */
  const STRING = /`(?:[^`\\]|\\.)*`|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"/g;
  /** A CSS rule: a selector, then a block that opens with a declaration (`.x { color: red;`). */
  const CSS_RULE = /(?:^|[\s}])[.:#@a-z*][^{}`'"]*\{\s*[a-z-]+\s*:[^{};]+;/i;
  /** A colour written out: #hex, rgb()/hsl() and their kin, or a colour's name. */
  const COLOUR = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(|(?<![\w-])(?:white|black|red|green|blue|yellow|orange|gray|grey|silver|navy|maroon|purple|teal|olive)(?![\w-])/i;
  const withoutComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '');

  it('finds the sheets and views it checks', () => {
    expect(sheets).toContain(PALETTE);
    expect(sheets.length).toBeGreaterThan(10);
    expect(viewCode.length).toBeGreaterThan(50);
  });

  it('no view carries CSS in a TypeScript string: each sheet is a .css file beside its view', () => {
    const offenders = viewCode.flatMap((file) => {
      const source = readFileSync(join(root, file), 'utf8');
      const inStrings = [...source.matchAll(STRING)].filter((match) => CSS_RULE.test(match[0])).map((match) => `${file}: ${match[0].slice(0, 60)}`);
      // `?raw` hands over a sheet unminified, as a string: a shadow root's sheet is imported `?inline`.
      const raw = importedSpecifiers(source).filter((specifier) => /\.css\?raw$/.test(specifier)).map((specifier) => `${file}: ${specifier}`);
      return [...inStrings, ...raw];
    });
    expect(offenders).toEqual([]);
  });

  it('colours are written only in the palette', () => {
    const inSheets = sheets.filter((file) => file !== PALETTE && COLOUR.test(withoutComments(readFileSync(join(root, file), 'utf8'))));
    const inCode = viewCode.filter((file) => [...readFileSync(join(root, file), 'utf8').matchAll(STRING)].some((match) => /^.#[0-9a-f]{3,8}.$|\b(?:rgba?|hsla?)\(/i.test(match[0])));
    expect([...inSheets, ...inCode]).toEqual([]);
  });

  it('the popup theme and every in-page sheet take the palette', () => {
    const imports = (file: string) => [...readFileSync(join(root, file), 'utf8').matchAll(/@import\s+['"]([^'"]+)['"]/g)].map((match) => join(file, '..', match[1]!));
    const takesPalette = (file: string): boolean => imports(file).some((target) => target === PALETTE || takesPalette(target));
    // The sheets a closed shadow root gets: imported `?inline` by an in-page view.
    const shadowSheets = viewCode.flatMap((file) =>
      importedSpecifiers(readFileSync(join(root, file), 'utf8'))
        .filter((specifier) => specifier.endsWith('.css?inline'))
        .map((specifier) => join(file, '..', specifier.replace(/\?inline$/, ''))),
    );
    expect(shadowSheets.length).toBeGreaterThanOrEqual(6);
    expect(['entrypoints/popup/theme.css', ...shadowSheets].filter((file) => !takesPalette(file))).toEqual([]);
  });
});

describe("the README's map of the code", () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const map = /## Map of the code\n\n```\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const named = new Set(map.split(/\s+/).map((word) => word.replace(/[,:]$/, '')));
  // What the first level of each code folder holds, tests and docs left out.
  const entries = (dir: string) =>
    readdirSync(join(root, dir), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() || (!/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.md')))
      .map((entry) => (entry.isDirectory() ? `${entry.name}/` : entry.name));

  it('is there', () => {
    expect(map).toContain('entrypoints/');
  });

  it.each(['entrypoints', 'components', 'utils'])('names everything at the top of %s/', (dir) => {
    expect(entries(dir).filter((name) => !named.has(name))).toEqual([]);
  });

  it('names only folders and files that exist', () => {
    const paths: string[] = [];
    let parent = '';
    for (const line of map.split('\n')) {
      const match = /^( *)(\S+)/.exec(line);
      if (!match) continue;
      const [, indent, first] = match;
      if (indent === '') parent = first!;
      // A line starts with the names it maps (folders end in /, files have an extension).
      for (const word of line.trim().split(/\s+/)) {
        if (!/^[\w-]+(\/|(\.[\w-]+)+)$/.test(word)) break;
        paths.push(indent === '' ? word : `${parent}${word}`);
      }
    }
    expect(paths.length).toBeGreaterThan(20);
    expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
  });
});
