import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { snapshotSimulatorCourse, snapshotStoredCourse } from '../../support/snapshot-course-data';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 2, seed: 47 });
const projectId = course.teams[0]?.project.id ?? 0;

function readPipeline(dataDir: string, gitlabId: number) {
  const db = new Database(join(dataDir, 'gitpulse.sqlite'), { readonly: true });
  try {
    return db
      .prepare(
        'SELECT source, parent_gitlab_id AS parent, (SELECT COUNT(*) FROM jobs j WHERE j.project_id = p.project_id AND j.pipeline_id = p.gitlab_id) AS jobs FROM pipelines p WHERE gitlab_id = ?',
      )
      .get(gitlabId) as { source: string; parent: number | null; jobs: number } | undefined;
  } finally {
    db.close();
  }
}

describe('child pipelines (trigger: include:)', () => {
  let fixture: SyncFixture;

  beforeEach(async () => {
    fixture = await startSyncFixture(course);
  });
  afterEach(() => fixture.close());

  for (const version of ['17.9.1', '16.11.3']) {
    it(`are stored with their jobs, linked to their parent, and left out of pipeline counts (GitLab ${version})`, async () => {
      const { sim } = fixture;
      sim.setVersion(version);
      await callOk(fixture.core, 'sync.run', {});
      sim.clock.advance(3_600_000);
      const parent = sim.addPipeline(projectId, { status: 'success' });
      sim.clock.advance(60_000);
      const children = [sim.addChildPipeline(parent.id, { status: 'success' }), sim.addChildPipeline(parent.id, { status: 'failed' })];
      // GitLab 17.0+ lists them only when asked for with source=parent_pipeline.
      const listed = await fetch(`${sim.url}/api/v4/projects/${projectId}/pipelines?per_page=100&order_by=id&sort=desc`, {
        headers: { 'PRIVATE-TOKEN': 'glpat-simulator-valid-token' },
      });
      const ids = ((await listed.json()) as Array<{ id: number }>).map((p) => p.id);
      expect(ids.includes(children[0]?.id ?? 0)).toBe(version.startsWith('16'));
      sim.clearRequests();
      await callOk(fixture.core, 'sync.run', {});
      for (const child of children) {
        const stored = readPipeline(fixture.dataDir, child.id);
        expect(stored).toMatchObject({ source: 'parent_pipeline', parent: parent.id });
        expect(stored?.jobs).toBeLessThanOrEqual(sim.listJobs(child.id).length);
        expect(stored?.jobs).toBeGreaterThan(0);
      }
      expect(readPipeline(fixture.dataDir, parent.id)).toMatchObject({ parent: null });
      const childListings = sim.requests.filter((r) => r.path.endsWith('/pipelines') && new URLSearchParams(r.query).get('source') === 'parent_pipeline');
      expect(childListings.length).toBe(version.startsWith('16') ? 0 : course.teams.length);
      // Over a window holding just the parent and its children, the team counts one pipeline.
      const window = { from: parent.created_at, to: new Date(sim.clock.nowMs + 86_400_000).toISOString() };
      const after = await callOk(fixture.core, 'metrics.course', window);
      expect(after.teams.find((t) => t.project === course.teams[0]?.project.path_with_namespace)?.pipelines.total).toBe(1);
      expect(snapshotStoredCourse(fixture.dataDir)).toEqual(snapshotSimulatorCourse(sim.course));
    });
  }
});
