import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore } from '../../../electron/core/open-core';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

const impossibleDates = ['2026-13-45', '2026-02-30', '2026-00-00', '2026-04-31'];

describe('dates entering a course', () => {
  const temp = makeTempDir();
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args]);
  const listNames = async () => (JSON.parse((await cli('course', 'list', '--json')).stdout) as Array<{ name: string }>).map((c) => c.name);

  beforeAll(async () => {
    expect((await cli('demo')).code).toBe(0);
  });
  afterAll(() => temp.cleanup());

  it('refuses every impossible date on course add, naming the flag, with exit 2 and nothing stored', async () => {
    for (const date of impossibleDates) {
      for (const flag of ['--window-start', '--window-end']) {
        const run = await cli('course', 'add', 'se', '--gitlab-url', 'https://gitlab.example.edu', '--group', 'teaching/se', flag, date);
        expect(run.code, `${flag} ${date}`).toBe(2);
        expect(run.stderr).toBe(`gitpulse: course add: ${flag}: ${date} is not a date (YYYY-MM-DD)\n`);
      }
    }
    expect(await listNames()).toEqual(['demo']);
  });

  it('refuses a window that ends before it starts', async () => {
    const run = await cli(
      'course',
      'add',
      'se',
      '--gitlab-url',
      'https://gitlab.example.edu',
      '--group',
      'teaching/se',
      '--window-start',
      '2026-03-01',
      '--window-end',
      '2026-02-01',
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('gitpulse: course add: --window-end 2026-02-01 is before --window-start 2026-03-01\n');
    expect(await listNames()).toEqual(['demo']);
  });

  it('refuses every impossible date on course set and keeps the stored window', async () => {
    const before = JSON.parse((await cli('course', 'list', '--json')).stdout) as Array<{ windowStart: string; windowEnd: string }>;
    for (const date of impossibleDates) {
      const run = await cli('course', 'set', 'demo', '--window-end', date);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`gitpulse: course set: --window-end: ${date} is not a date (YYYY-MM-DD)\n`);
    }
    expect(JSON.parse((await cli('course', 'list', '--json')).stdout)).toEqual(before);
    const valid = await cli('course', 'set', 'demo', '--window-end', '2026-12-31');
    expect(valid.code, valid.stderr).toBe(0);
    expect(valid.stdout).toMatch(/window \d{4}-\d{2}-\d{2} to 2026-12-31\./);
  });

  it('refuses every impossible date through the contract, which the app and the preview use', async () => {
    const core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: 'unused' } });
    try {
      for (const date of impossibleDates) {
        const added = await core.call('courses.add', { name: 'se', gitlabUrl: 'https://gitlab.example.edu', groupPath: 'teaching/se', windowStart: date });
        expect(added).toEqual({ ok: false, error: { code: 'invalid_input', message: `windowStart: ${date} is not a date (YYYY-MM-DD)` } });
        const updated = await core.call('courses.update', { course: 'demo', windowEnd: date });
        expect(updated).toEqual({ ok: false, error: { code: 'invalid_input', message: `windowEnd: ${date} is not a date (YYYY-MM-DD)` } });
      }
    } finally {
      core.close();
    }
  });

  it('reports an impossible date stored before dates were checked instead of crashing', async () => {
    const db = new Database(join(temp.path, 'gitpulse.sqlite'));
    db.prepare("UPDATE courses SET window_end = '2026-00-00' WHERE name = 'demo'").run();
    db.close();
    const expected =
      'gitpulse: The window of course "demo" ends on 2026-00-00, which is not a date; set it again in Course settings or with gitpulse course set "demo" --window-end YYYY-MM-DD.\n';
    for (const args of [['metrics'], ['export', '--format', 'metrics-csv', '--out', join(temp.path, 'metrics.csv')]]) {
      const run = await cli(...args);
      expect(run.code, args[0]).toBe(1);
      expect(run.stderr).toBe(expected);
    }
    expect(await listNames()).toEqual(['demo']);
    expect((await cli('course', 'set', 'demo', '--window-end', '2026-12-31')).code).toBe(0);
    expect((await cli('metrics')).code).toBe(0);
  });
});
