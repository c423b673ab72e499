import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/api/events';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

// Small teams that differ (some pipelines with many jobs and test reports, some with few), so a
// budget far below the simulator's speed makes the sync last about 10 s, bound by the budget.
const course = generateCourse({ teams: 12, seed: 5, weeks: 3, activityScale: 0.15 });

describe('the time left a sync shows', () => {
  let fixture: SyncFixture;
  const seen: Array<{ at: number; progress: EventPayload<'sync.progressed'> }> = [];
  let startedAt = 0;
  let endedAt = 0;

  beforeAll(async () => {
    fixture = await startSyncFixture(course);
    // Measure the course's size at full speed first, then pick a budget whose burst (10 s of its
    // rate) covers half the sync: the other half takes about 10 s whatever the machine's load.
    const sizing = await callOk(fixture.core, 'sync.run', {});
    await callOk(fixture.core, 'courses.remove', { course: 'se' });
    await callOk(fixture.core, 'courses.add', { name: 'se', gitlabUrl: fixture.sim.url, groupPath: course.group.full_path });
    await callOk(fixture.core, 'connections.save', { gitlabUrl: fixture.sim.url, requestsPerMinute: sizing.requests * 3 });
    // A fresh core: the instance's budget is made once per process, at the rate saved when it was made.
    await fixture.reopen(DEFAULT_SIMULATOR_TOKEN);
    fixture.core.subscribe((event) => {
      if (event.name === 'sync.progressed') seen.push({ at: Date.now(), progress: event.payload });
    });
    startedAt = Date.now();
    await callOk(fixture.core, 'sync.run', {});
    endedAt = Date.now();
  }, 60_000);
  afterAll(() => fixture.close());

  it('offers no estimate before two teams have finished', () => {
    const early = seen.filter((s) => s.progress.teamsDone < 2);
    expect(early.length).toBeGreaterThan(0);
    expect(early.filter((s) => s.progress.etaMs !== null)).toEqual([]);
  });

  it('estimates within half and twice the time that was really left, wherever it offers one', () => {
    const estimates = seen.filter((s) => s.progress.etaMs !== null);
    expect(estimates.length).toBeGreaterThan(10);
    // A second of slack for the last seconds, where the simulator's and the machine's speed weigh as much as the budget.
    const misses = estimates.filter((s) => {
      const actual = endedAt - s.at;
      const eta = s.progress.etaMs ?? 0;
      return Math.abs(eta - actual) > 1_000 && (eta < actual / 2 || eta > actual * 2);
    });
    expect(misses.map((s) => ({ eta: s.progress.etaMs, actual: endedAt - s.at, teamsDone: s.progress.teamsDone }))).toEqual([]);
  });

  it('offers an estimate in each of the first three quarters of the sync', () => {
    const duration = endedAt - startedAt;
    const quarters = [0, 1, 2].map((q) => seen.some((s) => s.progress.etaMs !== null && Math.floor(((s.at - startedAt) / duration) * 4) === q));
    expect(quarters).toEqual([true, true, true]);
  });
});
