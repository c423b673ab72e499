import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../../shared/api/events';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { DEFAULT_SIMULATOR_TOKEN } from '../../support/gitlab-simulator';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

// Small teams, so a budget far below the simulator's speed makes the sync last a few seconds, bound by the budget.
const course = generateCourse({ teams: 12, seed: 5, weeks: 3, activityScale: 0.15 });

describe('the time left a sync shows', () => {
  let fixture: SyncFixture;
  const seen: Array<{ at: number; progress: EventPayload<'sync.progressed'> }> = [];
  let endedAt = 0;

  beforeAll(async () => {
    fixture = await startSyncFixture(course);
    // Measure the course's size at full speed first, then pick a budget that makes the sync take about 6 s.
    const sizing = await callOk(fixture.core, 'sync.run', {});
    await callOk(fixture.core, 'courses.remove', { course: 'se' });
    await callOk(fixture.core, 'courses.add', { name: 'se', gitlabUrl: fixture.sim.url, groupPath: course.group.full_path });
    await callOk(fixture.core, 'connections.save', { gitlabUrl: fixture.sim.url, requestsPerMinute: Math.round(sizing.requests * 3.75) });
    // A fresh core: the instance's budget is made once per process, at the rate saved when it was made.
    await fixture.reopen(DEFAULT_SIMULATOR_TOKEN);
    fixture.core.subscribe((event) => {
      if (event.name === 'sync.progressed') seen.push({ at: Date.now(), progress: event.payload });
    });
    await callOk(fixture.core, 'sync.run', {});
    endedAt = Date.now();
  });
  afterAll(() => fixture.close());

  it('offers no estimate before a team has finished', () => {
    const early = seen.filter((s) => s.progress.teamsDone === 0);
    expect(early.length).toBeGreaterThan(0);
    expect(early.every((s) => s.progress.etaMs === null)).toBe(true);
  });

  it('estimates from the requests still expected and the budget, close to the time that was really left', () => {
    const estimates = seen.filter((s) => s.progress.etaMs !== null && s.progress.teamsDone >= 2);
    expect(estimates.length).toBeGreaterThan(10);
    const misses = estimates.filter((s) => {
      const actual = endedAt - s.at;
      const eta = s.progress.etaMs ?? 0;
      return Math.abs(eta - actual) > 1_500 && (eta < actual / 2 || eta > actual * 2);
    });
    expect(misses.map((s) => ({ eta: s.progress.etaMs, actual: endedAt - s.at }))).toEqual([]);
    // Far from "a few seconds left" early on: the first estimate is most of the sync.
    const first = estimates[0];
    expect(first?.progress.etaMs ?? 0).toBeGreaterThan((endedAt - (first?.at ?? endedAt)) * 0.6);
  });
});
