import { extname } from 'node:path';
import type { Window } from 'happy-dom';
import { portalPageText } from '../portal/page-snapshot';
import { pageTimeZoneFromDocument } from '../portal/page-text';

/**
 * What the command-line tools share: reading a notice file as the content script reads a page,
 * and running a command's main with its exit code.
 */

/** Exit code of a usage error, an unreadable file or a crash, for every command. */
export const EXIT_USAGE = 2;

let window: Window | null = null;

/**
 * The notice text of a file and, for a saved portal page, the page's own zone: `.txt`/`.md` are
 * text; `.html`/`.htm` go through the same DOM-to-text code as the content script, in a happy-dom
 * Window that runs no scripts and loads nothing.
 */
export async function noticeFromFile(path: string, content: string): Promise<{ text: string; timeZone: string | null }> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.html' && extension !== '.htm') return { text: content, timeZone: null };
  // Loaded on demand: text files need no DOM, and happy-dom takes a while to load.
  const { Window: DomWindow } = await import('happy-dom');
  window ??= new DomWindow({ settings: { disableJavaScriptFileLoading: true, disableIframePageLoading: true } });
  const doc = new window.DOMParser().parseFromString(content, 'text/html') as unknown as Document;
  return { text: portalPageText(doc), timeZone: pageTimeZoneFromDocument(doc) };
}

/**
 * The usage text on stderr, after the problem with the arguments when there is one (an empty
 * problem is `--help`): the exit code, 0 for help, EXIT_USAGE otherwise.
 */
export function printUsage(name: string, problem: string, usage: string): number {
  if (problem !== '') process.stderr.write(`${name}: ${problem}\n`);
  process.stderr.write(`${usage}\n`);
  return problem === '' ? 0 : EXIT_USAGE;
}

/** Runs `main` on the command's arguments; a crash is one line on stderr and EXIT_USAGE. */
export function runCommand(name: string, main: (args: readonly string[]) => Promise<number>): void {
  main(process.argv.slice(2))
    .then(async (code) => {
      await window?.happyDOM.close();
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      process.stderr.write(`${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = EXIT_USAGE;
    });
}
