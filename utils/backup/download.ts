/**
 * Saves text as a file through a temporary <a download>: works from the popup in Chrome and
 * Firefox without the "downloads" permission.
 */
export function downloadText(fileName: string, text: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Not revoked at once: Firefox may still be starting the download when click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
