import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';
import { withoutClockFigures } from '../../support/without-clock-figures';

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
    const status = await callOk(fixture.core, 'sync.status', {});
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
    const metrics = await callOk(fixture.core, 'metrics.course', {});
    await fixture.sim.close();
    const result = await fixture.core.call('sync.run', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unreachable', message: expect.stringMatching(/Cannot reach GitLab/) } });
    expect(snapshotStoredCourse(fixture.dataDir)).toEqual(before);
    expect(withoutClockFigures(await callOk(fixture.core, 'metrics.course', {}))).toEqual(withoutClockFigures(metrics));
    const status = await callOk(fixture.core, 'sync.status', {});
    expect(status[0]?.lastSyncError).toMatch(/Cannot reach GitLab/);
  });
});

describe('a sync under a steady rate of faults', () => {
  it('ends with exactly GitLab’s data under a steady rate of 429s, 500s, resets and timeouts, waiting out every Retry-After', async () => {
    const fixture = await startSyncFixture(generateCourse({ teams: 1, weeks: 6, seed: 8 }), { requestTimeoutMs: 1_000 });
    const { sim } = fixture;
    sim.injectFault({ kind: '429', every: 50, retryAfterSeconds: 1 });
    sim.injectFault({ kind: '500', every: 23 });
    sim.injectFault({ kind: '502', every: 47 });
    sim.injectFault({ kind: 'reset', every: 31 });
    sim.injectFault({ kind: 'timeout', every: 89, holdMs: 3_000 });
    try {
      await callOk(fixture.core, 'sync.run', {});
      const statuses = new Set(sim.requests.map((r) => r.status));
      for (const status of [429, 500, 502, 0]) expect(statuses.has(status)).toBe(true);
      expect(snapshotStoredCourse(fixture.dataDir)).toEqual(snapshotSimulatorCourse(sim.course));
      // Retry-After pauses the whole instance's budget: nothing new is sent for a second after a 429,
      // beyond requests already in flight when it came.
      sim.requests.forEach((r, i) => {
        if (r.status !== 429) return;
        const sentSoon = sim.requests.slice(i + 1).filter((later) => later.at - r.at < 950);
        expect(sentSoon.length).toBeLessThanOrEqual(3);
      });
    } finally {
      await fixture.close();
    }
  });
});
