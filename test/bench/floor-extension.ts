import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR } from '../e2e/harness';

/**
 * The floor of the browser figures: a copy of the build whose worker, popup page and content
 * script do nothing of ours, only the least each measured step needs.
 * - worker: marks ready; on one message it writes one row into the same IndexedDB table;
 * - popup page: marks its first render as its only script runs;
 * - content script on the detail page: once the page is filled, sends that one message.
 * So "capture" at the floor is: notice the fill, one message, one IndexedDB write.
 */
export const FLOOR_CAPTURE_MESSAGE = 'bench-floor-capture';

const WORKER = `performance.mark('vacancy-companion:ready');
chrome.runtime.onMessage.addListener((message, _sender, reply) => {
  if (!message || message.type !== '${FLOOR_CAPTURE_MESSAGE}') return;
  // A version above any the bench's readers may have created empty by opening the name first.
  const open = indexedDB.open('vacancy-companion', 100);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains('vacancies')) open.result.createObjectStore('vacancies', { keyPath: 'reference' });
  };
  open.onsuccess = () => {
    const tx = open.result.transaction('vacancies', 'readwrite');
    tx.objectStore('vacancies').put({ reference: message.reference, updatedAt: new Date().toISOString() });
    tx.oncomplete = () => { open.result.close(); reply({ ok: true }); };
  };
  return true;
});
`;

const CONTENT_SCRIPT = `(() => {
  const root = document.documentElement;
  const send = () => chrome.runtime.sendMessage({ type: '${FLOOR_CAPTURE_MESSAGE}', reference: '251836' });
  if (root.hasAttribute('data-filled-at')) return send();
  const observer = new MutationObserver(() => {
    if (!root.hasAttribute('data-filled-at')) return;
    observer.disconnect();
    send();
  });
  observer.observe(root, { attributes: true });
})();
`;

const POPUP_HTML = `<!doctype html>
<html><head><meta charset="utf-8"><title>floor</title></head>
<body><div id="app"></div><script type="module" src="/bench-floor-popup.js"></script></body></html>
`;

export interface FloorExtension {
  dir: string;
  remove(): void;
}

export function makeFloorExtension(): FloorExtension {
  const dir = mkdtempSync(join(tmpdir(), 'vc-bench-floor-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'background.js'), WORKER);
  writeFileSync(join(dir, 'popup.html'), POPUP_HTML);
  writeFileSync(join(dir, 'bench-floor-popup.js'), "performance.mark('vacancy-companion:first-render');\n");
  writeFileSync(join(dir, 'content-scripts/bench-capture-floor.js'), CONTENT_SCRIPT);
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.content_scripts = [
    { matches: ['https://nato.taleo.net/careersection/*/jobdetail.ftl*'], js: ['content-scripts/bench-capture-floor.js'], run_at: 'document_idle' },
  ];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
