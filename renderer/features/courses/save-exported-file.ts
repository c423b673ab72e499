import type { GradeSheetFile } from '../../../shared/api/export-api';

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Hands an exported file to the browser's download machinery: a download in the preview, and in the
 * app Electron's native save dialog (main sets no download path, so Electron asks where to save).
 * XLSX and PDF arrive as base64 and are saved as their bytes. The object URL is revoked on the next
 * tick: the click has started the download by then.
 */
export function saveExportedFile(file: GradeSheetFile): void {
  const body = file.encoding === 'base64' ? decodeBase64(file.content) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 0);
}
