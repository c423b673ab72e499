import { describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { RestJob, RestPipeline, RestPipelineListItem, RestTestReportSummary } from '../../../electron/core/demo/rest-types';
import { fetchSimulator } from '../../support/gitlab-simulator/fetch-simulator';
import { useSimulator } from '../../support/gitlab-simulator/use-simulator';

const course = generateCourse();
const team = course.teams[0];
const projectId = team?.project.id ?? 0;
const getSim = useSimulator(course);

async function listAllPipelines(query: string): Promise<RestPipelineListItem[]> {
  const response = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines?per_page=100&${query}`);
  expect(response.status).toBe(200);
  expect(Number(response.headers.get('x-total'))).toBeLessThanOrEqual(100);
  return response.body as RestPipelineListItem[];
}

describe('GitLab simulator pipelines', () => {
  it('lists pipelines newest id first with list fields only', async () => {
    const response = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines`);
    const pipelines = response.body as RestPipelineListItem[];
    expect(pipelines[0]?.id).toBe(team?.pipelines[team.pipelines.length - 1]?.id);
    expect(Object.keys(pipelines[0] ?? {}).sort()).toEqual([
      'created_at',
      'id',
      'iid',
      'name',
      'project_id',
      'ref',
      'sha',
      'source',
      'status',
      'updated_at',
      'web_url',
    ]);
  });

  it('filters by updated_after and updated_before inclusively', async () => {
    const sorted = [...(team?.pipelines ?? [])].sort((a, b) => (a.updated_at < b.updated_at ? -1 : 1));
    const pivot = sorted[sorted.length - 30];
    const expected = sorted
      .filter((pipeline) => pipeline.updated_at >= (pivot?.updated_at ?? ''))
      .map((pipeline) => pipeline.id)
      .sort((a, b) => a - b);
    for (const order of ['updated_at', 'id']) {
      const listed = await listAllPipelines(`updated_after=${pivot?.updated_at}&order_by=${order}&sort=asc`);
      expect(listed.map((pipeline) => pipeline.id).sort((a, b) => a - b)).toEqual(expected);
    }
    const byUpdated = await listAllPipelines(`updated_after=${pivot?.updated_at}&order_by=updated_at&sort=asc`);
    expect(byUpdated[0]?.id).toBe(pivot?.id);
    const until = await listAllPipelines(`updated_before=${sorted[4]?.updated_at}&order_by=updated_at&sort=asc`);
    expect(until.map((pipeline) => pipeline.id)).toEqual(sorted.slice(0, 5).map((pipeline) => pipeline.id));
  });

  it('filters by status and ref', async () => {
    const failedOnMain = await listAllPipelines('status=failed&ref=main');
    expect(failedOnMain.length).toBe(team?.pipelines.filter((pipeline) => pipeline.status === 'failed' && pipeline.ref === 'main').length);
    expect(failedOnMain.every((pipeline) => pipeline.status === 'failed' && pipeline.ref === 'main')).toBe(true);
    expect((await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines?status=green`)).status).toBe(400);
  });

  it('rejects an unparseable updated_after with 400', async () => {
    const response = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines?updated_after=yesterday`);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ error: 'updated_after is invalid' });
  });

  it("returns the detail form of one pipeline and 404 for another project's pipeline", async () => {
    const pipeline = team?.pipelines.find((item) => item.coverage !== null);
    const response = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines/${pipeline?.id}`);
    const body = response.body as RestPipeline;
    expect(body).toMatchObject({ id: pipeline?.id, coverage: pipeline?.coverage, duration: pipeline?.duration, before_sha: pipeline?.before_sha });
    expect(body.detailed_status?.group).toBe(pipeline?.status);
    const foreign = course.teams[1]?.pipelines[0];
    const missing = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines/${foreign?.id}`);
    expect(missing.status).toBe(404);
  });

  it('hides retried jobs unless include_retried=true and never leaks the retried marker', async () => {
    const retried = team?.jobs.find((job) => job.retried);
    const pipelineId = retried?.pipeline.id ?? 0;
    const all = team?.jobs.filter((job) => job.pipeline.id === pipelineId) ?? [];
    const latest = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines/${pipelineId}/jobs`);
    const latestJobs = latest.body as RestJob[];
    expect(latestJobs.map((job) => job.id)).toEqual(
      all
        .filter((job) => !job.retried)
        .map((job) => job.id)
        .sort((a, b) => b - a),
    );
    const withRetried = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines/${pipelineId}/jobs?include_retried=true`);
    const everyJob = withRetried.body as RestJob[];
    expect(everyJob.map((job) => job.id)).toEqual(all.map((job) => job.id).sort((a, b) => b - a));
    expect(everyJob.some((job) => 'retried' in job)).toBe(false);
  });

  it('serves test report summaries, with zero totals when there is no report', async () => {
    const [pipelineId, summary] = Object.entries(team?.testReportSummaries ?? {}).find(([, value]) => value.total.count > 0) ?? [];
    const response = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines/${pipelineId}/test_report_summary`);
    expect(response.body).toEqual(summary);
    const skipped = team?.pipelines.find((pipeline) => pipeline.status === 'skipped');
    const empty = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines/${skipped?.id}/test_report_summary`);
    expect((empty.body as RestTestReportSummary).total.count).toBe(0);
  });
});

