import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 2, seed: 17 });

describe('syncing tags', () => {
  let fixture: SyncFixture;
  const projectId = course.teams[0]?.project.id ?? 0;

  beforeEach(async () => {
    fixture = await startSyncFixture(course);
  });
  afterEach(() => fixture.close());

  it('stores 120 tags when one is pushed during the listing, so one tag is listed on two pages', async () => {
    const { sim } = fixture;
    const team = sim.course.teams[0];
    if (!team) throw new Error('no team');
    for (let n = team.tags.length; n < 120; n += 1) {
      sim.clock.advance(1_000);
      sim.pushTag(projectId, `build-${n}`);
    }
    expect(team.tags).toHaveLength(120);
    let pushed: string | null = null;
    sim.beforeRequest(new RegExp(`/projects/${projectId}/repository/tags\\?.*page=2`), () => {
      sim.clock.advance(1_000);
      pushed = sim.pushTag(projectId, 'hotfix-during-listing', { newCommits: 2 }).id;
    });
    const summary = await callOk(fixture.core, 'sync.run', {});
    expect(pushed).not.toBeNull();
    // Newest first: the new tag moves every other one down a place, so the first page's last tag is page 2's first.
    expect(summary.fetched.tags).toBe(121 + (sim.course.teams[1]?.tags.length ?? 0));
    // Every tag that was there when the listing started is stored, once; the new one comes next time.
    const first = snapshotStoredCourse(fixture.dataDir);
    expect(first.tags.filter((row) => row.startsWith(`${projectId}|`))).toHaveLength(120);
    await callOk(fixture.core, 'sync.run', {});
    const stored = snapshotStoredCourse(fixture.dataDir);
    expect(stored.tags.filter((row) => row.startsWith(`${projectId}|`))).toHaveLength(121);
    expect(stored.commits.some((row) => row.includes(`|${pushed}|`))).toBe(true);
    expect(stored).toEqual(snapshotSimulatorCourse(sim.course));
  });

  it('fetches commits reachable only from a tag created after the first sync', async () => {
    const { sim } = fixture;
    await callOk(fixture.core, 'sync.run', {});
    sim.clock.advance(3_600_000);
    const tagged = sim.pushTag(projectId, 'v9.9.9-rc', { newCommits: 3, message: 'Release candidate' });
    await callOk(fixture.core, 'sync.run', {});
    const stored = snapshotStoredCourse(fixture.dataDir);
    expect(stored.commits.some((row) => row.includes(`|${tagged.id}|`))).toBe(true);
    expect(stored).toEqual(snapshotSimulatorCourse(sim.course));
  });
});
