/**
 * Hands text to the browser's download machinery (Electron turns it into a save dialog). The object
 * URL is revoked on the next tick: the click has started the download by then.
 */
export function saveTextFile(filename: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
