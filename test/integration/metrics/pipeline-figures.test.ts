import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeneratedCourse, GeneratedTeam } from '../../../electron/core/demo/course-types';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

/**
 * The pipeline figures of `metrics.course` after a real sync, each worked out here from the
 * simulator's own data by the definitions in docs/metrics.md, not by the metric modules.
 */
const course: GeneratedCourse = generateCourse({ teams: 3, weeks: 8, seed: 21 });
const from = course.semesterStart.slice(0, 10);
// A window that has ended, so no figure depends on the clock.
const to = '2026-09-01';
let fixture: SyncFixture;

beforeAll(async () => {
  fixture = await startSyncFixture(course);
  await callOk(fixture.core, 'sync.run', {});
});
afterAll(() => fixture.close());

function expectedFigures(team: GeneratedTeam) {
  const inWindow = team.pipelines.filter((p) => p.created_at >= `${from}T00:00:00` && p.source !== 'parent_pipeline');
  const count = (status: string) => inWindow.filter((p) => p.status === status).length;
  const latestJobs = team.jobs.filter((j) => !j.retried);
  const durationOf = (pipelineId: number): number | null => {
    const spans = latestJobs
      .filter((j) => j.pipeline.id === pipelineId && j.started_at && j.finished_at)
      .map((j) => [Date.parse(j.started_at ?? ''), Date.parse(j.finished_at ?? '')] as const)
      .sort((a, b) => a[0] - b[0]);
    if (spans.length === 0) return null;
    let total = 0;
    let reach = Number.NEGATIVE_INFINITY;
    for (const [start, end] of spans) {
      if (end > reach) total += end - Math.max(start, reach);
      reach = Math.max(reach, end);
    }
    return total / 1000;
  };
  const durations = inWindow
    .filter((p) => p.status === 'success' || p.status === 'failed')
    .map((p) => durationOf(p.id))
    .filter((d): d is number => d !== null)
    .sort((a, b) => a - b);
  const mid = Math.floor(durations.length / 2);
  const median = durations.length === 0 ? null : durations.length % 2 ? durations[mid] : ((durations[mid - 1] ?? 0) + (durations[mid] ?? 0)) / 2;

  // MTTR: default-branch runs that succeeded or failed, by creation then id.
  const finishOf = (p: (typeof inWindow)[number]) =>
    Math.max(...latestJobs.filter((j) => j.pipeline.id === p.id && j.finished_at).map((j) => Date.parse(j.finished_at ?? '')));
  const runs = inWindow
    .filter((p) => p.ref === team.project.default_branch && (p.status === 'success' || p.status === 'failed'))
    .sort((a, b) => a.created_at.localeCompare(b.created_at) || a.id - b.id);
  const recoveries: number[] = [];
  let firstFailed: (typeof runs)[number] | null = null;
  for (const run of runs) {
    if (run.status === 'failed' && firstFailed === null) firstFailed = run;
    if (run.status === 'success' && firstFailed !== null) {
      recoveries.push((finishOf(run) - finishOf(firstFailed)) / 1000);
      firstFailed = null;
    }
  }
  const coverages = latestJobs.filter((j) => j.coverage !== null);
  const defaultWithCoverage = inWindow
    .filter((p) => p.ref === team.project.default_branch && coverages.some((j) => j.pipeline.id === p.id))
    .sort((a, b) => b.created_at.localeCompare(a.created_at) || b.id - a.id)[0];
  const jobCoverages = coverages.filter((j) => j.pipeline.id === defaultWithCoverage?.id).map((j) => j.coverage ?? 0);
  return {
    total: inWindow.length,
    success: count('success'),
    failed: count('failed'),
    canceled: count('canceled'),
    successRate: count('success') / (count('success') + count('failed') + count('canceled')),
    meanDurationS: durations.reduce((a, b) => a + b, 0) / durations.length,
    medianDurationS: median,
    mttrS: recoveries.length === 0 ? null : recoveries.reduce((a, b) => a + b, 0) / recoveries.length,
    latestCoverage: jobCoverages.length === 0 ? null : Math.round((jobCoverages.reduce((a, b) => a + b, 0) / jobCoverages.length) * 100) / 100,
  };
}

describe('the pipeline figures of a synced course', () => {
  it('match what the simulator’s pipelines and jobs give by the written definitions', async () => {
    const metrics = await callOk(fixture.core, 'metrics.course', { from, to });
    for (const team of course.teams) {
      const shown = metrics.teams.find((t) => t.project === team.project.path_with_namespace)?.pipelines;
      const expected = expectedFigures(team);
      expect(shown).toMatchObject({ total: expected.total, success: expected.success, failed: expected.failed, canceled: expected.canceled });
      expect(shown?.successRate).toBeCloseTo(expected.successRate, 10);
      expect(shown?.meanDurationS).toBeCloseTo(expected.meanDurationS, 6);
      expect(shown?.medianDurationS).toBeCloseTo(expected.medianDurationS ?? Number.NaN, 6);
      if (expected.mttrS === null) expect(shown?.mttrS).toBeNull();
      else expect(shown?.mttrS).toBeCloseTo(expected.mttrS, 6);
      expect(shown?.latestCoverage).toBe(expected.latestCoverage);
      expect(shown?.buildsPerDay).toBeCloseTo(expected.total / ((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000), 10);
    }
  });
});
