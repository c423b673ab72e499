import type Database from 'better-sqlite3';
import { computePipelineDuration } from '../../../shared/metrics/pipeline-duration';
import type { JobRow, PipelineReportRow, PipelineRow, TestReportRow } from './rows/pipeline-rows';

/** Statuses a pipeline does not leave (short of a retry, which a webhook or a sync reports). */
const finishedSql = ["'success'", "'failed'", "'canceled'", "'skipped'"].join(', ');

/**
 * The pipelines list endpoint omits timings and coverage, so an upsert from a list page must not
 * wipe what a detail fetch stored earlier: those columns keep their value when the new one is null.
 */
const upsertPipelineSql = `INSERT INTO pipelines (project_id, gitlab_id, iid, status, source, ref, sha, web_url, created_at, updated_at,
    started_at, finished_at, duration, queued_duration, coverage, parent_gitlab_id)
  VALUES (@projectId, @gitlabId, @iid, @status, @source, @ref, @sha, @webUrl, @createdAt, @updatedAt,
    @startedAt, @finishedAt, @duration, @queuedDuration, @coverage, @parentGitlabId)
  ON CONFLICT (project_id, gitlab_id) DO UPDATE SET
    parent_gitlab_id = COALESCE(excluded.parent_gitlab_id, pipelines.parent_gitlab_id),
    iid = excluded.iid, status = excluded.status, source = excluded.source, ref = excluded.ref, sha = excluded.sha,
    web_url = excluded.web_url, created_at = excluded.created_at, updated_at = excluded.updated_at,
    started_at = COALESCE(excluded.started_at, pipelines.started_at),
    finished_at = COALESCE(excluded.finished_at, pipelines.finished_at),
    duration = COALESCE(excluded.duration, pipelines.duration),
    queued_duration = COALESCE(excluded.queued_duration, pipelines.queued_duration),
    coverage = COALESCE(excluded.coverage, pipelines.coverage)`;

/**
 * A CI job's report of its pipeline: status, commit and coverage, nothing else, so every other column
 * keeps what a sync or a webhook stored. A pipeline first known from its report takes its ref from
 * the branch whose head is that commit (the default branch first), else from another pipeline of the
 * commit, so its coverage counts as default-branch coverage at once; the targeted sync that follows
 * brings GitLab's own ref. A report that a job sent while the pipeline still ran ("running") must not
 * undo a finished status a webhook or a sync already stored.
 */
const mergePipelineReportSql = `INSERT INTO pipelines (project_id, gitlab_id, status, sha, ref, created_at, updated_at, coverage)
  VALUES (@projectId, @gitlabId, @status, @sha,
    COALESCE(
      (SELECT name FROM branches WHERE project_id = @projectId AND head_sha = @sha ORDER BY is_default DESC, name LIMIT 1),
      (SELECT ref FROM pipelines WHERE project_id = @projectId AND sha = @sha AND ref IS NOT NULL ORDER BY gitlab_id DESC LIMIT 1)),
    @reportedAt, @reportedAt, @coverage)
  ON CONFLICT (project_id, gitlab_id) DO UPDATE SET
    status = CASE WHEN pipelines.status IN (${finishedSql}) AND excluded.status NOT IN (${finishedSql}) THEN pipelines.status ELSE excluded.status END,
    sha = excluded.sha,
    ref = COALESCE(pipelines.ref, excluded.ref),
    coverage = COALESCE(excluded.coverage, pipelines.coverage),
    updated_at = excluded.updated_at`;

const upsertJobSql = `INSERT INTO jobs (project_id, gitlab_id, pipeline_id, name, stage, status, allow_failure, duration, coverage,
    created_at, started_at, finished_at, web_url, failure_reason, queued_duration)
  VALUES (@projectId, @gitlabId, @pipelineId, @name, @stage, @status, @allowFailure, @duration, @coverage,
    @createdAt, @startedAt, @finishedAt, @webUrl, @failureReason, @queuedDuration)
  ON CONFLICT (project_id, gitlab_id) DO UPDATE SET
    pipeline_id = excluded.pipeline_id, name = excluded.name, stage = excluded.stage, status = excluded.status,
    allow_failure = excluded.allow_failure, duration = excluded.duration, coverage = excluded.coverage,
    created_at = excluded.created_at, started_at = excluded.started_at, finished_at = excluded.finished_at, web_url = excluded.web_url,
    failure_reason = excluded.failure_reason, queued_duration = excluded.queued_duration`;

/**
 * The pipelines list endpoint has no timings or coverage; they follow from the jobs, which saves one
 * detail request per pipeline. GitLab's pipeline coverage is the mean of its jobs' coverage and its
 * duration the union of its jobs' running intervals (shared/metrics/pipeline-duration.ts). Stored timestamps are
 * all UTC with milliseconds, so sorting them as text sorts them in time.
 */
export function derivePipelineTimings(jobs: JobRow[]) {
  const starts = jobs
    .map((j) => j.startedAt)
    .filter((t): t is string => t !== null)
    .sort();
  const ends = jobs
    .map((j) => j.finishedAt)
    .filter((t): t is string => t !== null)
    .sort();
  const coverages = jobs.map((j) => j.coverage).filter((c): c is number => c !== null);
  const startedAt = starts[0] ?? null;
  const finishedAt = ends.at(-1) ?? null;
  return {
    startedAt,
    finishedAt,
    duration: computePipelineDuration(jobs),
    coverage: coverages.length ? Math.round((coverages.reduce((a, b) => a + b, 0) / coverages.length) * 100) / 100 : null,
  };
}

