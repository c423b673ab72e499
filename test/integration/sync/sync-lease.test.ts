import { spawn, type ChildProcess } from 'node:child_process';
import { hostname, uptime } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 1, seed: 8 });

describe('the sync lease of a course', () => {
  let fixture: SyncFixture;
  let bystander: ChildProcess;
  let courseId: number;

  /** Writes the lock row as another process would have left it. */
  function leaveLock(pid: number, acquiredAt: Date, renewedAt: Date): void {
    const db = new Database(join(fixture.dataDir, 'gitpulse.sqlite'));
    db.prepare(`INSERT OR REPLACE INTO sync_locks (course_id, pid, host, acquired_at, renewed_at) VALUES (?, ?, ?, ?, ?)`).run(
      courseId,
      pid,
      hostname(),
      acquiredAt.toISOString(),
      renewedAt.toISOString(),
    );
    db.close();
  }

  beforeAll(async () => {
    fixture = await startSyncFixture(course);
    courseId = (await callOk(fixture.core, 'courses.list', {}))[0]?.id ?? 0;
    // A live process that has nothing to do with GitPulse: after a reboot a stale lock's pid often names one.
    bystander = spawn('sleep', ['120'], { stdio: 'ignore' });
  });
  afterAll(async () => {
    bystander.kill('SIGKILL');
    await fixture.close();
  });
  beforeEach(() => fixture.sim.clearRequests());

  it('is free when its holder stopped renewing it, even though the pid now names a live process', async () => {
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    leaveLock(bystander.pid ?? 0, twoMinutesAgo, twoMinutesAgo);
    expect(await fixture.core.call('sync.run', {})).toMatchObject({ ok: true });
  });

  it('is free when it was taken before this machine last booted', async () => {
    leaveLock(bystander.pid ?? 0, new Date(Date.now() - uptime() * 1000 - 3_600_000), new Date());
    expect(await fixture.core.call('sync.run', {})).toMatchObject({ ok: true });
  });

  it('held and renewed by another process: the sync is refused naming who holds it and since when, and so is removing the course', async () => {
    const since = new Date();
    leaveLock(bystander.pid ?? 0, since, since);
    const pattern = new RegExp(`another GitPulse process \\(pid ${bystander.pid}\\).*since ${since.toISOString()}`);
    expect(await fixture.core.call('sync.run', {})).toMatchObject({ ok: false, error: { code: 'busy', message: expect.stringMatching(pattern) } });
    const status = await callOk(fixture.core, 'sync.status', {});
    expect(status[0]?.heldBy).toEqual({ pid: bystander.pid, host: hostname(), since: since.toISOString() });
    expect(await fixture.core.call('courses.remove', { course: 'se' })).toMatchObject({
      ok: false,
      error: { code: 'busy', message: expect.stringMatching(pattern) },
    });
    expect(await callOk(fixture.core, 'courses.list', {})).toHaveLength(1);
  });
});
