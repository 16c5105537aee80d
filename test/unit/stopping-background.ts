import { handleRequest } from '../../utils/background/handle-request';
import type { SenderKind } from '../../utils/messages';
import { DEFAULT_RETRY, type MessageRuntime, type RetryPolicy } from '../../utils/messaging-client';
import { freshStore } from './fresh-store';
import { importAnswers } from '../../utils/backup/import-answers';
import { pendingNotices } from '../../utils/capture/pending-notice';
import { resultsMemory } from '../../utils/results/results-memory';
import { memoryArea } from './fakes/pending-notice.test-fakes';
import { removalAnswers } from '../../utils/follow/removal-answers';

/** What happens to one message: it arrives and is answered, or the worker is not (any more) there. */
export type Delivery = 'answer' | 'gone' | 'stopped-after-write' | 'closed-undefined';

/**
 * The background as the browser runs it, through a runtime whose worker can be stopped: before the
 * message arrives ("Receiving end does not exist"), or after the handler ran but before its reply
 * got back (the channel closed: the write is done, the answer lost; the polyfill may also resolve
 * undefined then). Messages are structured-cloned both ways, as the browser does.
 */
export function stoppingBackground(script: Delivery[], from: SenderKind = 'content-script') {
  const store = freshStore('messaging');
  const clock = { now: new Date('2025-12-01T10:00:00.100Z') };
  const seen: unknown[] = [];
  // The background's session storage outlives a stopped worker.
  const session = memoryArea();
  const context = { store, openPopup: async () => undefined, now: () => clock.now, importAnswers: importAnswers(session), removals: removalAnswers(session), pendingNotices: pendingNotices(session, () => 'selection-1'), results: resultsMemory(session), backupDates: memoryArea() };
  const runtime: MessageRuntime = {
    async sendMessage(message) {
      seen.push(message);
      const step = script.shift() ?? 'answer';
      if (step === 'gone') throw new Error('Could not establish connection. Receiving end does not exist.');
      const reply = await handleRequest(structuredClone(message), from, context);
      clock.now = new Date(clock.now.getTime() + 1000);
      if (step === 'stopped-after-write') {
        throw new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');
      }
      if (step === 'closed-undefined') return undefined;
      return structuredClone(reply);
    },
  };
  return { store, runtime, seen, clock, pendingNotices: context.pendingNotices };
}

/** No real waiting: the delays asked for are recorded. */
export function instantRetries(now = () => new Date('2025-12-01T10:00:00.000Z')): RetryPolicy & { waited: number[] } {
  const waited: number[] = [];
  return { delaysMs: DEFAULT_RETRY.delaysMs, sleep: async (ms) => void waited.push(ms), now, waited };
}
