// The import graph of the extension's own code, for the meta-tests that hold where code may run
// (bundles.test.ts). Read from the source text: what a bundler keeps (value imports) and what
// only the type checker reads (`import type`, `export type`, imports whose names are all types).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export interface ImportEdge {
  /** Repository-relative path of the imported file, or the bare package name. */
  target: string;
  /** Erased from the bundle: only types are taken. */
  typeOnly: boolean;
  /** `import('…')`: a chunk of its own, loaded when first needed. */
  dynamic: boolean;
}

export function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

export const isTestFile = (file: string) => /\.test\.tsx?$|\.test-fakes\.ts$/.test(file) || file.startsWith('test/');

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function resolveFrom(file: string, specifier: string): string {
  if (!specifier.startsWith('.')) return specifier.startsWith('@/') ? resolveFrom('x', `./${specifier.slice(2)}`) : specifier;
  const base = join(dirname(file), specifier.replace(/\?.*$/, ''));
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) return relative(root, join(root, candidate));
  }
  return relative(root, join(root, base));
}

const STATIC = /^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*(['"])([^'"]+)\4|^\s*import\s+(['"])([^'"]+)\6/gm;
const DYNAMIC = /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g;

/** Every import of a file: static and dynamic, values and types. */
export function importsOf(file: string): ImportEdge[] {
  const source = readFileSync(join(root, file), 'utf8');
  const edges: ImportEdge[] = [];
  for (const match of source.matchAll(STATIC)) {
    const specifier = match[5] ?? match[7]!;
    const names = match[3] ?? '';
    const braces = /^\{([\s\S]*)\}$/.exec(names.trim());
    const allTypes = braces !== null && braces[1]!.split(',').map((name) => name.trim()).filter(Boolean).every((name) => name.startsWith('type '));
    edges.push({ target: resolveFrom(file, specifier), typeOnly: match[2] !== undefined || allTypes, dynamic: false });
  }
  for (const match of source.matchAll(DYNAMIC)) edges.push({ target: resolveFrom(file, match[2]!), typeOnly: false, dynamic: true });
  return edges;
}

/** The files a bundle starting at `entry` holds: value imports, dynamic ones too when asked. */
export function reachable(entry: string, { dynamic = false }: { dynamic?: boolean } = {}): Set<string> {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!/\.(ts|tsx)$/.test(file)) return;
    for (const edge of importsOf(file)) {
      if (edge.typeOnly || (edge.dynamic && !dynamic)) continue;
      walk(edge.target);
    }
  };
  walk(entry);
  return seen;
}

/** One chain of imports from `entry` to `target`, to say how a file got into a bundle. */
export function chainTo(entry: string, target: string, options: { dynamic?: boolean } = {}): string[] {
  const previous = new Map<string, string>([[entry, '']]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file === target) break;
    if (!/\.(ts|tsx)$/.test(file)) continue;
    for (const edge of importsOf(file)) {
      if (edge.typeOnly || (edge.dynamic && !options.dynamic) || previous.has(edge.target)) continue;
      previous.set(edge.target, file);
      queue.push(edge.target);
    }
  }
  const chain: string[] = [];
  for (let file: string | undefined = target; file; file = previous.get(file)) chain.unshift(file);
  return chain;
}
