/**
 * `npm run parse -- FILE…`: prints the record JSON of each vacancy notice (an array for several
 * files). `.txt`/`.md` are read as text; `.html`/`.htm` go through the same DOM-to-text code as the
 * content script, in a happy-dom Window, with the page's own time zone. A file that is not a notice
 * gets one line on stderr and exit code 1; its record is never printed. Warnings go to stderr.
 * Argument handling and IO only: the reading is in utils/parse.
 */
import '../i18n';
import { translator } from '../i18n-core';
import { refusalReason } from '../parse/refusal';
import { warningReason } from '../parse/warning-reason';
import { wordReason } from '../reasons/word-reason';
import { readFile } from 'node:fs/promises';
import type { ParsedVacancy } from '../record/vacancy-record';
import { parseNotice } from '../parse/parse-notice';
import { EXIT_USAGE, noticeFromFile, printUsage, runCommand } from './command';

const USAGE = `usage: npm run parse -- [--tz ZONE] [--url URL] FILE...
  FILE       a vacancy notice: .txt, .md (text) or .html, .htm (a saved portal page)
  --tz ZONE  zone of date-times shown in the text, e.g. Europe/Brussels or GMT+02:00
             (an HTML page's own tz input is used when this is not given)
  --url URL  the page the notice came from (kept as sourceUrl)`;

const EXIT_NOT_A_NOTICE = 1;
/** Warnings and refusals in the catalogue's English: the same text the UI shows on hover. */
const english = translator('en');

interface Options {
  files: string[];
  timeZone?: string;
  sourceUrl?: string;
}

function readArguments(args: readonly string[]): Options | string {
  const options: Options = { files: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag === '--tz' || flag === '--url') {
      const value = inline ?? args[++i];
      if (value === undefined || value === '') return `${flag} needs a value`;
      if (flag === '--tz') options.timeZone = value;
      else options.sourceUrl = value;
    } else if (flag === '-h' || flag === '--help') {
      return '';
    } else if (flag.startsWith('-') && flag !== '-') {
      return `unknown option ${flag}`;
    } else {
      options.files.push(arg);
    }
  }
  return options.files.length === 0 ? 'no file given' : options;
}

async function main(args: readonly string[]): Promise<number> {
  const options = readArguments(args);
  if (typeof options === 'string') return printUsage('parse', options, USAGE);
  const records: ParsedVacancy[] = [];
  let exitCode = 0;
  for (const file of options.files) {
    let content: string;
    try {
      content = await readFile(file, 'utf8');
    } catch (error) {
      process.stderr.write(`${file}: cannot read: ${error instanceof Error ? error.message : String(error)}\n`);
      exitCode = Math.max(exitCode, EXIT_USAGE);
      continue;
    }
    const page = await noticeFromFile(file, content);
    const result = parseNotice(page.text, { pageTimeZone: options.timeZone ?? page.timeZone ?? undefined, sourceUrl: options.sourceUrl });
    if (!result.ok) {
      process.stderr.write(`${file}: not a vacancy notice: ${wordReason(refusalReason(result.reason), english, 'en')}\n`);
      exitCode = Math.max(exitCode, EXIT_NOT_A_NOTICE);
      continue;
    }
    for (const warning of result.warnings) process.stderr.write(`${file}: warning: ${wordReason(warningReason(warning), english, 'en')}\n`);
    records.push(result.record);
  }
  if (records.length > 0) {
    const output = options.files.length === 1 ? records[0] : records;
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  }
  return exitCode;
}

runCommand('parse', main);
