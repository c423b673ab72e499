import type { RestJobFailureReason, RestJobStatus, RestPipeline, RestTestReportSummary } from './rest-types';
import type { CiJobTemplate } from './ci-config';
import { STAGE_ORDER } from './ci-config';
import type { GeneratedJob } from './course-types';
import type { DraftPipelineStatus, PipelineDraft } from './pipeline-outcomes';
import type { SeededRandom } from './seeded-random';
import { createSeededRandom } from './seeded-random';
import { SECOND_MS, formatRestTime } from './timestamps';

/** Per-team facts a pipeline run needs besides its draft. */
export interface PipelineRunSettings {
  projectWebUrl: string;
  ciJobs: CiJobTemplate[];
  buildSeconds: number;
  coverageRange: [number, number];
  testsRange: [number, number];
}

export interface PipelineRun {
  pipeline: RestPipeline;
  jobs: GeneratedJob[];
  /** Null when no test job ran to completion. */
  testReportSummary: RestTestReportSummary | null;
}

interface JobPlan {
  template: CiJobTemplate;
  job: GeneratedJob;
  createdMs: number;
  order: number;
}

type Phase = 'before' | 'at' | 'after';

const FAILING_STAGE_WEIGHT: Record<CiJobTemplate['stage'], number> = { build: 0.25, test: 0.6, lint: 0.2, deploy: 0.05 };

function selectJobStatus(pipelineStatus: DraftPipelineStatus, phase: Phase): RestJobStatus {
  if (phase === 'before') return 'success';
  if (pipelineStatus === 'failed') return phase === 'at' ? 'failed' : 'skipped';
  if (pipelineStatus === 'canceled') return 'canceled';
  if (pipelineStatus === 'running') return phase === 'at' ? 'running' : 'created';
  return 'success';
}

function chooseTurningStage(random: SeededRandom, status: DraftPipelineStatus, templates: CiJobTemplate[]): CiJobTemplate['stage'] | null {
  if (status === 'success' || status === 'skipped') return null;
  const candidates = status === 'failed' ? templates.filter((template) => !template.allowFailure) : templates;
  if (candidates.length === 0) return null;
  return random.pickWeighted(
    candidates.map((template) => template.stage),
    candidates.map((template) => FAILING_STAGE_WEIGHT[template.stage]),
  );
}

function computeCoverage(random: SeededRandom, settings: PipelineRunSettings, progress: number): number {
  const [start, end] = settings.coverageRange;
  const value = start + (end - start) * progress + random.normal() * 1.8;
  return Math.round(Math.min(99.5, Math.max(0, value)) * 100) / 100;
}

/**
 * Turns a pipeline draft into the pipeline GitLab would show, its jobs (with a retried attempt now
 * and then) and a test report summary. Stages run one after another; a failed stage skips the rest.
 */
