import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { readStoredPipelines } from '../../support/read-stored-pipelines';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 29 });

describe('team projects archived at the end of the semester', () => {
  let fixture: SyncFixture;

  beforeEach(async () => {
    fixture = await startSyncFixture(course);
    // A second course over the same teams, named by their paths instead of the group.
    await callOk(fixture.core, 'courses.add', {
      name: 'by-paths',
      gitlabUrl: fixture.sim.url,
      projectPaths: course.teams.map((t) => t.project.path_with_namespace),
    });
  });
  afterEach(() => fixture.close());

  for (const name of ['se', 'by-paths']) {
    it(`stay in the course, keep syncing and are shown as archived (${name})`, async () => {
      const { sim } = fixture;
      await callOk(fixture.core, 'sync.run', { course: name });
      sim.clock.advance(3_600_000);
      const archived = course.teams.slice(0, 2).map((t) => t.project.id);
      // A last pipeline lands, then the instructor archives the projects.
      const late = sim.addPipeline(archived[0] ?? 0, { status: 'success' });
      for (const id of archived) sim.archiveProject(id);
      const summary = await callOk(fixture.core, 'sync.run', { course: name });
      expect(summary.unreachable).toEqual([]);
      expect(summary.fetched.projects).toBe(3);
      expect(readStoredPipelines(fixture.dataDir)).toContainEqual(expect.objectContaining({ id: late.id, status: 'success' }));
      const metrics = await callOk(fixture.core, 'metrics.course', { course: name });
      for (const team of metrics.teams) {
        const gitlabTeam = course.teams.find((t) => t.project.path_with_namespace === team.project);
        expect(team.isReachable).toBe(true);
        expect(team.isArchived).toBe(archived.includes(gitlabTeam?.project.id ?? -1));
      }
      expect(snapshotStoredCourse(fixture.dataDir)).toEqual(snapshotSimulatorCourse(sim.course));
    });
  }
});
