/**
 * `npm run check-essay -- [--now ISO] [--lang en|fr] NOTICE_FILE ESSAY_FILE`: checks an essay file
 * against the essay rules of a vacancy notice and prints `{ file, reference, findings, suggestedName }`
 * as JSON, each finding `{ id, severity, message, fix? }` worded in the language asked for. NOTICE_FILE is .txt/.md text or a saved portal page (.html/.htm, read through the same
 * DOM-to-text code as the content script, in a happy-dom Window).
 * Exit codes: 1 when any finding is an error, 2 on usage errors or unreadable files (or a
 * NOTICE_FILE that is not a notice), 0 otherwise. Arguments and IO only: the rules are in
 * utils/essay.
 */
import { missingKey, withKey } from '../record/keyed-vacancy';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
// Findings are worded from the catalogues: register the bundled ones.
import '../i18n';
import { translator, type Locale } from '../i18n-core';
import { checkEssay, suggestFileName } from '../essay/check-essay';
import { hasErrors, type Finding } from '../essay/finding';
import { wordReason } from '../reasons/word-reason';
import { refusalReason } from '../parse/refusal';
import { parseNotice } from '../parse/parse-notice';
import { EXIT_USAGE, noticeFromFile, printUsage, runCommand } from './command';

const USAGE = `usage: npm run check-essay -- [--now ISO] [--lang en|fr] NOTICE_FILE ESSAY_FILE
  NOTICE_FILE  the vacancy notice: .txt, .md (text) or .html, .htm (a saved portal page)
  ESSAY_FILE   the essay to check (read locally, never sent anywhere)
  --now ISO    the moment to check the closing time against (default: now)
  --lang L     the language of the findings' text: en (default) or fr`;

const EXIT_ERRORS = 1;

interface Options {
  notice: string;
  essay: string;
  now: Date;
  locale: Locale;
}

function readArguments(args: readonly string[]): Options | string {
  const files: string[] = [];
  let now = new Date();
  let locale: Locale = 'en';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-h' || arg === '--help') return '';
    if (arg === '--now' || arg.startsWith('--now=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (!value || Number.isNaN(Date.parse(value))) return `--now needs a date and time, e.g. 2025-06-10T08:00:00Z`;
      now = new Date(value);
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[++i];
      if (value !== 'en' && value !== 'fr') return `--lang needs en or fr`;
      locale = value;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      files.push(arg);
    }
  }
  const [notice, essay] = files;
  if (files.length !== 2 || !notice || !essay) return `expected NOTICE_FILE and ESSAY_FILE, got ${files.length}: ${files.join(' ') || '(none)'}`;
  return { notice, essay, now, locale };
}

async function main(args: readonly string[]): Promise<number> {
  const options = readArguments(args);
  if (typeof options === 'string') return printUsage('check-essay', options, USAGE);
  let notice: string;
  let bytes: Uint8Array;
  try {
    notice = await readFile(options.notice, 'utf8');
    bytes = new Uint8Array(await readFile(options.essay));
  } catch (error) {
    process.stderr.write(`check-essay: cannot read: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_USAGE;
  }
  const page = await noticeFromFile(options.notice, notice);
  const parsed = parseNotice(page.text, { pageTimeZone: page.timeZone ?? undefined });
  if (!parsed.ok) {
    process.stderr.write(`check-essay: ${options.notice}: not a vacancy notice: ${wordReason(refusalReason(parsed.reason), translator('en'), 'en')}\n`);
    return EXIT_USAGE;
  }
  const record = withKey(parsed.record);
  if (record === null) {
    process.stderr.write(`check-essay: ${options.notice}: the notice prints no ${missingKey(parsed.record).join(' and no ')}; the essay's name needs them\n`);
    return EXIT_USAGE;
  }
  const file = basename(options.essay);
  const findings = checkEssay({ fileName: file, bytes, record, now: options.now });
  const output = {
    file,
    reference: record.reference,
    findings: findings.map((f) => shown(f, options.locale)),
    suggestedName: suggestFileName(file, record),
  };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return hasErrors(findings) ? EXIT_ERRORS : 0;
}

/** A finding as the CLI prints it: its text worded in the language asked for. */
function shown({ id, severity, message, fix }: Finding, locale: Locale) {
  const t = translator(locale);
  const text = { id, severity, message: wordReason(message, t, locale) };
  return fix ? { ...text, fix: wordReason(fix, t, locale) } : text;
}

runCommand('check-essay', main);
