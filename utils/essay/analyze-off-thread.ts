import type { FileAnalysis } from './check-file';

/**
 * Runs analyzeFile (check-file.ts) in a worker, one per file, and gives up after a time limit:
 * the page that asked (the popup, or the portal's application page) never waits on a file, and a
 * file the check cannot finish still gets a finding ("could not be checked") instead of a frozen
 * page. Dependencies are injected: the worker's constructor differs between the popup and the
 * content script, and tests use fakes.
 */

/** What this needs of a Worker. */
export interface EssayWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: Uint8Array): void;
  terminate(): void;
}

export interface OffThreadOptions {
  startWorker: () => EssayWorker;
  timeLimitMs: number;
  setTimeout: (run: () => void, ms: number) => unknown;
  clearTimeout: (handle: never) => void;
}

export type AnalyzeFile = (bytes: Uint8Array) => Promise<FileAnalysis>;

/** Long enough for the largest file the reader accepts on a slow machine; the reader's own caps bound its work. */
export const ESSAY_CHECK_TIME_LIMIT_MS = 15_000;

export function analyzeOffThread(bytes: Uint8Array, { startWorker, timeLimitMs, setTimeout, clearTimeout }: OffThreadOptions): Promise<FileAnalysis> {
  const unchecked = (why: 'time-limit' | 'no-worker'): FileAnalysis => ({ kind: 'unchecked', size: bytes.length, why, seconds: Math.round(timeLimitMs / 1000) });
  return new Promise((resolve) => {
    let worker: EssayWorker;
    try {
      worker = startWorker();
    } catch {
      // The page's security policy may refuse a worker: say so, never check on the page's thread.
      return resolve(unchecked('no-worker'));
    }
    const finish = (analysis: FileAnalysis) => {
      clearTimeout(timer as never);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(analysis);
    };
    const timer = setTimeout(() => finish(unchecked('time-limit')), timeLimitMs);
    worker.onmessage = (event) => finish(isFileAnalysis(event.data) ? event.data : unchecked('no-worker'));
    // The worker answers even when the reader throws, so an error here means it never started.
    worker.onerror = () => finish(unchecked('no-worker'));
    worker.postMessage(bytes);
  });
}

const CONTENT_KINDS = new Set(['zip', 'pdf', 'ole2', 'rtf', 'empty', 'unknown']);

/** The worker is ours, but its answer is still data crossing a boundary: check its shape. */
function isFileAnalysis(data: unknown): data is FileAnalysis {
  if (typeof data !== 'object' || data === null) return false;
  const value = data as Record<string, unknown>;
  if (value.kind !== 'read' || typeof value.size !== 'number' || !CONTENT_KINDS.has(value.content as string)) return false;
  const zip = value.zip as Record<string, unknown> | null;
  return zip === null || (typeof zip === 'object' && typeof zip.kind === 'string');
}
