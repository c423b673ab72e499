import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

describe('the gitpulse command, used as a new user would', () => {
  const temp = makeTempDir();
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);

  beforeAll(async () => {
    expect((await cli('demo')).code).toBe(0);
    const add = await cli(
      'course',
      'add',
      'fresh',
      '--gitlab-url',
      'https://gitlab.example.edu',
      '--project',
      'https://gitlab.example.edu/teaching/se/team-01/-/tree/main',
    );
    expect(add.code, add.stderr).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('prints the usage on stderr and exits 2 when given no command, and on stdout for help', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: gitpulse \[--data-dir DIR\] <command> \[options\]\n/);
    for (const args of [['help'], ['--help']]) {
      const help = await runCli(args);
      expect(help.code, args[0]).toBe(0);
      expect(help.stdout).toBe(bare.stderr);
    }
  });

  it('answers "course" with its commands, and "help COMMAND" and "COMMAND --help" with that command only', async () => {
    const course = await runCli(['course']);
    expect(course.code).toBe(2);
    expect(course.stderr).toMatch(/^gitpulse: course: give one of its commands\nUsage: gitpulse \[--data-dir DIR\] course add NAME/);
    expect(course.stderr).toContain('course set NAME');
    expect(course.stderr).not.toContain('sync [--course');
    const syncHelp = await runCli(['sync', '--help']);
    expect(syncHelp.code).toBe(0);
    expect(syncHelp.stdout).toMatch(/^Usage: gitpulse \[--data-dir DIR\] sync \[--course NAME\] \[--json\]\n/);
    expect(syncHelp.stdout).not.toContain('course add');
    expect((await runCli(['help', 'sync'])).stdout).toBe(syncHelp.stdout);
    expect((await runCli(['help', 'course', 'add'])).stdout).toMatch(/^Usage: gitpulse \[--data-dir DIR\] course add NAME --gitlab-url URL/);
    const unknown = await runCli(['help', 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('gitpulse: help: there is no command "frobnicate". Run gitpulse help\n');
  });

  it('says what a negative request budget should be instead of calling it ambiguous', async () => {
    const run = await cli('connect', '--gitlab-url', 'https://gitlab.example.edu', '--requests-per-minute', '-5', '--test');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gitpulse: connect: --requests-per-minute must be a whole number from 1 to 100000, not "-5"\n');
  });

  it('exits 2 for a bad URL and a bad date, and names the flag rather than the field', async () => {
    const url = await cli('course', 'add', 'x', '--gitlab-url', 'gitlab dot com', '--group', 'g');
    expect(url.code).toBe(2);
    expect(url.stderr).toBe('gitpulse: "gitlab dot com" is not a URL; give the GitLab address, e.g. https://gitlab.example.edu\n');
    const date = await cli('course', 'set', 'fresh', '--window-start', '2026-13-45');
    expect(date.code).toBe(2);
    expect(date.stderr).toBe('gitpulse: course set: --window-start: 2026-13-45 is not a date (YYYY-MM-DD)\n');
    const empty = await cli('course', 'add', 'y', '--gitlab-url', ' ', '--group', 'g');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toBe('gitpulse: --gitlab-url: GitLab URL is empty\n');
  });

  it('prints a failure as {"error": {code, message}} on stdout too when --json is given', async () => {
    const run = await cli('metrics', '--course', 'nope', '--json');
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({ error: { code: 'not_found', message: 'No course named "nope". Courses: demo, fresh.' } });
    expect(run.stderr).toBe('gitpulse: No course named "nope". Courses: demo, fresh.\n');
    const usage = await cli('audit', '--limit', '0', '--json');
    expect(usage.code).toBe(2);
    expect(JSON.parse(usage.stdout)).toEqual({ error: { code: 'invalid_input', message: 'audit: --limit must be a whole number from 1 to 1000, not "0"' } });
  });

  it('takes a project address copied from the browser as its path, and refuses one on another GitLab', async () => {
    const [fresh] = (JSON.parse((await cli('course', 'list', '--json')).stdout) as Array<{ name: string; source: unknown }>).filter((c) => c.name === 'fresh');
    expect(fresh?.source).toEqual({ kind: 'projects', projectPaths: ['teaching/se/team-01'] });
    const elsewhere = await cli('course', 'add', 'z', '--gitlab-url', 'https://gitlab.example.edu', '--project', 'https://gitlab.com/teaching/se/team-01');
    expect(elsewhere.code).toBe(2);
    expect(elsewhere.stderr).toBe(
      'gitpulse: "https://gitlab.com/teaching/se/team-01" is not on https://gitlab.example.edu; give the project path (like teaching/se-2026) or its address there.\n',
    );
  });

  it('lists courses with their window, the last sync in local time and the last error', async () => {
    const db = new Database(join(temp.path, 'gitpulse.sqlite'));
    db.prepare("UPDATE courses SET last_synced_at = '2026-03-02T13:05:00.000Z', last_sync_error = 'GitLab rejected the token.' WHERE name = 'demo'").run();
    db.close();
    const run = await runCli(['--data-dir', temp.path, 'course', 'list'], { TZ: 'Asia/Tokyo' });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Course +GitLab +Teams +Window +Last synced +Last error$/);
    expect(lines.find((l) => l.startsWith('demo'))).toMatch(/ 8 +2026-02-16 to 2026-05-18 +2026-03-02 22:05 +GitLab rejected the token\.$/);
    expect(lines.find((l) => l.startsWith('fresh'))).toMatch(/ 0 +whole history +never$/);
  });

  it('labels teams by name in the metrics table, as the CSV and the app do', async () => {
    const run = await cli('metrics', '--course', 'demo');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/\nTeam 01 +\d+ /);
    expect(run.stdout).toContain('\nTeam 01 (teaching/se-2026/cohort-a/team-01)\n');
  });

  it('says the folder of --out does not exist instead of a raw ENOENT, and writes nothing', async () => {
    const missing = join(temp.path, 'no-such-folder', 'grades.csv');
    const run = await cli('export', '--course', 'demo', '--format', 'csv', '--out', missing);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `gitpulse: export: --out: the folder ${join(temp.path, 'no-such-folder')} does not exist; create it first or write the sheet elsewhere\n`,
    );
  });

  it('refuses a data folder that cannot hold a database, at once and with a message', async () => {
    const started = Date.now();
    const proc = await runCli(['--data-dir', '/proc/gitpulse-data', 'course', 'list']);
    expect(proc.code).toBe(1);
    expect(proc.stderr).toBe(
      'gitpulse: /proc/gitpulse-data cannot hold the GitPulse database: cannot create /proc/gitpulse-data (ENOENT). Choose a folder on a disk you can write to.\n',
    );
    const file = join(temp.path, 'a-file');
    writeFileSync(file, '');
    const underFile = await runCli(['--data-dir', join(file, 'data'), 'course', 'list']);
    expect(underFile.code).toBe(1);
    expect(underFile.stderr).toContain(`${file} is a file, not a folder`);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe('a course whose first sync never finished', () => {
  const temp = makeTempDir();
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);
  const since = '2026-03-02T13:05:00.000Z';
  const notice = 'Figures are incomplete since 2026-03-02 22:05: its first sync was stopped before it finished. Sync the course to complete them.';

  beforeAll(async () => {
    expect((await cli('demo')).code).toBe(0);
    // The demo's teams, made into a course of a real GitLab that no sync finished for.
    const db = new Database(join(temp.path, 'gitpulse.sqlite'));
    db.prepare('UPDATE courses SET is_demo = 0, last_synced_at = NULL, created_at = ?').run(since);
    db.close();
  });
  afterAll(() => temp.cleanup());
  const tokyo = { TZ: 'Asia/Tokyo' };

  it('says so above the metrics table and in a JSON field', async () => {
    const table = await runCli(['--data-dir', temp.path, 'metrics'], tokyo);
    expect(table.code, table.stderr).toBe(0);
    expect(table.stdout.split('\n\n')[1]).toBe(`! ${notice}`);
    const json = await runCli(['--data-dir', temp.path, 'metrics', '--json'], tokyo);
    expect((JSON.parse(json.stdout) as { incomplete: unknown }).incomplete).toEqual({ reason: 'stopped', since, message: notice });
  });

  it('refuses to export unless --allow-incomplete, and the sheet then says it in its first row', async () => {
    const out = join(temp.path, 'sheets');
    mkdirSync(out);
    const refused = await runCli(['--data-dir', temp.path, 'export', '--format', 'csv', '--out', join(out, 'grades.csv')], tokyo);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`gitpulse: export: ${notice} Or give --allow-incomplete to write the sheet anyway, marked as incomplete.\n`);
    const allowed = await runCli(['--data-dir', temp.path, 'export', '--format', 'csv', '--out', join(out, 'grades.csv'), '--allow-incomplete'], tokyo);
    expect(allowed.code, allowed.stderr).toBe(0);
    const lines = readFileSync(join(out, 'grades.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe(`\uFEFF"${notice}"`);
    expect(lines[1]).toMatch(/^Course,Team,Student,/);
  });

  it('says nothing of it once a sync has finished', async () => {
    const db = new Database(join(temp.path, 'gitpulse.sqlite'));
    db.prepare("UPDATE courses SET last_synced_at = '2026-03-03T10:00:00.000Z'").run();
    db.close();
    const json = JSON.parse((await cli('metrics', '--json')).stdout) as { incomplete: unknown };
    expect(json.incomplete).toBeNull();
  });
});