export function buildPipelineRun(draft: PipelineDraft, settings: PipelineRunSettings, allocateJobId: () => number): PipelineRun {
  const random = createSeededRandom(draft.seed);
  const templates = settings.ciJobs.filter((template) => !template.onlyDefaultBranch || (draft.isDefaultBranch && !draft.tag));
  const status = draft.status;
  const pipelineRef = { id: draft.id, project_id: draft.projectId, ref: draft.ref, sha: draft.sha, status };
  const commitRef = { id: draft.sha, short_id: draft.sha.slice(0, 8), title: draft.commitTitle };
  const plans: JobPlan[] = [];
  const turningStage = chooseTurningStage(random, status, templates);
  const queuedSeconds = Math.round(random.float(0.5, 8) * 10) / 10;
  let stageStartMs = draft.createdMs + queuedSeconds * SECOND_MS;
  let phase: Phase = 'before';
  let coverage: number | null = null;
  let junitJob: GeneratedJob | null = null;
  let lastFinishedMs = draft.createdMs;
  let firstStartedMs: number | null = null;
  let isRetryDone = false;

  const makeJob = (
    template: CiJobTemplate,
    jobStatus: RestJobStatus,
    createdMs: number,
    startedMs: number | null,
    finishedMs: number | null,
    jobQueued: number | null,
  ): GeneratedJob => ({
    id: 0,
    name: template.name,
    stage: template.stage,
    status: jobStatus,
    ref: draft.ref,
    tag: draft.tag,
    coverage: null,
    allow_failure: template.allowFailure,
    source: draft.source,
    created_at: formatRestTime(createdMs),
    started_at: startedMs === null ? null : formatRestTime(startedMs),
    finished_at: finishedMs === null ? null : formatRestTime(finishedMs),
    erased_at: null,
    duration: startedMs !== null && finishedMs !== null ? Math.round(finishedMs - startedMs) / 1000 : null,
    queued_duration: jobQueued,
    failure_reason: null,
    web_url: '',
    pipeline: pipelineRef,
    commit: commitRef,
    user: draft.user,
    tag_list: ['docker'],
  });

  for (const stage of STAGE_ORDER) {
    const stageTemplates = templates.filter((template) => template.stage === stage);
    if (stageTemplates.length === 0 || status === 'skipped') continue;
    if (phase === 'at') phase = 'after';
    if (stage === turningStage) phase = 'at';
    let stageEndMs = stageStartMs;
    for (const template of stageTemplates) {
      let jobStatus = selectJobStatus(status, phase);
      const jobCreatedMs = draft.createdMs + 200 + plans.length * 30;
      if (jobStatus === 'created' || jobStatus === 'skipped' || (jobStatus === 'canceled' && phase === 'after')) {
        plans.push({ template, job: makeJob(template, jobStatus, jobCreatedMs, null, null, null), createdMs: jobCreatedMs, order: plans.length });
        continue;
      }
      const jobQueued = Math.round(random.float(0.3, 6) * 10) / 10;
      let startedMs = stageStartMs + jobQueued * SECOND_MS;
      let runMs = settings.buildSeconds * template.durationFactor * random.float(0.7, 1.4) * SECOND_MS;
      if (status === 'success' && template.allowFailure && random.chance(0.25)) jobStatus = 'failed';
      const mayRetry = !isRetryDone && (jobStatus === 'success' || jobStatus === 'failed') && template.stage !== 'deploy';
      if (mayRetry && random.chance(0.06)) {
        isRetryDone = true;
        const firstEndMs = startedMs + runMs * random.float(0.1, 0.6);
        const first = makeJob(template, 'failed', jobCreatedMs, startedMs, firstEndMs, jobQueued);
        first.failure_reason = random.pick<RestJobFailureReason>(['runner_system_failure', 'stuck_or_timeout_failure', 'script_failure']);
        first.retried = true;
        plans.push({ template, job: first, createdMs: jobCreatedMs, order: plans.length });
        firstStartedMs ??= startedMs;
        const retryCreatedMs = firstEndMs + random.int(20, 600) * SECOND_MS;
        startedMs = retryCreatedMs + jobQueued * SECOND_MS;
        const job = makeJob(template, jobStatus, retryCreatedMs, startedMs, jobStatus === 'running' ? null : startedMs + runMs, jobQueued);
        plans.push({ template, job, createdMs: retryCreatedMs, order: plans.length });
        stageEndMs = Math.max(stageEndMs, startedMs + runMs);
        firstStartedMs ??= startedMs;
        continue;
      }
      if (jobStatus === 'canceled') runMs *= random.float(0.1, 0.8);
      const finishedMs = jobStatus === 'running' ? null : startedMs + runMs;
      const job = makeJob(template, jobStatus, jobCreatedMs, startedMs, finishedMs, jobQueued);
      if (jobStatus === 'failed') job.failure_reason = random.chance(0.9) ? 'script_failure' : 'job_execution_timeout';
      plans.push({ template, job, createdMs: jobCreatedMs, order: plans.length });
      firstStartedMs ??= startedMs;
      stageEndMs = Math.max(stageEndMs, finishedMs ?? startedMs);
    }
    lastFinishedMs = Math.max(lastFinishedMs, stageEndMs);
    stageStartMs = stageEndMs + random.int(500, 3000);
  }

  // Ids follow creation time, so a retry gets a larger id than every job created with the pipeline.
  plans.sort((a, b) => a.createdMs - b.createdMs || a.order - b.order);
  for (const plan of plans) {
    plan.job.id = allocateJobId();
    plan.job.web_url = `${settings.projectWebUrl}/-/jobs/${plan.job.id}`;
    const isComplete = plan.job.status === 'success' || plan.job.status === 'failed';
    if (plan.template.reportsCoverage && isComplete && !plan.job.retried) {
      coverage = computeCoverage(random, settings, draft.progress);
      plan.job.coverage = coverage;
    }
    if (isComplete && !plan.job.retried && (plan.template.reportsJunit || plan.template.stage === 'test')) junitJob = plan.job;
  }
  const jobs = plans.map((plan) => plan.job);

  const isFinished = status !== 'running' && status !== 'skipped' && jobs.length > 0;
  const updatedMs =
    status === 'skipped' || jobs.length === 0
      ? draft.createdMs + random.int(200, 1500)
      : status === 'running'
        ? Math.max(draft.createdMs, firstStartedMs ?? draft.createdMs) + 150
        : lastFinishedMs + random.int(20, 400);
  const pipeline: RestPipeline = {
    id: draft.id,
    iid: draft.iid,
    project_id: draft.projectId,
    status,
    source: draft.source,
    ref: draft.ref,
    sha: draft.sha,
    name: null,
    web_url: `${settings.projectWebUrl}/-/pipelines/${draft.id}`,
    created_at: formatRestTime(draft.createdMs),
    updated_at: formatRestTime(updatedMs),
    before_sha: draft.beforeSha,
    tag: draft.tag,
    yaml_errors: null,
    user: draft.user,
    started_at: firstStartedMs === null ? null : formatRestTime(firstStartedMs),
    finished_at: isFinished ? formatRestTime(lastFinishedMs) : null,
    committed_at: null,
    duration: isFinished && firstStartedMs !== null ? Math.round((lastFinishedMs - firstStartedMs) / 1000) : null,
    queued_duration: firstStartedMs === null ? null : Math.round(queuedSeconds),
    coverage: coverage === null ? null : coverage.toFixed(2),
    archived: false,
  };
  return { pipeline, jobs, testReportSummary: junitJob ? summarizeTests(random, settings, draft, junitJob) : null };
}

