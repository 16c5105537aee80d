/** Long enough for Firefox to have started reading the file after click() returns. */
export const REVOKE_AFTER_MS = 60_000;

/**
 * Saves text as a file through a temporary <a download>: works from the extension's pages in
 * Chrome and Firefox without the "downloads" permission. The one download helper (backup, CSV
 * report, calendar files); the document is passed in so tests pick the window.
 */
export function downloadText(doc: Document, fileName: string, text: string, type: string): void {
  const view = doc.defaultView;
  if (!view) throw new Error('No window to download from');
  const url = view.URL.createObjectURL(new view.Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Not revoked at once: revoking while Firefox starts the download cancels it.
  view.setTimeout(() => view.URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
