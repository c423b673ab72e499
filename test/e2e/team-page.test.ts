import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/launch-chromium';
import { openApp } from '../support/open-app';
import { runCli } from '../support/run-cli';
import { startCliServer, type CliServer } from '../support/start-cli-server';
import { makeTempDir } from '../support/temp-dir';

interface MemberJson {
  username: string;
  name: string;
  commits: number;
}
interface TeamJson {
  project: string;
  name: string;
  pipelines: { successRate: number | null; total: number };
  members: MemberJson[];
  unmatchedAuthors: Array<{ name: string; email: string; commits: number }>;
}

const resultsDir = join(import.meta.dirname, '..', '..', 'test-results');
const hostileName = '<img src=x onerror="window.__pwned=1">Eve Hacker';
const hostileCommit = '<script>window.__pwned=2</script>Fix the build';
const hostileMergeRequest = '<b onmouseover="window.__pwned=3">Bold</b> merge request';

/** Student text with markup, written into the demo's file as a hostile GitLab would have sent it. */
function plantHostileText(dataDir: string): void {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'));
  const team = db.prepare<[], { id: number }>("SELECT id FROM projects WHERE path_with_namespace LIKE '%/team-01'").get();
  const member = db
    .prepare<[number], { userId: number; name: string }>(
      "SELECT user_id AS userId, name FROM members WHERE project_id = ? AND role = 'student' ORDER BY name LIMIT 1",
    )
    .get(team?.id ?? 0);
  if (!team || !member) throw new Error('the demo has no team-01 student');
  db.prepare('UPDATE members SET name = ? WHERE user_id = ?').run(hostileName, member.userId);
  db.prepare('UPDATE users SET name = ? WHERE user_id = ?').run(hostileName, member.userId);
  db.prepare('UPDATE commits SET author_name = ? WHERE author_name = ?').run(hostileName, member.name);
  db.prepare(
    'UPDATE commits SET title = ? WHERE project_id = ? AND sha = (SELECT sha FROM commits WHERE project_id = ? ORDER BY committed_date DESC LIMIT 1)',
  ).run(hostileCommit, team.id, team.id);
  db.prepare('UPDATE merge_requests SET title = ? WHERE project_id = ? AND iid = (SELECT MAX(iid) FROM merge_requests WHERE project_id = ?)').run(
    hostileMergeRequest,
    team.id,
    team.id,
  );
  db.close();
}

async function openTeamPage(page: Page, teamName: string): Promise<void> {
  await page.getByRole('button', { name: 'demo' }).first().click();
  await page.getByRole('list', { name: 'Teams' }).getByRole('button', { name: teamName, exact: true }).click();
  await page.locator('[data-screen="team"]').waitFor();
}

/** The content area scrolls inside a fixed window, so a full picture needs a window as tall as the content. */
async function screenshotWholeContent(page: Page, path: string): Promise<void> {
  const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
  const contentHeight = await page.locator('.app__content').evaluate((content) => content.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height: Math.min(12_000, contentHeight + 140) });
  await page.waitForTimeout(300); // charts redraw on resize
  await page.screenshot({ path });
  await page.setViewportSize(viewport);
}

/** Each figure is recomputed by the core after a change; on a loaded machine that can take seconds. */
const settle = { timeout: 20_000 };

function membersRow(page: Page, username: string) {
  return page.locator(`table[aria-label="Members"] tr[data-member="${username}"]`);
}

