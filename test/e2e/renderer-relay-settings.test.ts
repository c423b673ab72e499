import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from '../support/gitlab-simulator/index';
import { launchChromium } from '../support/launch-chromium';
import { openApp } from '../support/open-app';
import { deliverWebhook } from '../support/relay/deliver-webhook';
import { startTestRelay, testClientToken, testSecret, type TestRelay } from '../support/relay/start-test-relay';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');
const course = generateCourse({ teams: 3 });

describe('Settings → Relay against gitpulse serve', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;
  let sim: GitlabSimulator;
  let relay: TestRelay;

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    sim = await startGitlabSimulator({ course });
    relay = await startTestRelay({ longPollMs: 30_000 });
    const added = await runCli(['--data-dir', temp.path, 'course', 'add', 'se-2026', '--gitlab-url', sim.url, '--group', course.group.full_path]);
    expect(added.code, added.stderr).toBe(0);
    const synced = await runCli(['--data-dir', temp.path, 'sync'], { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN });
    expect(synced.code, synced.stderr).toBe(0);
    // The server inherits these; both tokens are test values (the simulator's and the test relay's).
    process.env['GITLAB_TOKEN'] = DEFAULT_SIMULATOR_TOKEN;
    process.env['GITPULSE_RELAY_TOKEN'] = testClientToken;
    server = await startCliServer(temp.path, { isScheduled: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await relay?.close();
    await sim?.close();
    delete process.env['GITLAB_TOKEN'];
    delete process.env['GITPULSE_RELAY_TOKEN'];
    temp.cleanup();
  });

  it('connects a relay, shows it live with the last event, tests it, and lists the manual hook steps for a read-only token', async () => {
    const { page, errors } = await openApp(browser, server.url);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('button', { name: /^Relay/ })
      .click();
    await page.getByText('No relay connected').waitFor();
    expect(await page.getByLabel('Client token').getAttribute('type')).toBe('password');

    await page.getByLabel('Relay URL').fill(relay.url);
    await page.getByRole('button', { name: 'Connect relay' }).click();
    const card = page.locator(`[data-relay="${relay.url}"]`);
    await expect.poll(() => card.locator('.status-dot').textContent(), { timeout: 20_000 }).toBe('Live');

    // A pipeline of the first team, as GitLab would post it; the title is student-written text.
    const team = course.teams[0]?.project;
    const body = JSON.stringify({
      object_kind: 'pipeline',
      project: { id: team?.id, web_url: team?.web_url },
      object_attributes: { id: 990_001, status: 'success', ref: '<img src=x onerror=alert(1)>', created_at: '2026-03-02 08:00:00 UTC', duration: 42 },
    });
    expect((await deliverWebhook(relay.url, { body, event: 'Pipeline Hook', token: testSecret, headers: { 'x-gitlab-instance': sim.url } })).status).toBe(200);
    await expect.poll(() => card.textContent(), { timeout: 20_000 }).not.toContain('None yet');
    expect(await card.locator('dd').nth(3).textContent()).toBe('1');

    await page.getByRole('button', { name: 'Test connection' }).click();
    await page.getByText(/accepts this app's client token/).waitFor({ timeout: 20_000 });

    await page.getByLabel('Webhook secret').fill('hook-secret');
    await page.getByRole('button', { name: 'Create or verify hooks' }).click();
    await page.getByText('This token cannot manage hooks').waitFor({ timeout: 20_000 });
    expect(await page.locator('.relay-hooks__table tbody tr').count()).toBe(course.teams.length);
    expect(await page.getByLabel('Webhook secret').inputValue()).toBe('');
    await page
      .locator('.panel')
      .first()
      .screenshot({ path: join(resultsDir, 'renderer-settings-relay-status.png') });
    await page
      .locator('.panel')
      .last()
      .screenshot({ path: join(resultsDir, 'renderer-settings-relay-hooks.png') });
    expect(await page.content()).not.toContain(testClientToken);
    expect(errors).toEqual([]);
    await page.close();
  });
});