export function createPipelinesRepo(db: Database.Database) {
  const upsertPipeline = db.prepare(upsertPipelineSql);
  const upsertJob = db.prepare(upsertJobSql);
  const mergePipelineReport = db.prepare(mergePipelineReportSql);
  const deleteJobs = db.prepare('DELETE FROM jobs WHERE project_id = ? AND pipeline_id = ?');
  const parentCandidates = db.prepare<[number, string, number], { gitlab_id: number }>(`SELECT gitlab_id FROM pipelines
    WHERE project_id = ? AND sha = ? AND gitlab_id < ? AND COALESCE(source, '') <> 'parent_pipeline' ORDER BY gitlab_id DESC LIMIT 5`);
  const parentOf = db.prepare<[number, number], { parent_gitlab_id: number | null }>(
    'SELECT parent_gitlab_id FROM pipelines WHERE project_id = ? AND gitlab_id = ?',
  );
  const updatedAt = db.prepare<[number], { gitlab_id: number; updated_at: string }>('SELECT gitlab_id, updated_at FROM pipelines WHERE project_id = ?');
  const setDerived = db.prepare(`UPDATE pipelines SET started_at = @startedAt, finished_at = @finishedAt, duration = @duration,
    coverage = @coverage WHERE project_id = @projectId AND gitlab_id = @pipelineId`);
  const upsertTestReport = db.prepare(`INSERT INTO test_reports (project_id, pipeline_id, total_count, success_count, failed_count,
      skipped_count, error_count, total_time)
    VALUES (@projectId, @pipelineId, @totalCount, @successCount, @failedCount, @skippedCount, @errorCount, @totalTime)
    ON CONFLICT (project_id, pipeline_id) DO UPDATE SET total_count = excluded.total_count, success_count = excluded.success_count,
      failed_count = excluded.failed_count, skipped_count = excluded.skipped_count, error_count = excluded.error_count,
      total_time = excluded.total_time`);

  return {
    /** Stored pipelines that may have triggered a child pipeline of this sha: same commit, older, not children themselves; newest first. */
    listParentCandidates(projectId: number, sha: string, childGitlabId: number): number[] {
      return parentCandidates.all(projectId, sha, childGitlabId).map((r) => r.gitlab_id);
    },
    readParent(projectId: number, gitlabId: number): number | null {
      return parentOf.get(projectId, gitlabId)?.parent_gitlab_id ?? null;
    },
    /** Call inside a transaction: one page of pipelines is written together with its cursor. */
    upsertPipelines(projectId: number, pipelines: PipelineRow[]): void {
      for (const p of pipelines) {
        upsertPipeline.run({
          projectId,
          gitlabId: p.gitlabId,
          iid: p.iid,
          status: p.status,
          source: p.source,
          ref: p.ref,
          sha: p.sha,
          webUrl: p.webUrl,
          createdAt: p.createdAt,
          updatedAt: p.updatedAt,
          startedAt: p.startedAt,
          finishedAt: p.finishedAt,
          duration: p.duration,
          queuedDuration: p.queuedDuration,
          coverage: p.coverage,
          parentGitlabId: p.parentGitlabId ?? null,
        });
      }
    },
    /** One CI job's report of its pipeline; see mergePipelineReportSql for what it keeps. */
    mergePipelineReport(projectId: number, report: PipelineReportRow): void {
      mergePipelineReport.run({ projectId, ...report });
    },
    upsertJobs(projectId: number, jobs: JobRow[]): void {
      for (const j of jobs) {
        upsertJob.run({
          projectId,
          gitlabId: j.gitlabId,
          pipelineId: j.pipelineId,
          name: j.name,
          stage: j.stage,
          status: j.status,
          allowFailure: j.isAllowedToFail ? 1 : 0,
          duration: j.duration,
          coverage: j.coverage,
          createdAt: j.createdAt,
          startedAt: j.startedAt,
          finishedAt: j.finishedAt,
          webUrl: j.webUrl,
          failureReason: j.failureReason,
          queuedDuration: j.queuedDuration,
        });
      }
    },
    /** A pipeline's jobs as the source lists them now (latest attempts), with timings and coverage derived. */
    replaceJobs(projectId: number, pipelineId: number, jobs: JobRow[]): void {
      deleteJobs.run(projectId, pipelineId);
      this.upsertJobs(projectId, jobs);
      const timings = derivePipelineTimings(jobs);
      setDerived.run({
        projectId,
        pipelineId,
        startedAt: timings.startedAt,
        finishedAt: timings.finishedAt,
        duration: timings.duration,
        coverage: timings.coverage,
      });
    },
    upsertTestReport(projectId: number, pipelineId: number, report: TestReportRow): void {
      upsertTestReport.run({
        projectId,
        pipelineId,
        totalCount: report.totalCount,
        successCount: report.successCount,
        failedCount: report.failedCount,
        skippedCount: report.skippedCount,
        errorCount: report.errorCount,
        totalTime: report.totalTime,
      });
    },
    readUpdatedAt(projectId: number): Map<number, string> {
      return new Map(updatedAt.all(projectId).map((r) => [r.gitlab_id, r.updated_at]));
    },
  };
}

export type PipelinesRepo = ReturnType<typeof createPipelinesRepo>;
