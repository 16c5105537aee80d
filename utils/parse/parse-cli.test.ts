import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { ParsedVacancySchema } from '../record/vacancy-record';
import { natoRawPage } from '../../test/fixtures/portal/nato-raw-page';

// The CLI as a user runs it (`npm run parse` is `tsx utils/cli/parse-cli.ts`), in a child process.

const ROOT = join(import.meta.dirname, '../..');
const NOTICE = 'test/fixtures/vacancies/250875-heads-nasp-and-mo.txt';
const PAGE = 'test/fixtures/portal/jobdetail-251836-en.html';
const scratch = mkdtempSync(join(tmpdir(), 'parse-cli-'));
const NOT_A_NOTICE = join(scratch, 'shopping-list.txt');
writeFileSync(NOT_A_NOTICE, 'Milk\nBread - 2 loaves\nCoffee (250 g)\n');
// A NATO notice in the raw structure of a Taleo server page: its values only in the inline data.
const RAW_PAGE = join(scratch, 'jobdetail-251836-raw.html');
writeFileSync(RAW_PAGE, natoRawPage('251836', { tz: 'GMT+01:00' }));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runCli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'utils/cli/parse-cli.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status, stdout: run.stdout, stderrLines: run.stderr.split('\n').filter((line) => line !== '') };
}

describe('parse CLI', () => {
  it('reads a page as the server sent it, from its inline data', () => {
    const { code, stdout } = runCli(RAW_PAGE);
    expect(code).toBe(0);
    expect(ParsedVacancySchema.parse(JSON.parse(stdout))).toMatchObject({
      reference: '251836',
      location: 'Belgium-Brussels',
      deadline: '2026-01-04',
      closesAt: '2026-01-04T22:59:00.000Z',
      grade: { grades: ['G20'] },
      clearance: 'NS',
    });
  });

  it('prints the record of a text notice as pretty JSON, warnings on stderr', () => {
    const { code, stdout, stderrLines } = runCli(NOTICE);
    expect(code).toBe(0);
    expect(stdout.startsWith('{\n  "reference": "250875",\n')).toBe(true);
    const record = ParsedVacancySchema.parse(JSON.parse(stdout));
    expect(record).toMatchObject({ deadline: '2025-06-18', closesAt: '2025-06-18T21:59:00.000Z', positions: 2 });
    expect(record.essay?.maxPages).toBe(1);
    expect(stderrLines).toEqual([]);
  });

  it('reads an HTML page through the DOM, with the page zone, and prints an array for several files', () => {
    const { code, stdout, stderrLines } = runCli(PAGE, 'test/fixtures/vacancies/250443-asg-defence-policy-planning.md');
    expect(code).toBe(0);
    const records = z.array(ParsedVacancySchema).parse(JSON.parse(stdout));
    expect(records.map((r) => r.reference)).toEqual(['251836', '250443']);
    // "4-Jan-2026, 10:59:00 PM" in the page's GMT+00:00 is 23:59 in Brussels.
    expect(records[0]).toMatchObject({ title: 'Officer, Defence Policy', deadline: '2026-01-04', closesAt: '2026-01-04T22:59:00.000Z' });
    expect(stderrLines).toEqual([
      // The catalogue's English (warnNoneListed, warnNoAssessments, warnNotStated with the field labels): the UI's hover text.
      `${PAGE}: warning: Key challenges: none listed`,
      `${PAGE}: warning: Selection steps: no selection steps announced`,
      'test/fixtures/vacancies/250443-asg-defence-policy-planning.md: warning: Salary: not stated',
      'test/fixtures/vacancies/250443-asg-defence-policy-planning.md: warning: Maximum contract length: not stated',
    ]);
  });

  it('refuses a file that is not a notice: exit 1, one line, no record', () => {
    const { code, stdout, stderrLines } = runCli(NOT_A_NOTICE);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderrLines).toEqual([`${NOT_A_NOTICE}: not a vacancy notice: no sign of a NATO vacancy notice: no notice header (Grade, Application Deadline, …), no notice section (SUMMARY, Principal Duties, …), no NATO body named with vacancy wording`]);
  });

  it('prints the good records and still exits 1 when one file of several is not a notice', () => {
    const { code, stdout, stderrLines } = runCli(NOTICE, NOT_A_NOTICE);
    expect(code).toBe(1);
    expect(z.array(ParsedVacancySchema).parse(JSON.parse(stdout)).map((r) => r.reference)).toEqual(['250875']);
    expect(stderrLines.filter((line) => line.includes('not a vacancy notice'))).toHaveLength(1);
  });

  it('exits 2 with usage when no file is given', () => {
    const { code, stdout, stderrLines } = runCli();
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderrLines[0]).toBe('parse: no file given');
  });
});
