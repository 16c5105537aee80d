// The packages as the stores receive them: run by `npm run check:store` after `wxt zip` for both
// browsers (see package.json). Each check is a reason a store's review or upload would refuse
// the package, or a promise the listing makes about it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredAccess, LISTING_LOCALES, pngSize, readListing, STORE_DIR } from './listing';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { version, name } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; name: string };
const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
const zipPath = (target: string) => join(root, '.output', `${name}-${version}-${target}.zip`);

interface Manifest {
  manifest_version: number;
  name: string;
  version: string;
  description: string;
  default_locale?: string;
  icons?: Record<string, string>;
  permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: unknown;
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
}

const packages = {
  chrome: { zip: 'chrome', built: '.output/chrome-mv3', manifestVersion: 3 },
  firefox: { zip: 'firefox', built: '.output/firefox-mv2', manifestVersion: 2 },
} as const;

function unzip(target: string): Record<string, Uint8Array> {
  const path = zipPath(target);
  if (!existsSync(path)) throw new Error(`${relative(root, path)} is missing: run npm run check:store, which zips both packages first.`);
  return unzipSync(readFileSync(path));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path).map((file) => join(entry.name, file)) : [entry.name];
  });
}

/** A `__MSG_key__` value as each of the package's locales words it. */
function localised(files: Record<string, Uint8Array>, value: string): Record<string, string> {
  const key = /^__MSG_(\w+)__$/.exec(value)?.[1];
  const out: Record<string, string> = {};
  for (const locale of LISTING_LOCALES) {
    const messages = JSON.parse(new TextDecoder().decode(files[`_locales/${locale}/messages.json`])) as Record<string, { message: string }>;
    out[locale] = key ? (messages[key]?.message ?? '') : value;
  }
  return out;
}

