import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from '../../support/gitlab-simulator';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

const oneLine = (text: string) => text.trim().split('\n').length === 1;

describe('the gitpulse command on the demo course', () => {
  const temp = makeTempDir();
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);

  beforeAll(async () => {
    const demo = await cli('demo');
    expect(demo.code, demo.stderr).toBe(0);
    expect(demo.stdout).toMatch(/Demo course "demo" ready with 8 teams/);
  });
  afterAll(() => temp.cleanup());

  it('prints every demo team with a numeric success rate as JSON', async () => {
    const run = await cli('metrics', '--json');
    expect(run.code).toBe(0);
    const metrics = JSON.parse(run.stdout) as { course: string; teams: Array<{ project: string; pipelines: Record<string, number | null> }> };
    expect(metrics.course).toBe('demo');
    expect(metrics.teams.length).toBeGreaterThanOrEqual(8);
    for (const team of metrics.teams) {
      expect(Object.keys(team).sort()).toEqual(['flags', 'members', 'name', 'pipelines', 'practices', 'project', 'review', 'unmatchedAuthors', 'webUrl']);
      expect(Object.keys(team.pipelines).sort()).toEqual([
        'buildsPerDay',
        'canceled',
        'failed',
        'latestCoverage',
        'meanDurationS',
        'medianDurationS',
        'mttrS',
        'openFailureSinceS',
        'p95DurationS',
        'success',
        'successRate',
        'total',
      ]);
      const { success, failed, canceled, successRate } = team.pipelines as Record<string, number>;
      expect(typeof successRate).toBe('number');
      expect(successRate).toBeCloseTo((success ?? 0) / ((success ?? 0) + (failed ?? 0) + (canceled ?? 0)));
    }
  });

  it('regenerates the demo without duplicating anything', async () => {
    const before = JSON.parse((await cli('metrics', '--json')).stdout) as unknown;
    expect((await cli('demo')).code).toBe(0);
    expect(JSON.parse((await cli('metrics', '--json')).stdout)).toEqual(before);
    const courses = JSON.parse((await cli('course', 'list', '--json')).stdout) as Array<{ name: string; isDemo: boolean; teamCount: number }>;
    expect(courses).toEqual([expect.objectContaining({ name: 'demo', isDemo: true, teamCount: 8 })]);
  });

  it('exports the metrics sheet as CSV', async () => {
    const out = join(temp.path, 'metrics.csv');
    const run = await cli('export', '--format', 'metrics-csv', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^Team,Project,GitLab URL,Pipelines/);
    expect(lines).toHaveLength(9);
  });

  it('leaves nothing behind when the export cannot be written', async () => {
    const missing = join(temp.path, 'no-such-folder', 'grades.csv');
    const run = await cli('export', '--format', 'metrics-csv', '--out', missing);
    expect(run.code).toBe(2);
    expect(oneLine(run.stderr)).toBe(true);
    expect(run.stderr).toMatch(/--out: the folder .*no-such-folder does not exist/);
    const exportDir = join(temp.path, 'exports');
    mkdirSync(exportDir);
    const badFormat = await cli('export', '--format', 'docx', '--out', join(exportDir, 'x.docx'));
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr.trim()).toBe('gitpulse: export: unsupported format "docx" (supported: csv|xlsx|pdf|moodle|canvas|metrics-csv|course-total-csv)');
    expect(readdirSync(exportDir)).toEqual([]);
  });

  it('refuses bad export options with one line and writes nothing', async () => {
    const exportDir = join(temp.path, 'refused-exports');
    mkdirSync(exportDir);
    const out = join(exportDir, 'grades.csv');
    const delimiter = await cli('export', '--format', 'csv', '--delimiter', '|', '--out', out);
    expect([delimiter.code, delimiter.stderr.trim()]).toEqual([2, 'gitpulse: export: --delimiter must be "," or ";"']);
    const lmsWithCsv = await cli('export', '--format', 'csv', '--lms-file', out, '--out', out);
    expect([lmsWithCsv.code, lmsWithCsv.stderr.trim()]).toEqual([2, 'gitpulse: export: --lms-file goes with --format moodle or canvas']);
    const asOf = await cli('export', '--format', 'metrics-csv', '--as-of', 'next friday', '--out', out);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr.trim()).toBe('gitpulse: --as-of: next friday is not a date or time (YYYY-MM-DD or ISO 8601).');
    const latin1 = join(temp.path, 'moodle-latin1.csv');
    writeFileSync(latin1, Buffer.from('Email address,Note\nz@x.edu,caf\xe9\n', 'latin1'));
    const notUtf8 = await cli('export', '--format', 'moodle', '--lms-file', latin1, '--out', out);
    expect(notUtf8.code).toBe(1);
    expect(notUtf8.stderr).toMatch(/moodle-latin1\.csv is not UTF-8 text; export it from the LMS again as UTF-8 CSV\.\n$/);
    expect(readdirSync(exportDir)).toEqual([]);
  });

  it('exports the metrics sheet up to --as-of, with the same header', async () => {
    const out = join(temp.path, 'metrics-as-of.csv');
    const run = await cli('export', '--format', 'metrics-csv', '--as-of', '2026-03-01T00:00:00Z', '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(
      readFileSync(out, 'utf8')
        .replace(/^\uFEFF/, '')
        .split('\r\n')[0],
    ).toMatch(/^Team,Project,GitLab URL,Pipelines/);
  });

  it('answers a misspelt flag, an unknown command and an unknown course with one clear line', async () => {
    const flag = await cli('metrics', '--jsn');
    expect(flag.code).toBe(2);
    expect(oneLine(flag.stderr)).toBe(true);
    expect(flag.stderr).toMatch(/^gitpulse: metrics: .*--jsn/);
    const command = await cli('frobnicate');
    expect(command.code).toBe(2);
    expect(command.stderr).toMatch(/unknown command "frobnicate"/);
    const course = await cli('metrics', '--course', 'nope');
    expect(course.code).toBe(1);
    expect(course.stderr.trim()).toBe('gitpulse: No course named "nope". Courses: demo.');
  });

  it('refuses to sync the demo course, which has no GitLab behind it', async () => {
    const run = await cli('sync');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/demo course holds generated data/);
  });
});

