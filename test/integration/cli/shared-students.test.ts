import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from '../../support/gitlab-simulator';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

describe('students two courses share', () => {
  const temp = makeTempDir();
  const course = generateCourse({ teams: 2, seed: 11 });
  let sim: GitlabSimulator;
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args], { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN });
  const countUsers = () => {
    const db = new Database(join(temp.path, 'gitpulse.sqlite'), { readonly: true });
    try {
      return (db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    sim = await startGitlabSimulator({ course });
  });
  afterAll(async () => {
    await sim.close();
    temp.cleanup();
  });

  it('stay until the last course that lists them is removed', async () => {
    for (const name of ['se-a', 'se-b']) {
      const add = await cli('course', 'add', name, '--gitlab-url', sim.url, '--group', course.group.full_path);
      expect(add.code, add.stderr).toBe(0);
      const sync = await cli('sync', '--course', name);
      expect(sync.code, sync.stderr).toBe(0);
    }
    const stored = countUsers();
    expect(stored).toBeGreaterThan(0);
    expect((await cli('course', 'remove', 'se-a')).code).toBe(0);
    expect(countUsers()).toBe(stored);
    expect((await cli('course', 'remove', 'se-b')).code).toBe(0);
    expect(countUsers()).toBe(0);
    // Two full syncs at the default budget of 600 requests a minute take most of two minutes here.
  }, 300_000);
});
