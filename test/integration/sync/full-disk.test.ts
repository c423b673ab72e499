import { execFileSync } from 'node:child_process';
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { openCore } from '../../../electron/core/open-core';
import { callOk } from '../../support/call-ok';
import { startFaultProxy, type FaultProxy } from '../../support/fault-proxy';
import { DEFAULT_SIMULATOR_TOKEN, startGitlabSimulator, type GitlabSimulator } from '../../support/gitlab-simulator';
import { runCli } from '../../support/run-cli';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { makeTempDir } from '../../support/temp-dir';

const course = generateCourse({ teams: 2, seed: 23 });
const env = { GITLAB_TOKEN: DEFAULT_SIMULATOR_TOKEN };

/** Mounts a small tmpfs (root only); the reason it could not, or null. */
function mountTmpfs(dir: string): string | null {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', dir], { stdio: 'pipe' });
    return null;
  } catch (error) {
    return (error as { stderr?: Buffer }).stderr?.toString().trim() || (error as Error).message;
  }
}

/** Writes zeros until the file system says it is full. */
function fillDisk(path: string): void {
  const fd = openSync(path, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

describe('a sync on a disk that fills up mid-sync', () => {
  const temp = makeTempDir();
  const dataDir = join(temp.path, 'data');
  const filler = join(dataDir, 'filler');
  let skipReason: string | null = null;
  let sim: GitlabSimulator;
  let proxy: FaultProxy;
  let core: Core;

  beforeAll(async () => {
    execFileSync('mkdir', ['-p', dataDir]);
    skipReason = mountTmpfs(dataDir);
    if (skipReason) {
      console.log(`Skipping the full-disk test: cannot mount a tmpfs (${skipReason}).`);
      return;
    }
    sim = await startGitlabSimulator({ course });
    proxy = await startFaultProxy(sim.url);
    core = await openCore({ dataDir, env });
    await callOk(core, 'courses.add', { name: 'se', gitlabUrl: proxy.url, groupPath: course.group.full_path });
    await callOk(core, 'connections.save', { gitlabUrl: proxy.url, requestsPerMinute: 100_000 });
  });
  afterAll(async () => {
    if (!skipReason) {
      core.close();
      await proxy.close();
      await sim.close();
      execFileSync('umount', [dataDir]);
    }
    temp.cleanup();
  });

  it('fails saying the disk is full, clears the running state and still reports the end', async (context) => {
    if (skipReason) return context.skip();
    const remove = proxy.rewrite(/\/pipelines\?/, (upstream) => {
      fillDisk(filler);
      return upstream;
    });
    const finished: boolean[] = [];
    const unsubscribe = core.subscribe((event) => {
      if (event.name === 'sync.finished') finished.push(event.payload.ok);
    });
    const result = await core.call('sync.run', {});
    unsubscribe();
    remove();
    expect(result).toMatchObject({ ok: false, error: { message: expect.stringMatching(/disk holding .* is full; free some space/) as unknown } });
    expect(finished).toEqual([false]);
    expect((await callOk(core, 'sync.status', {})).map((s) => s.isRunning)).toEqual([false]);
  }, 60_000);

  it('answers reading commands while the disk is still full', async (context) => {
    if (skipReason) return context.skip();
    const list = await runCli(['--data-dir', dataDir, 'course', 'list', '--json'], env);
    expect(list.stderr).toBe('');
    expect(JSON.parse(list.stdout)).toMatchObject([{ name: 'se' }]);
  });

  it('completes with exactly the simulator’s data once space is freed', async (context) => {
    if (skipReason) return context.skip();
    rmSync(filler);
    await callOk(core, 'sync.run', {});
    expect(snapshotStoredCourse(dataDir)).toEqual(snapshotSimulatorCourse(sim.course));
  }, 60_000);
});
