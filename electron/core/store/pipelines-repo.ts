import type Database from 'better-sqlite3';
import type { GitlabJob, GitlabPipeline, GitlabTestReportSummary } from '../gitlab/schemas';

/**
 * The pipelines list endpoint omits timings and coverage, so an upsert from a list page must not
 * wipe what a detail fetch stored earlier: those columns keep their value when the new one is null.
 */
const upsertPipelineSql = `INSERT INTO pipelines (project_id, gitlab_id, iid, status, source, ref, sha, web_url, created_at, updated_at,
    started_at, finished_at, duration, queued_duration, coverage)
  VALUES (@projectId, @id, @iid, @status, @source, @ref, @sha, @web_url, @created_at, @updated_at,
    @started_at, @finished_at, @duration, @queued_duration, @coverage)
  ON CONFLICT (project_id, gitlab_id) DO UPDATE SET
    iid = excluded.iid, status = excluded.status, source = excluded.source, ref = excluded.ref, sha = excluded.sha,
    web_url = excluded.web_url, created_at = excluded.created_at, updated_at = excluded.updated_at,
    started_at = COALESCE(excluded.started_at, pipelines.started_at),
    finished_at = COALESCE(excluded.finished_at, pipelines.finished_at),
    duration = COALESCE(excluded.duration, pipelines.duration),
    queued_duration = COALESCE(excluded.queued_duration, pipelines.queued_duration),
    coverage = COALESCE(excluded.coverage, pipelines.coverage)`;

const upsertJobSql = `INSERT INTO jobs (project_id, gitlab_id, pipeline_id, name, stage, status, allow_failure, duration, coverage,
    created_at, started_at, finished_at, web_url, failure_reason, queued_duration)
  VALUES (@projectId, @id, @pipelineId, @name, @stage, @status, @allowFailure, @duration, @coverage,
    @created_at, @started_at, @finished_at, @web_url, @failure_reason, @queued_duration)
  ON CONFLICT (project_id, gitlab_id) DO UPDATE SET
    pipeline_id = excluded.pipeline_id, name = excluded.name, stage = excluded.stage, status = excluded.status,
    allow_failure = excluded.allow_failure, duration = excluded.duration, coverage = excluded.coverage,
    created_at = excluded.created_at, started_at = excluded.started_at, finished_at = excluded.finished_at, web_url = excluded.web_url,
    failure_reason = excluded.failure_reason, queued_duration = excluded.queued_duration`;

/**
 * The pipelines list endpoint has no timings or coverage; they follow from the jobs, which saves one
 * detail request per pipeline. GitLab's pipeline coverage is the mean of its jobs' coverage; the
 * duration here is wall time from the first job's start to the last one's end.
 */
export function derivePipelineTimings(jobs: GitlabJob[]) {
  const starts = jobs.map((j) => j.started_at).filter((t): t is string => t !== null).sort();
  const ends = jobs.map((j) => j.finished_at).filter((t): t is string => t !== null).sort();
  const coverages = jobs.map((j) => j.coverage).filter((c): c is number => c !== null);
  const startedAt = starts[0] ?? null;
  const finishedAt = ends.at(-1) ?? null;
  return {
    startedAt,
    finishedAt,
    duration: startedAt && finishedAt ? Math.round((Date.parse(finishedAt) - Date.parse(startedAt)) / 1000) : null,
    coverage: coverages.length ? Math.round((coverages.reduce((a, b) => a + b, 0) / coverages.length) * 100) / 100 : null,
  };
}

export function createPipelinesRepo(db: Database.Database) {
  const upsertPipeline = db.prepare(upsertPipelineSql);
  const upsertJob = db.prepare(upsertJobSql);
  const deleteJobs = db.prepare('DELETE FROM jobs WHERE project_id = ? AND pipeline_id = ?');
  const updatedAt = db.prepare<[number], { gitlab_id: number; updated_at: string }>('SELECT gitlab_id, updated_at FROM pipelines WHERE project_id = ?');
  const setDerived = db.prepare(`UPDATE pipelines SET started_at = @startedAt, finished_at = @finishedAt, duration = @duration,
    coverage = @coverage WHERE project_id = @projectId AND gitlab_id = @pipelineId`);
  const upsertTestReport = db.prepare(`INSERT INTO test_reports (project_id, pipeline_id, total_count, success_count, failed_count,
      skipped_count, error_count, total_time)
    VALUES (@projectId, @pipelineId, @count, @success, @failed, @skipped, @error, @time)
    ON CONFLICT (project_id, pipeline_id) DO UPDATE SET total_count = excluded.total_count, success_count = excluded.success_count,
      failed_count = excluded.failed_count, skipped_count = excluded.skipped_count, error_count = excluded.error_count,
      total_time = excluded.total_time`);

  return {
    /** Call inside a transaction: one page of pipelines is written together with its cursor. */
    upsertPipelines(projectId: number, pipelines: GitlabPipeline[]): void {
      for (const p of pipelines) upsertPipeline.run({ ...p, projectId });
    },
    upsertJobs(projectId: number, jobs: GitlabJob[]): void {
      for (const j of jobs) {
        upsertJob.run({ ...j, projectId, pipelineId: j.pipeline.id, allowFailure: j.allow_failure ? 1 : 0 });
      }
    },
    /** A pipeline's jobs as GitLab lists them now (latest attempts), with timings and coverage derived. */
    replaceJobs(projectId: number, pipelineId: number, jobs: GitlabJob[]): void {
      deleteJobs.run(projectId, pipelineId);
      this.upsertJobs(projectId, jobs);
      setDerived.run({ projectId, pipelineId, ...derivePipelineTimings(jobs) });
    },
    upsertTestReport(projectId: number, pipelineId: number, summary: GitlabTestReportSummary): void {
      upsertTestReport.run({ projectId, pipelineId, ...summary.total });
    },
    readUpdatedAt(projectId: number): Map<number, string> {
      return new Map(updatedAt.all(projectId).map((r) => [r.gitlab_id, r.updated_at]));
    },
  };
}

export type PipelinesRepo = ReturnType<typeof createPipelinesRepo>;
