import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The command as a user runs it (`npm run read-invitation` is `tsx utils/cli/read-invitation-cli.ts`).
const ROOT = join(import.meta.dirname, '../..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/read-invitation-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

describe('read-invitation CLI', () => {
  it('prints one proposal per file, and why a text proposes no date on stderr', () => {
    const out = run('test/fixtures/invitations/en-video-interview.eml', 'test/fixtures/invitations/en-newsletter.eml');
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual([
      { kind: 'video-interview', reference: '251836', due: '2026-03-09T22:59:00.000Z', slot: null, zoneAsStated: 'CET' },
      { kind: 'none', reference: null, due: null, slot: null, zoneAsStated: null },
    ]);
    expect(out.stderr).toContain('en-newsletter.eml: no dated step: the text is not about a step of an application');
  });

  it('exits 2 with its usage when no file is given', () => {
    const out = run();
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('usage: npm run read-invitation');
  });
});
