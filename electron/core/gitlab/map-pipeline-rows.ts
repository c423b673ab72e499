import type { JobRow, PipelineRow, TestReportRow } from '../store/rows/pipeline-rows';
import type { GitlabJob, GitlabPipeline, GitlabTestReportSummary } from './schemas';
import { toUtcIso, toUtcIsoOrNull } from './to-utc-iso';

/** GitLab REST pipelines, jobs and test report summaries as store rows. */
export function mapPipelineRow(pipeline: GitlabPipeline): PipelineRow {
  return {
    gitlabId: pipeline.id,
    iid: pipeline.iid,
    status: pipeline.status,
    source: pipeline.source,
    ref: pipeline.ref,
    sha: pipeline.sha,
    webUrl: pipeline.web_url,
    createdAt: toUtcIso(pipeline.created_at),
    updatedAt: toUtcIso(pipeline.updated_at),
    startedAt: toUtcIsoOrNull(pipeline.started_at),
    finishedAt: toUtcIsoOrNull(pipeline.finished_at),
    duration: pipeline.duration,
    queuedDuration: pipeline.queued_duration,
    coverage: pipeline.coverage,
  };
}

export function mapJobRow(job: GitlabJob): JobRow {
  return {
    gitlabId: job.id,
    pipelineId: job.pipeline.id,
    name: job.name,
    stage: job.stage,
    status: job.status,
    isAllowedToFail: job.allow_failure,
    duration: job.duration,
    coverage: job.coverage,
    createdAt: toUtcIsoOrNull(job.created_at),
    startedAt: toUtcIsoOrNull(job.started_at),
    finishedAt: toUtcIsoOrNull(job.finished_at),
    webUrl: job.web_url,
    failureReason: job.failure_reason,
    queuedDuration: job.queued_duration,
  };
}

export function mapTestReportRow(summary: GitlabTestReportSummary): TestReportRow {
  return {
    totalCount: summary.total.count,
    successCount: summary.total.success,
    failedCount: summary.total.failed,
    skippedCount: summary.total.skipped,
    errorCount: summary.total.error,
    totalTime: summary.total.time,
  };
}
