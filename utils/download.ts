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

// Characters no file name may hold on Windows, macOS or Linux (and control characters).
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\u0000-\u001f]/g;

/**
 * Text made fit for a file name: a vacancy reference such as `NCIA/CS/0212_24` or `JFC NP 02/2024`
 * has slashes no file name can hold, so each forbidden character becomes a hyphen.
 */
export function fileNamePart(text: string): string {
  return text.replace(NOT_IN_FILE_NAMES, '-');
}
