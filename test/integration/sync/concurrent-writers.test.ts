import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { callOk } from '../../support/call-ok';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from '../../support/gitlab-simulator';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

// The scenario that failed a third of the syncs before writes began IMMEDIATE; write-transactions.test.ts
// pins its cause deterministically, this runs it as a user would: two real processes at once.
const course = generateCourse({ teams: 1, seed: 17 });

describe('two processes syncing two courses over the same projects', () => {
  const temp = makeTempDir();
  let sim: GitlabSimulator;

  beforeAll(async () => {
    sim = await startGitlabSimulator({ course });
    const core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN } });
    for (const name of ['morning', 'evening']) await callOk(core, 'courses.add', { name, gitlabUrl: sim.url, groupPath: course.group.full_path });
    await callOk(core, 'connections.save', { gitlabUrl: sim.url, requestsPerMinute: 100_000 });
    core.close();
  });
  afterAll(async () => {
    await sim.close();
    temp.cleanup();
  });

  it('completes every sync of ten rounds, none failing on a locked database', async () => {
    const env = { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN };
    const failures: string[] = [];
    for (let round = 0; round < 10; round += 1) {
      const runs = await Promise.all(['morning', 'evening'].map((name) => runCli(['--data-dir', temp.path, 'sync', '--course', name, '--json'], env)));
      for (const run of runs) if (run.code !== 0) failures.push(`round ${round}: ${run.stderr.trim()}`);
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
