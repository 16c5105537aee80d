// Meta-tests that hold the layout convention (README, "Map of the code"): logic in utils/
// never reaches up into views or entrypoints, and zod is only ever zod/mini.
import { readdirSync, readFileSync } from 'node:fs';
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
