import { app, BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Its own session, so the report's window shares no cookies, storage or rules with the app's. */
const reportPartition = 'gitpulse-report';
let isSessionLocked = false;

function lockReportSession(): void {
  if (isSessionLocked) return;
  isSessionLocked = true;
  const reportSession = session.fromPartition(reportPartition);
  // The report is one self-contained file: anything else it asked for would be a leak.
  reportSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !details.url.startsWith('file:') }));
  reportSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
}

/**
 * Prints the core's feedback report with Electron's own Chromium: a hidden, sandboxed window with
 * JavaScript off loads the HTML from a temporary file (data: URLs stop at 2 MB, and a report with
 * charts for 40 teams is larger), printToPDF turns it into A4 pages, and window and file are removed.
 */
export async function printReportToPdf(html: string): Promise<Uint8Array> {
  lockReportSession();
  const folder = await mkdtemp(join(app.getPath('temp'), 'gitpulse-report-'));
  const file = join(folder, 'report.html');
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      javascript: false,
      webSecurity: true,
      partition: reportPartition,
      spellcheck: false,
    },
  });
  try {
    await writeFile(file, html, 'utf8');
    await window.loadURL(pathToFileURL(file).href);
    const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true });
    return new Uint8Array(pdf);
  } finally {
    window.destroy();
    await rm(folder, { recursive: true, force: true });
  }
}
