import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from '../support/gitlab-simulator';
import { launchChromium } from '../support/launch-chromium';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');
// The narrowest window people use, the app's minimum (960×600) and a wide laptop screen.
const sizes = [
  { width: 760, height: 600 },
  { width: 960, height: 600 },
  { width: 1440, height: 900 },
] as const;
const schemes = ['light', 'dark'] as const;

/** The app scrolls inside its panes; the document itself must never scroll (a blank page below the app was the symptom). */
async function expectDocumentNotToScroll(page: Page, what: string): Promise<void> {
  // A string: this project's Node-side typecheck has no DOM types, and the expression runs in the page.
  const extent = await page.evaluate<{ height: number; width: number; viewHeight: number; viewWidth: number }>(
    '({ height: document.documentElement.scrollHeight, width: document.documentElement.scrollWidth, viewHeight: window.innerHeight, viewWidth: window.innerWidth })',
  );
  expect(extent.height, `${what}: document height`).toBeLessThanOrEqual(extent.viewHeight);
  expect(extent.width, `${what}: document width`).toBeLessThanOrEqual(extent.viewWidth);
}

describe('every screen at 760, 960 and 1440 px, light and dark', () => {
  const empty = makeTempDir();
  const temp = makeTempDir();
  const course = generateCourse({ teams: 3, seed: 9, weeks: 3, activityScale: 0.2 });
  let sim: GitlabSimulator;
  let emptyServer: CliServer;
  let server: CliServer;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    sim = await startGitlabSimulator({ course });
    const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args], { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN });
    // A course with a 25-character name, synced, so the sidebar, the roster and the activity log have rows.
    expect((await cli('course', 'add', 'Software Engineering 2026', '--gitlab-url', sim.url, '--group', course.group.full_path)).code).toBe(0);
    expect((await cli('connect', '--gitlab-url', sim.url, '--test', '--requests-per-minute', '100000')).code).toBe(0);
    expect((await cli('sync')).code).toBe(0);
    expect((await cli('demo')).code).toBe(0);
    emptyServer = await startCliServer(empty.path);
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await emptyServer?.stop();
    await sim?.close();
    temp.cleanup();
    empty.cleanup();
  });

  it('shows Welcome, Settings, Course settings and Activity without scrolling the document', async () => {
    for (const size of sizes) {
      for (const scheme of schemes) {
        const tag = `${size.width}-${scheme}`;
        const page = await browser.newPage({ viewport: size });
        await page.emulateMedia({ colorScheme: scheme });
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));

        await page.goto(emptyServer.url);
        await page.getByRole('heading', { name: 'Welcome to GitPulse' }).waitFor();
        await expectDocumentNotToScroll(page, `welcome ${tag}`);
        await page.screenshot({ path: join(resultsDir, `layout-welcome-${tag}.png`) });

        await page.goto(server.url);
        const main = page.getByRole('navigation', { name: 'Main' });
        await main.getByRole('button', { name: 'Software Engineering 2026' }).click();
        await page.getByRole('button', { name: 'Course settings' }).click();
        await page.getByRole('heading', { name: 'Remove course' }).waitFor();
        await expectDocumentNotToScroll(page, `course settings ${tag}`);
        await page.screenshot({ path: join(resultsDir, `layout-course-settings-${tag}.png`) });

        await page.locator('.sidebar__footer').getByRole('button', { name: 'Settings' }).click();
        await page.getByRole('navigation', { name: 'Settings sections' }).waitFor();
        await expectDocumentNotToScroll(page, `settings ${tag}`);
        await page.screenshot({ path: join(resultsDir, `layout-settings-${tag}.png`) });

        await page
          .getByRole('navigation', { name: 'Settings sections' })
          .getByRole('button', { name: /Activity/ })
          .click();
        await page.locator('table tbody tr').first().waitFor();
        await expectDocumentNotToScroll(page, `activity ${tag}`);
        await page.screenshot({ path: join(resultsDir, `layout-activity-${tag}.png`) });

        expect(errors, tag).toEqual([]);
        await page.close();
      }
    }
  });
});