function summarizeTests(random: SeededRandom, settings: PipelineRunSettings, draft: PipelineDraft, job: GeneratedJob): RestTestReportSummary {
  const template = settings.ciJobs.find((candidate) => candidate.name === job.name);
  if (!template?.reportsJunit) {
    // GitLab answers with zero totals when a pipeline has no JUnit report.
    return { total: { time: 0, count: 0, success: 0, failed: 0, skipped: 0, error: 0, suite_error: null }, test_suites: [] };
  }
  const [start, end] = settings.testsRange;
  const count = Math.max(1, Math.round((start + (end - start) * draft.progress) * random.float(0.9, 1.1)));
  const failed = job.status === 'failed' ? random.int(1, Math.max(1, Math.round(count * 0.1))) : 0;
  const skipped = Math.min(count - failed, random.int(0, 3));
  const error = job.status === 'failed' && random.chance(0.2) ? 1 : 0;
  const success = Math.max(0, count - failed - skipped - error);
  const time = Math.round((job.duration ?? 0) * 0.6 * 1000) / 1000;
  return {
    total: { time, count, success, failed, skipped, error, suite_error: null },
    test_suites: [
      {
        name: job.name,
        total_time: time,
        total_count: count,
        success_count: success,
        failed_count: failed,
        skipped_count: skipped,
        error_count: error,
        build_ids: [job.id],
        suite_error: null,
      },
    ],
  };
}
