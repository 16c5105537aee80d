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