describe('the gitpulse command against a GitLab server', () => {
  const temp = makeTempDir();
  const course = generateCourse({ teams: 3, seed: 7 });
  let sim: GitlabSimulator;
  const cli = (args: string[], token: string | undefined = DEFAULT_SIMULATOR_TOKEN) => runCli(['--data-dir', temp.path, ...args], { GITLAB_TOKEN: token });

  beforeAll(async () => {
    sim = await startGitlabSimulator({ course });
  });
  afterAll(async () => {
    await sim.close();
    temp.cleanup();
  });

  it('adds a group course, syncs it, and syncs again cheaply', async () => {
    const add = await cli(['course', 'add', 'se-2026', '--gitlab-url', `${sim.url}/`, '--group', course.group.full_path]);
    expect(add.code, add.stderr).toBe(0);
    // The simulator answers at once; a high budget keeps the test quick.
    const connect = await cli(['connect', '--gitlab-url', sim.url, '--test', '--requests-per-minute', '100000']);
    expect(connect.code, connect.stderr).toBe(0);
    const first = await cli(['sync', '--json']);
    expect(first.code, first.stderr).toBe(0);
    const summary = JSON.parse(first.stdout) as { requests: number; durationMs: number; fetched: Record<string, number>; stored: Record<string, number> };
    expect(Object.keys(summary.stored).sort()).toEqual([
      'branches',
      'commits',
      'issues',
      'jobs',
      'members',
      'mergeRequests',
      'notes',
      'pipelines',
      'projects',
      'tags',
    ]);
    expect(summary.stored).toMatchObject({
      projects: 3,
      pipelines: course.teams.reduce((n, t) => n + t.pipelines.length, 0),
      mergeRequests: course.teams.reduce((n, t) => n + t.mergeRequests.length, 0),
      issues: course.teams.reduce((n, t) => n + t.issues.length, 0),
    });
    expect(summary.requests).toBeGreaterThan(summary.stored.projects ?? 0);
    sim.clearRequests();
    const second = JSON.parse((await cli(['sync', '--json'])).stdout) as { requests: number };
    expect(second.requests).toBe(sim.requests.length);
    expect(sim.requests.filter((r) => r.path.endsWith('/pipelines') && !r.query.includes('source=parent_pipeline'))).toHaveLength(3);
    // The group's project list, the course staff and GitLab's version, then one request per team for
    // each resource kind with its own list (child pipelines have their own).
    expect(sim.requests).toHaveLength(3 + 3 * 7);
  });

  it('prints the audit log of GitLab calls without the token', async () => {
    const run = await cli(['audit', '--json', '--limit', '5']);
    expect(run.code, run.stderr).toBe(0);
    const entries = JSON.parse(run.stdout) as Array<{ method: string; path: string; status: number }>;
    expect(entries).toHaveLength(5);
    expect(entries.every((e) => e.method === 'GET' && e.path.startsWith('/api/v4/') && e.status === 200)).toBe(true);
    expect(run.stdout).not.toContain(DEFAULT_SIMULATOR_TOKEN);
    const table = await cli(['audit']);
    expect(table.stdout).toMatch(/Budget left/);
  });

  it('says the token was rejected without printing it, and keeps the stored data', async () => {
    // A fixed end: with none the window ends now, and rates per day would drift between the two reads.
    const metrics = ['metrics', '--json', '--to', '2026-09-01'];
    const before = (await cli(metrics)).stdout;
    const run = await cli(['sync'], 'glpat-not-a-real-token-000');
    expect(run.code).toBe(1);
    // Progress lines may precede it; the error itself is one line, and the last.
    const errorLines = run.stderr
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('gitpulse:'));
    expect(errorLines).toHaveLength(1);
    expect(run.stderr.trim().endsWith(errorLines[0] ?? '?')).toBe(true);
    expect(run.stderr).toMatch(/GitLab rejected the token/);
    expect(run.stderr + run.stdout).not.toContain('glpat-not-a-real-token');
    expect((await cli(metrics)).stdout).toBe(before);
  });

  it('asks which course is meant when there are several', async () => {
    expect((await cli(['course', 'add', 'other', '--gitlab-url', sim.url, '--project', 'a/b'])).code).toBe(0);
    const run = await cli(['metrics']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/There are 2 courses \(other, se-2026\); name the one you mean/);
  });

  it('rejects a malformed GitLab URL when adding a course', async () => {
    const run = await cli(['course', 'add', 'x', '--gitlab-url', 'gitlab dot com', '--group', 'g']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/is not a URL/);
    expect(existsSync(join(temp.path, 'gitpulse.sqlite'))).toBe(true);
  });
});