describe('GitLab simulator pipeline mutations', () => {
  it('adds a pipeline that an updated_after sync picks up, then its status change', async () => {
    const since = getSim().clock.now;
    const added = getSim().addPipeline(projectId, { ref: 'main', status: 'running' });
    expect(added.id).toBeGreaterThan(Math.max(...course.teams.flatMap((item) => item.pipelines.map((pipeline) => pipeline.id))));
    expect(getSim().listJobs(added.id).length).toBeGreaterThan(0);
    const listed = await listAllPipelines(`updated_after=${since}&order_by=updated_at&sort=asc`);
    expect(listed.map((pipeline) => pipeline.id)).toEqual([added.id]);
    getSim().clock.advance(60_000);
    const later = getSim().clock.now;
    const finished = getSim().updatePipelineStatus(added.id, 'failed');
    expect(finished.finished_at).toBe(later);
    const jobs = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines/${added.id}/jobs`);
    const statuses = (jobs.body as RestJob[]).map((job) => job.status);
    expect(statuses).toContain('failed');
    expect(statuses.every((status) => ['success', 'failed', 'skipped'].includes(status))).toBe(true);
    const changed = await listAllPipelines(`updated_after=${later}&order_by=updated_at`);
    expect(changed.map((pipeline) => pipeline.id)).toEqual([added.id]);
  });

  it('adds a finished pipeline that ends at the simulated now', () => {
    const now = getSim().clock.now;
    const added = getSim().addPipeline(projectId, { status: 'success' });
    expect(added.updated_at <= getSim().clock.now).toBe(true);
    expect(added.updated_at >= now).toBe(true);
    expect(added.created_at < added.updated_at).toBe(true);
  });

  it('retries a job with a new id and bumps the pipeline', async () => {
    const pipeline = getSim().addPipeline(projectId, { status: 'failed' });
    const failedJob = getSim()
      .listJobs(pipeline.id)
      .find((job) => job.status === 'failed');
    const retry = getSim().retryJob(failedJob?.id ?? 0);
    expect(retry.id).toBeGreaterThan(failedJob?.id ?? 0);
    expect(retry.status).toBe('pending');
    const visible = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines/${pipeline.id}/jobs`);
    expect((visible.body as RestJob[]).map((job) => job.id)).not.toContain(failedJob?.id);
    const detail = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines/${pipeline.id}`);
    expect((detail.body as RestPipeline).status).toBe('running');
    expect((detail.body as RestPipeline).updated_at > pipeline.updated_at).toBe(true);
  });
});
