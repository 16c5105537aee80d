import { describe, expect, it } from 'vitest';
import { declaredAccess, parseListing, pngSize } from './listing';

describe('parseListing', () => {
  it('reads each ## heading as one field, its text trimmed, the title and preamble ignored', () => {
    const listing = parseListing('# Title\nintro\n\n## Name\nVacancy Companion\n\n## Description\nLine one.\n\nLine two.\n');
    expect([...listing.entries()]).toEqual([
      ['Name', 'Vacancy Companion'],
      ['Description', 'Line one.\n\nLine two.'],
    ]);
  });
});

describe('declaredAccess', () => {
  it.each([
    [{ permissions: ['storage', 'alarms'], host_permissions: ['https://nato.taleo.net/*'] }, ['Permission: storage', 'Permission: alarms', 'Host: https://nato.taleo.net/*']],
    // Manifest V2 lists hosts among the permissions.
    [{ permissions: ['notifications', 'https://nato.taleo.net/*'] }, ['Permission: notifications', 'Host: https://nato.taleo.net/*']],
    [{}, []],
  ])('%j', (manifest, expected) => {
    expect(declaredAccess(manifest)).toEqual(expected);
  });
});

describe('pngSize', () => {
  const header = (width: number, height: number) => {
    const bytes = new Uint8Array(24);
    bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(bytes.buffer).setUint32(16, width);
    new DataView(bytes.buffer).setUint32(20, height);
    return bytes;
  };
  it('reads the IHDR size', () => {
    expect(pngSize(header(1280, 800))).toEqual({ width: 1280, height: 800 });
  });
  it('refuses what is not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('GIF89a and more bytes here!!'))).toBeNull();
    expect(pngSize(header(1, 1).subarray(0, 20))).toBeNull();
  });
});

describe('the release', () => {
  it("has release notes in the README for package.json's version, the newest first", async () => {
    const { readFileSync } = await import('node:fs');
    const root = new URL('../../', import.meta.url);
    const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { version: string };
    const readme = readFileSync(new URL('README.md', root), 'utf8');
    const releases = readme.split(/^## Releases$/m)[1]?.split(/^## /m)[0] ?? '';
    const versions = [...releases.matchAll(/^### (\d+\.\d+\.\d+)$/gm)].map((match) => match[1]);
    expect(versions[0]).toBe(version);
  });
});
