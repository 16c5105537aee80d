import { analyzeFile, type FileAnalysis } from './check-file';

/**
 * The essay check's heavy part, in a dedicated worker so that neither the popup nor the portal's
 * application page waits on a file: it receives the file's bytes and answers with what they are
 * (analyze-off-thread.ts starts it, times it and ends it). Bundled twice: as a file for the popup,
 * inline for the upload guard (a content script may not start a worker from the extension's URL).
 */
const scope = self as unknown as { onmessage: ((event: MessageEvent<unknown>) => void) | null; postMessage: (answer: FileAnalysis) => void };

scope.onmessage = (event) => {
  const bytes = event.data;
  if (!(bytes instanceof Uint8Array)) return;
  let answer: FileAnalysis;
  try {
    answer = analyzeFile(bytes);
  } catch (error) {
    // A reader bug must still end in a finding, not in a check that never answers.
    answer = { kind: 'read', size: bytes.length, content: 'zip', zip: { kind: 'corrupt', reason: error instanceof Error ? error.message : String(error) } };
  }
  scope.postMessage(answer);
};
