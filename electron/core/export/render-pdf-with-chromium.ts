import { existsSync } from 'node:fs';
import { ApiFailure } from '../api/api-failure';

/** Turns the report's HTML into PDF bytes: headless Chromium here, Electron's printToPDF in the app. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>;

/** Where Chromium or Chrome usually is, tried in order when CHROMIUM_PATH names none. */
const knownLocations = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The Chromium the PDF export runs: CHROMIUM_PATH when set (and then only that), else the first known location. */
export function findChromium(env: Record<string, string | undefined>): string {
  const configured = env.CHROMIUM_PATH?.trim();
  if (configured) {
    if (!existsSync(configured))
      throw new ApiFailure('not_found', `CHROMIUM_PATH names ${configured}, which does not exist; point it at a Chromium or Chrome executable.`);
    return configured;
  }
  const found = knownLocations.find((path) => existsSync(path));
  if (!found)
    throw new ApiFailure('not_found', 'The PDF export needs Chromium or Chrome and found neither; install one, or set CHROMIUM_PATH to its executable.');
  return found;
}

/**
 * A renderer that prints with headless Chromium through playwright-core, for the CLI and the preview
 * server. The page gets no network: every request it would make is refused, on top of its own CSP.
 */
export function createChromiumPdfRenderer(env: Record<string, string | undefined>): PdfRenderer {
  return async (html) => {
    // playwright-core loads on the first PDF only: the core opens this renderer for every command.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: findChromium(env),
      args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      // Chromium's own sandbox cannot start as root (containers, CI); the page runs no script anyway.
      chromiumSandbox: process.getuid?.() !== 0,
    });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => route.abort());
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true });
      return new Uint8Array(pdf);
    } finally {
      await browser.close();
    }
  };
}
