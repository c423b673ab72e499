import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { cliPath } from '../../support/run-cli';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 5 });

/**
 * Runs `gitpulse sync` in a child process and SIGKILLs it once the simulator has seen `afterRequests`
 * more requests; `onRequests` is told when that many requests have arrived without killing.
 */
function runSyncAndKill(fixture: SyncFixture, afterRequests: number | null, onRequests?: { count: number; run: () => void }): Promise<'killed' | 'finished'> {
  const start = fixture.sim.requests.length;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, '--data-dir', fixture.dataDir, 'sync'], {
      env: { ...process.env, GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let hasNotified = false;
    const watcher = setInterval(() => {
      const seen = fixture.sim.requests.length - start;
      if (afterRequests !== null && seen >= afterRequests) child.kill('SIGKILL');
      if (onRequests && !hasNotified && seen >= onRequests.count) {
        hasNotified = true;
        onRequests.run();
      }
    }, 2);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(watcher);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('finished');
      else reject(new Error(`sync exited with ${code}: ${stderr}`));
    });
  });
}

describe('a sync killed with SIGKILL', () => {
  let fixture: SyncFixture;

  beforeAll(async () => {
    // A little latency spreads the sync over time, so the kills land mid-page and mid-transaction.
    fixture = await startSyncFixture(course, { latencyMs: 3 });
    // The CLI runs in another process and opens the same database, so the core here lets it go.
    fixture.core.close();
  });
  afterAll(() => fixture.close());

  it('resumes at several kill points and ends with exactly GitLab’s data, nothing lost and nothing twice', async () => {
    const outcomes: string[] = [];
    for (const killAfter of [3, 25, 120, 400, 700]) outcomes.push(await runSyncAndKill(fixture, killAfter));
    expect(outcomes.filter((o) => o === 'killed').length).toBeGreaterThanOrEqual(3);
    expect(await runSyncAndKill(fixture, null)).toBe('finished');
    expect(snapshotStoredCourse(fixture.dataDir)).toEqual(snapshotSimulatorCourse(fixture.sim.course));
  });

  it('is not started twice from two processes: the second is told who is syncing', async () => {
    fixture.sim.clock.advance(3_600_000);
    fixture.sim.addPipeline(course.teams[0]?.project.id ?? 0);
    const core = await fixture.reopen(DEFAULT_SIMULATOR_TOKEN);
    let second: Promise<{ ok: boolean; error?: { code: string; message: string } }> | null = null;
    const first = runSyncAndKill(fixture, null, {
      count: 3,
      run: () => {
        second = core.call('sync.run', {}) as typeof second;
      },
    });
    expect(await first).toBe('finished');
    expect(await second).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(/another GitPulse process \(pid \d+\).* since /) } });
    core.close();
  });

  it('then costs a further sync only the unchanged-sync requests', async () => {
    fixture.sim.clearRequests();
    expect(await runSyncAndKill(fixture, null)).toBe('finished');
    const perProject = fixture.sim.requests.filter((r) => r.path.includes('/projects/')).length;
    // Members, branches, tags, merge requests, issues, pipelines and child pipelines: one each.
    expect(perProject).toBeLessThanOrEqual(course.teams.length * 7);
    const core = await fixture.reopen(DEFAULT_SIMULATOR_TOKEN);
    const metrics = await callOk(core, 'metrics.course', {});
    expect(metrics.teams).toHaveLength(3);
  });
});