describe.each(Object.entries(packages))('the %s package', (_browser, target) => {
  const files = unzip(target.zip);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json'])) as Manifest;

  it('holds exactly the built extension: manifest at its root, no sources, maps or tests', () => {
    expect(Object.keys(files).filter((file) => !file.endsWith('/')).sort()).toEqual(filesUnder(join(root, target.built)).sort());
    expect(Object.keys(files).filter((file) => /\.(map|tsx?)$|(^|\/)test\//.test(file))).toEqual([]);
  });

  it('has the manifest fields the store requires, with the version of package.json', () => {
    expect(manifest.manifest_version).toBe(target.manifestVersion);
    expect(manifest.version).toBe(version);
    expect(manifest.default_locale).toBe('en');
    for (const [locale, text] of Object.entries(localised(files, manifest.name))) {
      expect(text.length, `name in ${locale}`).toBeGreaterThan(0);
      // Chrome: 75 characters at most; AMO: 50.
      expect(text.length, `name in ${locale}`).toBeLessThanOrEqual(50);
    }
    for (const [locale, text] of Object.entries(localised(files, manifest.description))) {
      expect(text.length, `description in ${locale}`).toBeGreaterThan(0);
      // The Chrome Web Store refuses a manifest description over 132 characters.
      expect(text.length, `description in ${locale}: ${text}`).toBeLessThanOrEqual(132);
    }
  });

  it('has every icon the stores show, each a PNG of its stated size', () => {
    expect(Object.keys(manifest.icons ?? {}).map(Number).sort((a, b) => a - b)).toEqual([16, 32, 48, 128]);
    for (const [size, path] of Object.entries(manifest.icons ?? {})) {
      expect(pngSize(files[path]!), path).toEqual({ width: Number(size), height: Number(size) });
    }
  });

  it('asks for no permission the listing does not justify, in both languages', () => {
    for (const locale of LISTING_LOCALES) {
      const listing = readListing(root, locale);
      for (const access of declaredAccess(manifest)) {
        expect(listing.get(access)?.length ?? 0, `${access} justified in listing.${locale}.md`).toBeGreaterThan(20);
      }
    }
    // Least privilege: one host, the portal.
    const hosts = declaredAccess(manifest).filter((access) => access.startsWith('Host: '));
    expect(hosts).toEqual(['Host: https://nato.taleo.net/*']);
  });

  it('loads no remote code: no script from another origin, no eval-like policy', () => {
    expect(JSON.stringify(manifest.content_security_policy ?? '')).not.toMatch(/unsafe-eval|https?:/);
    for (const [path, bytes] of Object.entries(files)) {
      if (!/\.(js|html)$/.test(path)) continue;
      const text = new TextDecoder().decode(bytes);
      expect(text, path).not.toMatch(/<script[^>]+src=["']https?:|importScripts\(\s*["']https?:|import\(\s*["']https?:/);
    }
  });
});

describe('the Firefox package for addons.mozilla.org', () => {
  const manifest = JSON.parse(new TextDecoder().decode(unzip('firefox')['manifest.json'])) as Manifest;

  it('declares its add-on id and that it collects no data', () => {
    const gecko = manifest.browser_specific_settings?.gecko;
    expect(gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(gecko?.data_collection_permissions?.required).toEqual(['none']);
    expect(gecko?.strict_min_version).toMatch(/^\d+\.\d+$/);
  });

  it('is rebuilt, file for file, from its sources zip by the README\'s build command', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vc-sources-'));
    temporary.push(dir);
    const sources = unzipSync(readFileSync(zipPath('sources')));
    for (const [path, bytes] of Object.entries(sources)) {
      if (path.endsWith('/')) continue;
      const target = join(dir, path);
      execFileSync('mkdir', ['-p', join(target, '..')]);
      writeFileSync(target, bytes);
    }
    // A reviewer runs `npm ci` from the same lockfile; the installed tree stands in for it.
    expect(Object.keys(sources)).toContain('package-lock.json');
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    // As a reviewer's shell runs it: without the test runner's NODE_ENV and VITEST variables,
    // which would build another mode.
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|MODE$|TEST$)/.test(key)));
    execFileSync(join(root, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], { cwd: dir, stdio: 'pipe', env });
    const rebuilt = join(dir, '.output/firefox-mv2');
    const built = join(root, packages.firefox.built);
    expect(filesUnder(rebuilt).sort()).toEqual(filesUnder(built).sort());
    for (const file of filesUnder(built)) {
      expect(readFileSync(join(rebuilt, file)).equals(readFileSync(join(built, file))), file).toBe(true);
    }
  }, 240_000);

  it('passes web-ext lint with no error, and no warning from our own code', () => {
    const built = join(root, packages.firefox.built);
    let output: string;
    try {
      output = execFileSync(join(root, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', built, '--self-hosted', '--output', 'json'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(output.slice(output.indexOf('{'))) as {
      errors: unknown[];
      warnings: { code: string; file: string; line: number; column: number }[];
    };
    expect(report.errors).toEqual([]);
    // The only warnings left are Preact's own `dangerouslySetInnerHTML` branch, bundled into
    // each UI (README, "Store packages"): the code at each warning must be that branch.
    for (const warning of report.warnings) {
      expect(warning.code, JSON.stringify(warning)).toBe('UNSAFE_VAR_ASSIGNMENT');
      const line = readFileSync(join(built, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
      expect(line.slice(Math.max(0, warning.column - 200), warning.column + 40), JSON.stringify(warning)).toMatch(/__html/);
    }
  }, 120_000);
});

describe('the listing beside the packages', () => {
  it.each(LISTING_LOCALES)('listing.%s.md has every field the stores ask for, within their limits', (locale) => {
    const listing = readListing(root, locale);
    for (const field of ['Name', 'Summary', 'Description', 'Single purpose', 'Category', 'Remote code', 'Data usage', 'Privacy policy', 'Support']) {
      expect(listing.get(field)?.length ?? 0, `${field} in listing.${locale}.md`).toBeGreaterThan(0);
    }
    // Chrome's summary is the manifest description (132 characters); AMO's allows 250.
    const messages = JSON.parse(readFileSync(join(root, 'public/_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    expect(listing.get('Summary')).toBe(messages.extDescription!.message);
    expect(listing.get('Name')).toBe(messages.extName!.message);
    expect(listing.get('Description')!.length).toBeLessThanOrEqual(16_000);
    expect(listing.get('Description')!.length).toBeGreaterThan(500);
  });

  it('links a privacy policy in both languages that names every permission', () => {
    const policy = readFileSync(join(root, STORE_DIR, 'privacy.md'), 'utf8');
    expect(policy).toMatch(/^## English$/m);
    expect(policy).toMatch(/^## Français$/m);
    const manifest = JSON.parse(readFileSync(join(root, packages.chrome.built, 'manifest.json'), 'utf8')) as Manifest;
    for (const permission of [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? [])]) {
      expect(policy.split('## Français')[0], permission).toContain(`\`${permission}\``);
      expect(policy.split('## Français')[1], permission).toContain(`\`${permission}\``);
    }
  });

  it('has screenshots at the store size (1280×800, one to five) and the small promo tile (440×280)', () => {
    const dir = join(root, STORE_DIR);
    const shots = readdirSync(dir).filter((file) => /^screenshot-.*\.png$/.test(file));
    expect(shots.length).toBeGreaterThanOrEqual(1);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const file of shots) expect(pngSize(readFileSync(join(dir, file))), file).toEqual({ width: 1280, height: 800 });
    expect(pngSize(readFileSync(join(dir, 'promo-small-440x280.png')))).toEqual({ width: 440, height: 280 });
    for (const file of [...shots, 'promo-small-440x280.png']) expect(statSync(join(dir, file)).size).toBeLessThan(2_000_000);
  });
});

