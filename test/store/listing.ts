import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The store listing as written in .github/store/listing.<locale>.md: each `## Heading` is one
 * field of the stores' forms, its text the lines up to the next heading.
 */
export type Listing = Map<string, string>;

export function parseListing(markdown: string): Listing {
  const sections: Listing = new Map();
  let heading: string | null = null;
  let lines: string[] = [];
  const close = () => {
    if (heading !== null) sections.set(heading, lines.join('\n').trim());
  };
  for (const line of markdown.split('\n')) {
    const match = /^## (.+)$/.exec(line);
    if (match) {
      close();
      heading = match[1]!.trim();
      lines = [];
    } else if (heading !== null) {
      lines.push(line);
    }
  }
  close();
  return sections;
}

export const STORE_DIR = '.github/store';
export const LISTING_LOCALES = ['en', 'fr'] as const;

export function readListing(root: string, locale: (typeof LISTING_LOCALES)[number]): Listing {
  return parseListing(readFileSync(join(root, STORE_DIR, `listing.${locale}.md`), 'utf8'));
}

/** The manifest's own permissions and hosts, each of which the listing must justify. */
export function declaredAccess(manifest: { permissions?: string[]; host_permissions?: string[] }): string[] {
  const all = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])];
  return all.map((entry) => (/^[a-z*]+:\/\//.test(entry) ? `Host: ${entry}` : `Permission: ${entry}`));
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23), or null for anything else. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
