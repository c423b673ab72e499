import type { GeneratedJob } from '../../../electron/core/demo/course-types';
import type {
  RestCommit,
  RestCommitDetail,
  RestDetailedStatus,
  RestJob,
  RestPipeline,
  RestPipelineListItem,
  RestPipelineStatus,
} from '../../../electron/core/demo/rest-types';

/** The list endpoint sends a reduced pipeline; the detail fields only come from the single endpoint. */
export function presentPipelineListItem(pipeline: RestPipeline): RestPipelineListItem {
  return {
    id: pipeline.id,
    iid: pipeline.iid,
    project_id: pipeline.project_id,
    sha: pipeline.sha,
    ref: pipeline.ref,
    status: pipeline.status,
    source: pipeline.source,
    created_at: pipeline.created_at,
    updated_at: pipeline.updated_at,
    web_url: pipeline.web_url,
    name: pipeline.name,
  };
}

const STATUS_TEXT: Partial<Record<RestPipelineStatus, [string, string]>> = {
  success: ['Passed', 'passed'],
  failed: ['Failed', 'failed'],
  running: ['Running', 'running'],
  pending: ['Pending', 'pending'],
  created: ['Created', 'created'],
  canceled: ['Canceled', 'canceled'],
  canceling: ['Canceling', 'canceling'],
  skipped: ['Skipped', 'skipped'],
  manual: ['Manual', 'manual action'],
  scheduled: ['Scheduled', 'scheduled'],
};

function describeStatus(pipeline: RestPipeline, projectPath: string): RestDetailedStatus {
  const [text, label] = STATUS_TEXT[pipeline.status] ?? [pipeline.status, pipeline.status];
  return {
    icon: `status_${pipeline.status}`,
    text,
    label,
    group: pipeline.status,
    tooltip: label,
    has_details: true,
    details_path: `/${projectPath}/-/pipelines/${pipeline.id}`,
    illustration: null,
    favicon: `/assets/ci_favicons/favicon_status_${pipeline.status}.png`,
  };
}

export function presentPipelineDetail(pipeline: RestPipeline, projectPath: string): RestPipeline {
  return { ...pipeline, detailed_status: describeStatus(pipeline, projectPath) };
}

/** `retried` is the generator's marker, not a GitLab field. */
export function presentJob(job: GeneratedJob): RestJob {
  const { retried: _retried, ...rest } = job;
  return rest;
}

/**
 * A listed job with its artifacts as GitLab lists them (file_type, size, filename, file_format): a job
 * that ran has its log (trace); one that published `artifacts: reports: junit:` has a junit artifact.
 */
export function presentJobWithArtifacts(job: GeneratedJob, hasJunitReport: boolean): RestJob {
  const presented = presentJob(job);
  if (presented.artifacts) return presented;
  const artifacts: NonNullable<RestJob['artifacts']> = [];
  if (job.started_at !== null) artifacts.push({ file_type: 'trace', size: 4_812, filename: 'job.log', file_format: null });
  if (hasJunitReport) artifacts.push({ file_type: 'junit', size: 1_337, filename: 'junit.xml.gz', file_format: 'gzip' });
  return { ...presented, artifacts };
}

export function presentCommit(commit: RestCommit, isWithStats: boolean): RestCommit {
  if (isWithStats) return commit;
  const { stats: _stats, ...rest } = commit;
  return rest;
}

export function presentCommitDetail(commit: RestCommit, lastPipeline: RestPipeline | undefined): RestCommitDetail {
  return {
    ...commit,
    stats: commit.stats ?? { additions: 0, deletions: 0, total: 0 },
    status: lastPipeline ? lastPipeline.status : null,
    last_pipeline: lastPipeline ? { id: lastPipeline.id, ref: lastPipeline.ref, sha: lastPipeline.sha, status: lastPipeline.status } : null,
  };
}
