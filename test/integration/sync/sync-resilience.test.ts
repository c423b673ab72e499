import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 21 });

describe('a sync under adverse conditions', () => {
  let fixture: SyncFixture;

  beforeEach(async () => {
    fixture = await startSyncFixture(course, { latencyMs: 2, requestTimeoutMs: 1_000 });
  });
  afterEach(() => fixture.close());

  it('retries a request GitLab never answers, per request, and still stores everything', async () => {
    fixture.sim.injectFault({ kind: 'timeout', match: /\/issues\?/, times: 2, holdMs: 5_000 });
    await callOk(fixture.core, 'sync.run', {});
    expect(fixture.sim.requests.filter((r) => r.status === 0).length).toBeGreaterThanOrEqual(2);
    expect(snapshotStoredCourse(fixture.dataDir)).toEqual(snapshotSimulatorCourse(fixture.sim.course));
  });

  it('can be cancelled, keeps what it committed, and a later sync completes the data', async () => {
    const running = fixture.core.call('sync.run', {});
    await new Promise<void>((resolve) => {
      const unsubscribe = fixture.core.subscribe((event) => {
        if (event.name === 'sync.progressed' && event.payload.pages >= 5) {
          unsubscribe();
          resolve();
        }
      });
    });
    expect(await callOk(fixture.core, 'sync.cancel', {})).toEqual({ wasRunning: true });
    expect(await running).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const partial = snapshotStoredCourse(fixture.dataDir);
    expect(partial.members.length + partial.commits.length).toBeGreaterThan(0);
    const status = await callOk<Array<{ isRunning: boolean; lastSyncError: string | null }>>(fixture.core, 'sync.status', {});
    expect(status[0]).toMatchObject({ isRunning: false, lastSyncError: null });
    await callOk(fixture.core, 'sync.run', {});
    expect(snapshotStoredCourse(fixture.dataDir)).toEqual(snapshotSimulatorCourse(fixture.sim.course));
  });

  it('never runs two syncs of one course at once', async () => {
    const first = fixture.core.call('sync.run', {});
    const second = await fixture.core.call('sync.run', {});
    expect(second).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect(await first).toMatchObject({ ok: true });
  });

  it('keeps working from the database when GitLab is gone, and says what failed', async () => {
    await callOk(fixture.core, 'sync.run', {});
    const before = snapshotStoredCourse(fixture.dataDir);
    const metrics = await callOk<unknown>(fixture.core, 'metrics.course', {});
    await fixture.sim.close();
    const result = await fixture.core.call('sync.run', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable', message: expect.stringMatching(/Cannot reach GitLab/) } });
    expect(snapshotStoredCourse(fixture.dataDir)).toEqual(before);
    expect(await callOk<unknown>(fixture.core, 'metrics.course', {})).toEqual(metrics);
    const status = await callOk<Array<{ lastSyncError: string | null }>>(fixture.core, 'sync.status', {});
    expect(status[0]?.lastSyncError).toMatch(/Cannot reach GitLab/);
  });
});
