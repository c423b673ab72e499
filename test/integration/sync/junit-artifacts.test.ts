import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 4, seed: 41 });
const finished = new Set(['success', 'failed', 'canceled']);

/** Pipelines where a job published a JUnit report: the ones GitLab has a non-empty test report summary for. */
function listJunitPipelines(): Map<number, number> {
  const withJunit = new Map<number, number>();
  for (const team of course.teams) {
    for (const pipeline of team.pipelines) {
      const summary = team.testReportSummaries[pipeline.id];
      if (finished.has(pipeline.status) && summary && summary.test_suites.some((suite) => suite.build_ids.length > 0))
        withJunit.set(pipeline.id, summary.total.count);
    }
  }
  return withJunit;
}

describe('test reports read only where a job published a junit artifact', () => {
  let fixture: SyncFixture;

  beforeAll(async () => {
    fixture = await startSyncFixture(course);
  });
  afterAll(() => fixture.close());

  it('lists each job’s artifacts as GitLab does and asks the test report summary only of pipelines with a junit artifact', async () => {
    const withJunit = listJunitPipelines();
    const finishedCount = course.teams.flatMap((t) => t.pipelines).filter((p) => finished.has(p.status)).length;
    // The course has both kinds: teams whose CI publishes JUnit reports and teams whose CI does not.
    expect(withJunit.size).toBeGreaterThan(0);
    expect(finishedCount - withJunit.size).toBeGreaterThan(0);
    await callOk(fixture.core, 'sync.run', {});
    const summaries = fixture.sim.requests.filter((r) => r.path.endsWith('/test_report_summary'));
    const asked = summaries.map((r) => Number(/pipelines\/(\d+)\//.exec(r.path)?.[1]));
    expect(asked.sort((a, b) => a - b)).toEqual([...withJunit.keys()].sort((a, b) => a - b));
    const jobsRequests = fixture.sim.requests.filter((r) => r.path.endsWith('/jobs')).length;
    expect(jobsRequests).toBe(course.teams.reduce((n, t) => n + t.pipelines.length, 0));
    const db = new Database(join(fixture.dataDir, 'gitpulse.sqlite'), { readonly: true });
    try {
      const stored = db.prepare('SELECT pipeline_id, total_count FROM test_reports').all() as Array<{ pipeline_id: number; total_count: number }>;
      expect(new Map(stored.map((r) => [r.pipeline_id, r.total_count]))).toEqual(withJunit);
    } finally {
      db.close();
    }
  });

  it('reads the summary of a new pipeline with a junit artifact, and not of one without', async () => {
    const { sim } = fixture;
    sim.clock.advance(3_600_000);
    const junitTeam = course.teams.find((t) => Object.values(t.testReportSummaries).some((s) => s.test_suites.length > 0));
    const plainTeam = course.teams.find((t) => Object.values(t.testReportSummaries).every((s) => s.test_suites.length === 0));
    if (!junitTeam || !plainTeam) throw new Error('the course needs a team with JUnit reports and one without');
    const tested = sim.addPipeline(junitTeam.project.id, { status: 'success' });
    const untested = sim.addPipeline(plainTeam.project.id, { status: 'success' });
    sim.clearRequests();
    await callOk(fixture.core, 'sync.run', {});
    const asked = sim.requests.filter((r) => r.path.endsWith('/test_report_summary')).map((r) => r.path);
    expect(asked).toEqual([`/api/v4/projects/${junitTeam.project.id}/pipelines/${tested.id}/test_report_summary`]);
    expect(sim.requests.some((r) => r.path.endsWith(`/pipelines/${untested.id}/jobs`))).toBe(true);
  });
});
