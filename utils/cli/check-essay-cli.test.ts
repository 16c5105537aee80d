import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeDocx } from '../../test/unit/docx-fixtures';
import type { Severity } from '../essay/finding';

// The CLI as a user runs it (`npm run check-essay` is `tsx utils/cli/check-essay-cli.ts`).

const ROOT = join(import.meta.dirname, '../..');
const NOTICE_250875 = 'test/fixtures/vacancies/250875-heads-nasp-and-mo.txt';
const PAGE_251836 = 'test/fixtures/portal/jobdetail-251836-en.html';
const BEFORE_250875 = '--now=2025-06-10T08:00:00Z';
const scratch = mkdtempSync(join(tmpdir(), 'check-essay-cli-'));
const GOOD = join(scratch, '250875_Key challenges.docx');
const BAD = join(scratch, 'my essay.docx');
const NOT_A_NOTICE = join(scratch, 'shopping-list.txt');
writeFileSync(GOOD, makeDocx({ pages: 1 }));
writeFileSync(BAD, makeDocx({ pages: 3 }));
writeFileSync(NOT_A_NOTICE, 'Milk\nBread - 2 loaves\n');

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/check-essay-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

type Output = { file: string; reference: string; findings: { id: string; severity: Severity; message: string; fix?: string }[]; suggestedName: string | null };
const severities = (output: Output) => Object.fromEntries(output.findings.map((f) => [f.id, f.severity]));

describe('check-essay CLI', () => {
  it('prints the findings of a compliant essay and exits 0', () => {
    const { code, stdout, stderr } = runCli(BEFORE_250875, NOTICE_250875, GOOD);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(output).toMatchObject({ file: '250875_Key challenges.docx', reference: '250875', suggestedName: '250875_Key challenges.docx' });
    expect(severities(output)).toMatchObject({ 'name:250875': 'ok', 'name:Key challenges': 'ok', pages: 'ok', 'page-size': 'ok', deadline: 'ok' });
  });

  it('exits 1 when a rule is broken, with a suggested name', () => {
    const { code, stdout } = runCli(BEFORE_250875, NOTICE_250875, BAD);
    expect(code).toBe(1);
    const output = JSON.parse(stdout) as Output;
    expect(severities(output)).toMatchObject({ 'name:250875': 'error', 'name:Key challenges': 'error', pages: 'error' });
    expect(output.suggestedName).toBe('250875 Key challenges - my essay.docx');
    expect(output.findings.find((f) => f.id === 'pages')).toEqual({
      id: 'pages',
      severity: 'error',
      message: '3 pages: the notice allows at most 1 A4 page.',
      fix: 'Shorten the essay to 1 page, then save it again.',
    });
  });

  it('words the findings in French when asked', () => {
    const { code, stdout } = runCli(BEFORE_250875, '--lang', 'fr', NOTICE_250875, BAD);
    expect(code).toBe(1);
    expect((JSON.parse(stdout) as Output).findings.find((f) => f.id === 'pages')).toMatchObject({
      message: "3 pages : l'avis autorise au maximum 1 page A4.",
      fix: "Raccourcissez l'essai à 1 page, puis enregistrez-le à nouveau.",
    });
  });

  it('exits 1 once applications have closed', () => {
    const { code, stdout } = runCli('--now', '2025-06-19T08:00:00Z', NOTICE_250875, GOOD);
    expect(code).toBe(1);
    expect(severities(JSON.parse(stdout) as Output).deadline).toBe('error');
  });

  it('reads a saved portal page; a notice without an essay checks the file only', () => {
    const { code, stdout } = runCli('--now=2025-12-01T00:00:00Z', PAGE_251836, GOOD);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Output;
    expect(output).toMatchObject({ reference: '251836', suggestedName: null });
    expect(output.findings[0]).toMatchObject({ id: 'rules', severity: 'info' });
  });

  it('prints its usage and exits 0 on --help', () => {
    const { code, stdout, stderr } = runCli('--help');
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^usage: npm run check-essay -- \[--now ISO\] \[--lang en\|fr\] NOTICE_FILE ESSAY_FILE\n/);
  });

  it.each([
    ['one file', [NOTICE_250875], /expected NOTICE_FILE and ESSAY_FILE, got 1/],
    ['a bad --now', ['--now', 'soon', NOTICE_250875, GOOD], /--now needs a date/],
    ['an unknown option', ['--fast', NOTICE_250875, GOOD], /unknown option --fast/],
    ['a language it does not speak', ['--lang=de', NOTICE_250875, GOOD], /--lang needs en or fr/],
    ['a missing essay', [NOTICE_250875, join(scratch, 'nope.docx')], /cannot read/],
    ['a text that is not a notice', [NOT_A_NOTICE, GOOD], /not a vacancy notice/],
  ])('exits 2 on %s', (_name, args, message) => {
    const { code, stdout, stderr } = runCli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });
});