describe('the team page and the student profile in a real browser', () => {
  const temp = makeTempDir();
  let server: CliServer;
  let browser: Browser;
  let teams: TeamJson[];

  beforeAll(async () => {
    mkdirSync(resultsDir, { recursive: true });
    const demo = await runCli(['--data-dir', temp.path, 'demo']);
    expect(demo.code, demo.stderr).toBe(0);
    plantHostileText(temp.path);
    const printed = await runCli(['--data-dir', temp.path, 'metrics', '--json']);
    teams = (JSON.parse(printed.stdout) as { teams: TeamJson[] }).teams;
    server = await startCliServer(temp.path);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    temp.cleanup();
  });

  const team = (suffix: string): TeamJson => {
    const found = teams.find((t) => t.project.endsWith(suffix));
    if (!found) throw new Error(`no ${suffix} in the demo`);
    return found;
  };

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`shows the health widget, four charts and the members of a team (${colorScheme})`, async () => {
      const expected = team('/team-01');
      const { page, errors } = await openApp(browser, server.url, colorScheme);
      await openTeamPage(page, expected.name);
      const rate = page.locator('[data-metric="successRate"]');
      await expect.poll(() => rate.textContent(), settle).toContain(`${((expected.pipelines.successRate ?? 0) * 100).toFixed(1)} %`);
      await expect.poll(() => page.locator('.chart-grid figure svg').count(), settle).toBe(4);
      expect(await page.locator('table[aria-label="Members"] tbody tr').count()).toBe(expected.members.length);
      for (const member of expected.members) {
        expect(await membersRow(page, member.username).locator('[data-figure="commits"]').textContent()).toBe(String(member.commits));
      }
      await screenshotWholeContent(page, join(resultsDir, `team-page-${colorScheme}.png`));
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`opens a student profile from the members table (${colorScheme})`, async () => {
      const expected = team('/team-02');
      const student = expected.members[0];
      if (!student) throw new Error('team-02 has no students');
      const { page, errors } = await openApp(browser, server.url, colorScheme);
      await openTeamPage(page, expected.name);
      await membersRow(page, student.username).getByRole('button').click();
      await page.locator('[data-screen="student"]').waitFor();
      expect(await page.locator('.detail-header__title').textContent()).toBe(student.name);
      expect(await page.locator('[data-figure="commits"] .figure__value').textContent()).toBe(String(student.commits));
      await expect.poll(() => page.locator('[data-screen="student"] figure svg').count(), settle).toBe(2);
      await screenshotWholeContent(page, join(resultsDir, `student-profile-${colorScheme}.png`));
      await page.getByRole('button', { name: `← ${expected.name}` }).click();
      await page.locator('[data-screen="team"]').waitFor();
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it('moves an unmatched author’s commits to the member it is mapped to, and back on undo', async () => {
    const expected = team('/team-01');
    const [author] = expected.unmatchedAuthors;
    const owner = expected.members.find((m) => m.username.startsWith(author?.name ?? '?'));
    if (!author || !owner) throw new Error('team-01 should have an unmatched author belonging to a member');
    const { page, errors } = await openApp(browser, server.url);
    await openTeamPage(page, expected.name);
    const commits = membersRow(page, owner.username).locator('[data-figure="commits"]');
    expect(await commits.textContent()).toBe(String(owner.commits));
    const item = page.locator(`li[data-author="${author.email}"]`);
    expect(await item.textContent()).toContain(`${author.commits} commits`);
    await item.getByRole('combobox').selectOption(owner.username);
    await item.getByRole('button', { name: /^Map / }).click();
    await expect.poll(() => commits.textContent(), settle).toBe(String(owner.commits + author.commits));
    await expect.poll(() => item.count(), settle).toBe(0);
    await page.getByRole('button', { name: `Undo mapping ${author.email} to ${owner.username}` }).click();
    await expect.poll(() => commits.textContent(), settle).toBe(String(owner.commits));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('takes an excluded commit out of the figure and counts it again on undo', async () => {
    const expected = team('/team-03');
    const { page, errors } = await openApp(browser, server.url);
    await openTeamPage(page, expected.name);
    const row = page.locator('table[aria-label="Commits"] tbody tr').filter({ hasText: '@' }).first();
    const sha = await row.getAttribute('data-sha');
    const username = (await row.locator('td').nth(2).textContent())?.replace(/^@/, '').trim() ?? '';
    const member = expected.members.find((m) => m.username === username);
    if (!sha || !member) throw new Error(`no student commit listed (${username})`);
    const commits = membersRow(page, member.username).locator('[data-figure="commits"]');
    const excludedRow = page.locator(`tr[data-sha="${sha}"]`);
    await excludedRow.getByRole('button', { name: /^Exclude commit/ }).click();
    await excludedRow.getByRole('textbox').fill('generated code');
    await excludedRow.getByRole('button', { name: 'Exclude', exact: true }).click();
    await expect.poll(() => commits.textContent(), settle).toBe(String(member.commits - 1));
    expect(await excludedRow.textContent()).toContain('Excluded: generated code');
    await excludedRow.getByRole('button', { name: /^Count commit .* again$/ }).click();
    await expect.poll(() => commits.textContent(), settle).toBe(String(member.commits));
    expect(errors).toEqual([]);
    await page.close();
  });

  it('renders names, commit titles and merge request titles with markup as text, charts included', async () => {
    const expected = team('/team-01');
    const { page, errors } = await openApp(browser, server.url);
    await openTeamPage(page, expected.name);
    const text = (await page.locator('[data-screen="team"]').textContent()) ?? '';
    expect(text).toContain(hostileName);
    expect(text).toContain(hostileCommit);
    expect(text).toContain(hostileMergeRequest);
    const ramp = page.locator('figure').filter({ hasText: 'Commits per week, per member' }).locator('.chart-panel__canvas');
    await ramp.scrollIntoViewIfNeeded();
    const drawn = await ramp.boundingBox();
    await page.mouse.move((drawn?.x ?? 0) + (drawn?.width ?? 0) / 2, (drawn?.y ?? 0) + (drawn?.height ?? 0) / 2);
    const tooltip = ramp.locator('div').filter({ hasText: 'Week of' }).last();
    await expect.poll(() => tooltip.textContent(), settle).toContain(hostileName);
    expect(await page.locator('[data-screen="team"] img, [data-screen="team"] script, [data-screen="team"] b').count()).toBe(0);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    await page.getByRole('button', { name: hostileName }).click();
    await page.locator('[data-screen="student"]').waitFor();
    expect(await page.locator('.detail-header__title').textContent()).toBe(hostileName);
    expect(await page.locator('[data-screen="student"] img').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls the content area, never the document, at 960×600', async () => {
    const page = await browser.newPage({ viewport: { width: 960, height: 600 } });
    await page.goto(server.url);
    await openTeamPage(page, team('/team-01').name);
    await expect.poll(() => page.locator('.chart-grid figure svg').count(), settle).toBe(4);
    const sizes = (await page.evaluate(
      '({ scrollHeight: document.documentElement.scrollHeight, scrollWidth: document.documentElement.scrollWidth, height: window.innerHeight, width: window.innerWidth })',
    )) as { scrollHeight: number; scrollWidth: number; height: number; width: number };
    expect(sizes.scrollHeight).toBeLessThanOrEqual(sizes.height);
    expect(sizes.scrollWidth).toBeLessThanOrEqual(sizes.width);
    await page.screenshot({ path: join(resultsDir, 'team-page-960x600.png') });
    await page.close();
  });
});
