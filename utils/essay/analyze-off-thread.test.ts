import { describe, expect, it, vi } from 'vitest';
import { analyzeOffThread, type EssayWorker, type OffThreadOptions } from './analyze-off-thread';
import { analyzeFile } from './check-file';
import { makeDocx } from '../../test/unit/docx-fixtures';

/** A worker that does what it is told, when the test says so. */
class FakeWorker implements EssayWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  received: Uint8Array[] = [];
  terminated = false;
  postMessage(message: Uint8Array) {
    this.received.push(message);
  }
  terminate() {
    this.terminated = true;
  }
  answer(data: unknown) {
    this.onmessage?.({ data } as MessageEvent<unknown>);
  }
}

function options(worker: FakeWorker | (() => never)): OffThreadOptions {
  return {
    startWorker: typeof worker === 'function' ? worker : () => worker,
    timeLimitMs: 15_000,
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  };
}

const BYTES = makeDocx();

describe('analyzeOffThread', () => {
  it('hands the bytes to the worker and resolves with its answer, then ends it', async () => {
    const worker = new FakeWorker();
    const pending = analyzeOffThread(BYTES, options(worker));
    expect(worker.received).toEqual([BYTES]);
    worker.answer(analyzeFile(worker.received[0]!));
    await expect(pending).resolves.toMatchObject({ kind: 'read', content: 'zip', zip: { kind: 'docx', pages: 1 } });
    expect(worker.terminated).toBe(true);
  });

  it('gives up at the time limit, ends the worker and says so; a late answer changes nothing', async () => {
    vi.useFakeTimers();
    try {
      const worker = new FakeWorker();
      const pending = analyzeOffThread(BYTES, options(worker));
      vi.advanceTimersByTime(14_999);
      expect(worker.terminated).toBe(false);
      vi.advanceTimersByTime(1);
      expect(worker.terminated).toBe(true);
      worker.answer(analyzeFile(BYTES));
      await expect(pending).resolves.toEqual({ kind: 'unchecked', size: BYTES.length, why: 'time-limit', seconds: 15 });
    } finally {
      vi.useRealTimers();
    }
  });

  it.each([
    ['the worker cannot be created (a page policy refusing it)', () => options(() => { throw new DOMException('refused', 'SecurityError'); })],
    ['the worker fails to start', () => {
      const worker = new FakeWorker();
      worker.postMessage = () => queueMicrotask(() => worker.onerror?.({} as ErrorEvent));
      return options(worker);
    }],
    ['the worker answers something else', () => {
      const worker = new FakeWorker();
      worker.postMessage = () => queueMicrotask(() => worker.answer({ kind: 'docx' }));
      return options(worker);
    }],
  ])('says the file was not checked when %s', async (_name, make) => {
    await expect(analyzeOffThread(BYTES, make())).resolves.toEqual({ kind: 'unchecked', size: BYTES.length, why: 'no-worker', seconds: 15 });
  });
});
