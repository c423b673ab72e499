import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from '../support/gitlab-simulator/index';
import { launchChromium } from '../support/launch-chromium';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';
import { openApp } from '../support/open-app';

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');

interface CallAnswer {
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

/** Calls the contract through the page's own session, as the renderer does, to learn what the core holds. */
function callApi(page: Page, method: string, input: object = {}): Promise<CallAnswer> {
  return page.evaluate(
    async ({ method, input }) => {
      // The session secret the page took from the address's fragment, as the renderer's client does.
      const session = sessionStorage.getItem('gitpulse.preview-session') ?? '';
      const response = await fetch(`/api/call/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${session}` },
        body: JSON.stringify(input),
      });
      return (await response.json()) as CallAnswer;
    },
    { method, input },
  );
}

async function openSettingsSection(page: Page, section: 'Connections' | 'Activity' | 'About'): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  await page
    .getByRole('navigation', { name: 'Settings sections' })
    .getByRole('button', { name: new RegExp(`^${section}`) })
    .click();
}

async function openCourseSettings(page: Page, course: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: course, exact: true }).click();
  await page.getByRole('navigation', { name: 'Course views' }).getByRole('button', { name: 'Course settings' }).click();
}

describe('the settings screens against gitpulse serve', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;
  let sim: GitlabSimulator;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    // A slow simulator: the cancel test needs a sync that is still running when Cancel is pressed.
    sim = await startGitlabSimulator({ course: generateCourse({ teams: 4 }), latencyMs: 250 });
    const demo = await runCli(['--data-dir', temp.path, 'demo']);
    expect(demo.code, demo.stderr).toBe(0);
    const added = await runCli(['--data-dir', temp.path, 'course', 'add', 'se-2026', '--gitlab-url', sim.url, '--group', 'teaching/se-2026']);
    expect(added.code, added.stderr).toBe(0);
    // The server inherits this process's environment; the token is the simulator's, not a real one.
    process.env['GITLAB_TOKEN'] = DEFAULT_SIMULATOR_TOKEN;
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await sim?.close();
    delete process.env['GITLAB_TOKEN'];
    temp.cleanup();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`lists the course's GitLab with its token source and tests it (${colorScheme} theme)`, async () => {
      const { page, errors } = await openApp(browser, server.url, colorScheme);
      await openSettingsSection(page, 'Connections');
      await page.getByRole('heading', { name: 'GitLab connections' }).waitFor();
      await page.getByRole('form', { name: 'Add connection' }).waitFor();
      expect(await page.getByLabel('Access token').getAttribute('type')).toBe('password');
      expect(await page.getByLabel('Requests per minute').inputValue()).toBe('600');

      const listed = await callApi(page, 'connections.list');
      if (!listed.ok) {
        // The core does not serve connections.list yet: the section must say so instead of showing nothing.
        console.warn(`connections.list is not available yet: ${listed.error?.message ?? 'no message'}`);
        await expect.poll(() => page.getByRole('alert').textContent()).toContain('Could not load the connections');
        await page.close();
        return;
      }
      const card = page.locator(`li[data-connection="${sim.url}"]`);
      await expect.poll(() => card.textContent()).toContain('GITLAB_TOKEN environment variable');
      await card.getByRole('button', { name: `Test ${sim.url}` }).click();
      await card.getByText('Connection works').waitFor({ timeout: 20_000 });
      await expect.poll(() => card.locator('.status-dot').textContent()).toBe('Connected');
      expect(await card.locator('.chip').allTextContents()).toContain('read_api');
      await page.screenshot({ path: join(resultsDir, `renderer-settings-connections-${colorScheme}.png`), fullPage: true });

      // Remove asks first; Escape keeps the connection and puts focus back on Remove.
      const remove = card.getByRole('button', { name: `Remove ${sim.url}` });
      await remove.click();
      await card.getByRole('group', { name: `Remove ${sim.url}?` }).waitFor();
      await page.keyboard.press('Escape');
      expect(await card.getByRole('group', { name: `Remove ${sim.url}?` }).count()).toBe(0);
      expect(await remove.evaluate((button) => button === button.ownerDocument.activeElement)).toBe(true);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('checks the add-connection form before it reaches the core and never keeps the token', async () => {
    const { page } = await openApp(browser, server.url);
    await openSettingsSection(page, 'Connections');
    await page.getByLabel('GitLab URL').fill('gitlab.example.edu');
    await page.getByLabel('Requests per minute').fill('0');
    await page.getByLabel('Access token').fill('glpat-not-a-real-token');
    await page.getByRole('button', { name: 'Add connection' }).click();
    await expect
      .poll(() => page.locator('.form-field__error').allTextContents())
      .toEqual(['Enter a web address starting with https:// (or http://)', 'Enter a whole number from 1 to 100,000']);
    // Invalid forms are not sent, so the token stays in its field for the user to correct the rest.
    expect(await page.getByLabel('Access token').inputValue()).toBe('glpat-not-a-real-token');

    await page.getByLabel('GitLab URL').fill(sim.url);
    await page.getByLabel('Requests per minute').fill('6000');
    await page.getByRole('button', { name: 'Add connection' }).click();
    // Submitted: the field empties at once, whatever the core answers.
    await expect.poll(() => page.getByLabel('Access token').inputValue()).toBe('');
    await expect.poll(() => page.locator('.test-result, .error-banner').count(), { timeout: 20_000 }).toBeGreaterThan(0);
    expect(await page.content()).not.toContain('glpat-not-a-real-token');
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the Activity section (${colorScheme} theme)`, async () => {
      const { page, errors } = await openApp(browser, server.url, colorScheme);
      await openSettingsSection(page, 'Activity');
      await page.getByRole('heading', { name: 'GitLab activity' }).waitFor();
      const listed = await callApi(page, 'audit.list', { limit: 200 });
      expect(listed.ok, listed.error?.message).toBe(true);
      const entries = listed.value as unknown[];
      if (entries.length === 0) await page.getByText('No GitLab calls yet').waitFor();
      else await expect.poll(() => page.locator('table[aria-label="GitLab API calls"] tbody tr').count()).toBe(Math.min(entries.length, 200));
      await page.screenshot({ path: join(resultsDir, `renderer-settings-activity-${colorScheme}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('shows the demo roster by team and keeps a role changed from the keyboard after a reload', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openCourseSettings(page, 'demo');
    const listed = await callApi(page, 'roster.list', { course: 'demo' });
    expect(listed.ok, listed.error?.message).toBe(true);
    const roster = listed.value as Array<{ project: string; username: string; role: string }>;
    expect(roster.length).toBeGreaterThan(0);
    const rows = page.locator('table[aria-label="Roster"] tbody tr[data-user]');
    await expect.poll(() => rows.count()).toBe(roster.length);
    expect(await page.locator('table[aria-label="Roster"] tbody').count()).toBe(new Set(roster.map((entry) => entry.project)).size);

    const student = roster.find((entry) => entry.role === 'student');
    if (!student) throw new Error('the demo roster has no student');
    const groupOf = (p: Page) => p.locator(`tbody[data-project="${student.project}"] tr[data-user="${student.username}"]`);
    await groupOf(page).getByRole('radio', { name: 'Student' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => groupOf(page).getByRole('radio', { name: 'Staff' }).isChecked()).toBe(true);
    await groupOf(page).getByText('changed by you').waitFor();
    await page.screenshot({ path: join(resultsDir, 'renderer-course-settings-light.png') });

    await page.reload();
    await openCourseSettings(page, 'demo');
    await expect.poll(() => groupOf(page).getByRole('radio', { name: 'Staff' }).isChecked()).toBe(true);
    expect(await groupOf(page).getByText('changed by you').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('explains a course window that ends before it starts, and saves a valid one', async () => {
    const { page, errors } = await openApp(browser, server.url, 'dark');
    await openCourseSettings(page, 'demo');
    const start = page.getByLabel('Starts on');
    const end = page.getByLabel('Ends on');
    await start.fill('2026-06-30');
    await end.fill('2026-02-16');
    await page.getByText('The course window ends before it starts.').waitFor();
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByRole('button', { name: 'Save window' }).getAttribute('aria-disabled')).toBe('true');
    await page.screenshot({ path: join(resultsDir, 'renderer-course-window-invalid-dark.png') });

    await start.fill('2026-02-16');
    await end.fill('2026-06-30');
    expect(await page.getByText('The course window ends before it starts.').count()).toBe(0);
    await page.getByRole('button', { name: 'Save window' }).click();
    await page.getByText('Saved: 16 Feb 2026 – 30 Jun 2026').waitFor();

    await page.reload();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'demo', exact: true }).click();
    await page.getByText('16 Feb 2026 – 30 Jun 2026', { exact: true }).waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('saves the metric settings and the iterations, each with its note, and undoes an edit not saved', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openCourseSettings(page, 'se-2026');
    const saveMetrics = page.getByRole('button', { name: 'Save metric settings' });
    expect(await saveMetrics.getAttribute('aria-disabled')).toBe('true');
    await page.getByLabel('Coverage threshold (%)').fill('75');
    await page.getByLabel('Time zone').fill('Europe/Prague');
    await saveMetrics.click();
    await page.getByText('Saved: coverage at least 75 %, days in Europe/Prague.').waitFor();
    expect((await callApi(page, 'courses.get', { course: 'se-2026' })).value).toMatchObject({ coverageThreshold: 75, timeZone: 'Europe/Prague' });

    const iterations = page.getByRole('form', { name: 'Iterations' });
    await iterations.getByRole('button', { name: 'Add iteration' }).click();
    await iterations.getByLabel('Name of iteration 1').fill('Sprint 1');
    await iterations.getByLabel('First day of iteration 1').fill('2026-02-16');
    await iterations.getByLabel('Last day of iteration 1').fill('2026-03-01');
    await iterations.getByRole('button', { name: 'Save iterations' }).click();
    await iterations.getByText('Saved 1 iterations.').waitFor();
    expect(await iterations.getByRole('button', { name: 'Undo changes' }).count()).toBe(0);

    await iterations.getByRole('button', { name: 'Add iteration' }).click();
    expect(await iterations.getByText('Saved 1 iterations.').count()).toBe(0);
    await iterations.getByRole('button', { name: 'Undo changes' }).click();
    expect(await iterations.getByLabel('Name of iteration 2').count()).toBe(0);
    expect((await callApi(page, 'iterations.list', { course: 'se-2026' })).value).toEqual([
      { name: 'Sprint 1', start: '2026-02-16', end: '2026-03-01', weight: 1 },
    ]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks before saving an iteration list that deletes grading data, keeps it on Escape and deletes it when confirmed', async () => {
    const sprints = [
      { name: 'Sprint A', start: '2026-02-16', end: '2026-03-15', weight: 1 },
      { name: 'Sprint B', start: '2026-03-16', end: '2026-04-12', weight: 1 },
    ];
    const light = await openApp(browser, server.url);
    expect((await callApi(light.page, 'iterations.replace', { course: 'demo', iterations: sprints })).ok).toBe(true);
    const grades = await callApi(light.page, 'grades.course', { course: 'demo', iteration: 'Sprint A' });
    const team = (grades.value as { teams: Array<{ projectId: number; criteria: Array<{ name: string; kind: string }> }> }).teams[0];
    const manual = team?.criteria.find((c) => c.kind === 'manual');
    if (!team || !manual) throw new Error('the demo has no team with a manual criterion');
    const scored = await callApi(light.page, 'grades.setManualScore', {
      course: 'demo',
      iteration: 'Sprint A',
      projectId: team.projectId,
      criterion: manual.name,
      points: 3,
      comment: '',
    });
    expect(scored.ok, scored.error?.message).toBe(true);
    const message = 'Iteration "Sprint A" of "demo" has grading data (1 manual score) that removing it would delete.';

    async function saveWithoutSprintA(page: Page) {
      await openCourseSettings(page, 'demo');
      const form = page.getByRole('form', { name: 'Iterations' });
      await expect.poll(() => form.getByLabel('Name of iteration 1').inputValue()).toBe('Sprint A');
      await form.getByRole('button', { name: 'Remove iteration 1' }).click();
      await form.getByRole('button', { name: 'Save iterations' }).click();
      const confirm = form.getByRole('group', { name: 'Delete the grading data?' });
      await confirm.getByText(message, { exact: true }).waitFor();
      return { form, confirm };
    }

    const { form, confirm } = await saveWithoutSprintA(light.page);
    // Focus lands on the safe answer, so a stray Enter deletes nothing.
    const isFocused = (button: string) => form.getByRole('button', { name: button }).evaluate((element) => element === element.ownerDocument.activeElement);
    await expect.poll(() => isFocused('Keep the iteration')).toBe(true);
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.screenshot({ path: join(resultsDir, 'renderer-iterations-delete-grading-data-light.png') });
    await light.page.keyboard.press('Escape');
    expect(await confirm.count()).toBe(0);
    await expect.poll(() => isFocused('Save iterations')).toBe(true);
    // Kept: the form stays as edited and the core still has the iteration and its score.
    expect(await form.getByLabel('Name of iteration 1').inputValue()).toBe('Sprint B');
    expect((await callApi(light.page, 'iterations.list', { course: 'demo' })).value).toEqual(sprints);
    expect((await callApi(light.page, 'grades.course', { course: 'demo', iteration: 'Sprint A' })).ok).toBe(true);
    expect(light.errors).toEqual([]);
    await light.page.close();

    const dark = await openApp(browser, server.url, 'dark');
    const darkForm = await saveWithoutSprintA(dark.page);
    await darkForm.form.screenshot({ path: join(resultsDir, 'renderer-iterations-delete-grading-data-dark.png') });
    await darkForm.confirm.getByRole('button', { name: 'Delete the grading data and save' }).click();
    await darkForm.form.getByText('Saved 1 iterations.').waitFor();
    expect(await darkForm.confirm.count()).toBe(0);
    expect((await callApi(dark.page, 'iterations.list', { course: 'demo' })).value).toEqual([sprints[1]]);
    expect(await callApi(dark.page, 'grades.course', { course: 'demo', iteration: 'Sprint A' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(dark.errors).toEqual([]);
    await dark.page.close();
  });

  it('tells how to load the roster of a course never synced, and keeps a new sync schedule', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await openCourseSettings(page, 'se-2026');
    await page.getByText('Sync the course to load its members.').waitFor();
    const schedule = page.getByLabel('Sync automatically');
    await schedule.selectOption({ label: 'Every 30 minutes' });
    await expect.poll(async () => (await callApi(page, 'courses.get', { course: 'se-2026' })).value).toMatchObject({ syncIntervalMinutes: 30 });

    await page.reload();
    await openCourseSettings(page, 'se-2026');
    expect(await page.getByLabel('Sync automatically').inputValue()).toBe('30');
    await page.screenshot({ path: join(resultsDir, 'renderer-course-settings-never-synced-light.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a running sync with per-team details in the status bar and cancels it', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'se-2026', exact: true }).click();
    const bar = page.getByRole('region', { name: 'Sync status' });
    await bar.getByText('Never synced').waitFor();
    await page.getByRole('button', { name: 'Sync now' }).first().click();

    const details = bar.getByRole('button', { name: 'Details' });
    await details.waitFor();
    await expect.poll(() => bar.locator('.progress__detail').textContent(), { timeout: 30_000 }).toMatch(/requests/);
    expect(await details.getAttribute('aria-expanded')).toBe('false');
    await details.click();
    expect(await details.getAttribute('aria-expanded')).toBe('true');
    await expect.poll(() => bar.getByRole('progressbar', { name: /progress$/ }).count(), { timeout: 30_000 }).toBeGreaterThan(1);
    await page.screenshot({ path: join(resultsDir, 'renderer-sync-running-light.png') });

    await bar.getByRole('button', { name: 'Cancel' }).click();
    await bar.getByText('Sync cancelled').waitFor({ timeout: 30_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
