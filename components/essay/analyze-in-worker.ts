import EssayWorker from '../../utils/essay/essay-worker?worker';
import { ESSAY_CHECK_TIME_LIMIT_MS, analyzeOffThread, type AnalyzeFile } from '../../utils/essay/analyze-off-thread';

/** The popup's essay check: the file is read in a worker bundled beside the popup (an extension page may start one from its own URL). */
export const analyzeInWorker: AnalyzeFile = (bytes) =>
  analyzeOffThread(bytes, {
    startWorker: () => new EssayWorker(),
    timeLimitMs: ESSAY_CHECK_TIME_LIMIT_MS,
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle),
  });
