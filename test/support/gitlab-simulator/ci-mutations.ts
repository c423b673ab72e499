import { listCiJobs } from '../../../electron/core/demo/ci-config';
import type { GeneratedJob } from '../../../electron/core/demo/course-types';
import type { DraftPipelineStatus, PipelineDraft } from '../../../electron/core/demo/pipeline-outcomes';
import { buildPipelineRun } from '../../../electron/core/demo/pipeline-jobs';
import type { PipelineRunSettings } from '../../../electron/core/demo/pipeline-jobs';
import type { RestJob, RestPipeline, RestPipelineStatus } from '../../../electron/core/demo/rest-types';
import type { MutationContext } from './mutation-context';
import { selectActor, touchProject } from './mutation-context';
import { presentJob } from './present-objects';
import { findBranch } from './repository-mutations';
import type { SimProject } from './sim-state';

const DRAFT_STATUSES: RestPipelineStatus[] = ['success', 'failed', 'canceled', 'skipped', 'running'];
const TERMINAL: RestPipelineStatus[] = ['success', 'failed', 'canceled', 'skipped'];
const UNFINISHED_JOB: RestPipelineStatus[] = ['created', 'pending', 'running', 'waiting_for_resource', 'preparing', 'manual', 'scheduled'];

function describeRunSettings(project: SimProject): PipelineRunSettings {
  const config = project.team.ciConfig ?? '';
  const quality = config.includes('unit-tests:') ? 'full' : config.includes('stages:') ? 'standard' : 'minimal';
  return { projectWebUrl: project.team.project.web_url, ciJobs: listCiJobs(quality), buildSeconds: 60, coverageRange: [70, 80], testsRange: [100, 120] };
}

function syncJobPipelineStatus(project: SimProject, pipeline: RestPipeline): void {
  for (const job of project.jobsByPipeline.get(pipeline.id) ?? []) job.pipeline = { ...job.pipeline, status: pipeline.status };
}

/**
 * A new pipeline (with jobs built like the generator's) on a branch head or given sha. Finished
 * pipelines are placed so that they end at the simulated "now".
 */
export function addPipeline(context: MutationContext, projectId: number, partial: Partial<RestPipeline> = {}): RestPipeline {
  const { state, clock, random } = context;
  const project = state.requireProject(projectId);
  const ref = partial.ref ?? project.team.project.default_branch ?? 'main';
  const tag = project.team.tags.find((candidate) => candidate.name === ref);
  const sha = partial.sha ?? findBranch(project, ref)?.commit.id ?? tag?.commit.id ?? project.team.commits[project.team.commits.length - 1]?.id ?? '';
  const status = partial.status ?? 'running';
  const draftStatus: DraftPipelineStatus = DRAFT_STATUSES.includes(status) ? (status as DraftPipelineStatus) : 'running';
  const nowMs = clock.stamp();
  const draft: PipelineDraft = {
    teamIndex: 0,
    projectId,
    createdMs: nowMs,
    status: draftStatus,
    source: partial.source ?? 'push',
    ref,
    tag: tag !== undefined,
    sha,
    beforeSha: '0000000000000000000000000000000000000000',
    user: partial.user ?? selectActor(context, project).ref,
    commitTitle: project.commitBySha.get(sha)?.title ?? '',
    isDefaultBranch: ref === project.team.project.default_branch,
    progress: 1,
    seed: random.int(0, 0x7fffffff),
    id: state.nextIds.pipeline,
    iid: (project.team.pipelines[project.team.pipelines.length - 1]?.iid ?? 0) + 1,
  };
  const settings = describeRunSettings(project);
  if (TERMINAL.includes(status)) {
    // A dry run with the same seed tells how long the run takes; start it that much earlier.
    const trial = buildPipelineRun(draft, settings, () => 0);
    draft.createdMs -= Math.max(0, Date.parse(trial.pipeline.updated_at) - nowMs);
  }
  state.nextIds.pipeline += 1;
  const run = buildPipelineRun(draft, settings, () => state.nextIds.job++);
  const pipeline = run.pipeline;
  if (!DRAFT_STATUSES.includes(status)) {
    pipeline.status = status;
    pipeline.started_at = null;
    pipeline.finished_at = null;
    pipeline.duration = null;
    for (const job of run.jobs) Object.assign(job, { status: 'created', started_at: null, finished_at: null, duration: null, failure_reason: null });
  }
  const { id: _id, iid: _iid, project_id: _projectId, web_url: _webUrl, ...overrides } = partial;
  Object.assign(pipeline, overrides);
  for (const job of run.jobs) job.pipeline = { ...job.pipeline, ref: pipeline.ref, sha: pipeline.sha, status: pipeline.status };
  project.team.pipelines.push(pipeline);
  project.pipelineById.set(pipeline.id, pipeline);
  project.jobsByPipeline.set(pipeline.id, run.jobs);
  state.projectByPipelineId.set(pipeline.id, project);
  for (const job of run.jobs) {
    project.team.jobs.push(job);
    state.jobById.set(job.id, { project, job });
  }
  if (run.testReportSummary && TERMINAL.includes(pipeline.status)) project.team.testReportSummaries[pipeline.id] = run.testReportSummary;
  project.pipelines.invalidate();
  touchProject(project, pipeline.updated_at);
  return structuredClone(pipeline);
}

function finishJobs(jobs: GeneratedJob[], status: RestPipelineStatus, at: string): void {
  let isFailureAssigned = false;
  for (const job of jobs) {
    if (job.retried || !UNFINISHED_JOB.includes(job.status)) continue;
    if (status === 'running') {
      if (job.status === 'created' || job.status === 'pending') {
        Object.assign(job, { status: 'running', started_at: at });
        return;
      }
      continue;
    }
    const next: RestPipelineStatus =
      status === 'failed' ? (isFailureAssigned ? 'skipped' : 'failed') : status === 'success' ? 'success' : status === 'canceled' ? 'canceled' : 'skipped';
    if (next === 'failed') isFailureAssigned = true;
    const startedAt = job.started_at ?? (next === 'skipped' ? null : at);
    Object.assign(job, {
      status: next,
      started_at: startedAt,
      finished_at: next === 'skipped' ? null : at,
      duration: startedAt && next !== 'skipped' ? (Date.parse(at) - Date.parse(startedAt)) / 1000 : null,
      failure_reason: next === 'failed' ? 'script_failure' : null,
    });
  }
}

/**
 * A child pipeline (trigger: include:) started by a trigger job (bridge) of `parentId`: same ref and
 * sha, source 'parent_pipeline'. The parent's bridges name it as their downstream_pipeline.
 */
export function addChildPipeline(context: MutationContext, parentId: number, partial: Partial<RestPipeline> = {}): RestPipeline {
  const project = context.state.projectByPipelineId.get(parentId);
  const parent = project?.pipelineById.get(parentId);
  if (!project || !parent) throw new Error(`The simulator has no pipeline ${parentId}`);
  const child = addPipeline(context, project.team.project.id, { ...partial, source: 'parent_pipeline', ref: parent.ref, sha: parent.sha });
  const bridgeId = context.state.nextIds.job;
  context.state.nextIds.job += 1;
  const bridges = context.state.bridgesByPipeline.get(parentId) ?? [];
  bridges.push({ id: bridgeId, name: `trigger-${bridges.length + 1}`, stage: 'test', status: child.status, childId: child.id });
  context.state.bridgesByPipeline.set(parentId, bridges);
  return child;
}

/** Moves a pipeline to a new status now; its unfinished jobs follow so the two stay consistent. */
export function updatePipelineStatus(context: MutationContext, pipelineId: number, status: RestPipelineStatus): RestPipeline {
  const project = context.state.projectByPipelineId.get(pipelineId);
  const pipeline = project?.pipelineById.get(pipelineId);
  if (!project || !pipeline) throw new Error(`The simulator has no pipeline ${pipelineId}`);
  const at = new Date(context.clock.stamp()).toISOString();
  pipeline.status = status;
  pipeline.updated_at = at;
  if (status === 'running') {
    pipeline.started_at ??= at;
    pipeline.finished_at = null;
    pipeline.duration = null;
  } else if (TERMINAL.includes(status)) {
    pipeline.started_at ??= at;
    pipeline.finished_at = at;
    pipeline.duration = Math.round((Date.parse(at) - Date.parse(pipeline.started_at)) / 1000);
  }
  const jobs = [...(project.jobsByPipeline.get(pipelineId) ?? [])].sort((a, b) => a.id - b.id);
  finishJobs(jobs, status, at);
  syncJobPipelineStatus(project, pipeline);
  project.pipelines.invalidate();
  touchProject(project, at);
  return structuredClone(pipeline);
}

/** GitLab's retry: a new job with a new id; the old attempt is kept but hidden unless include_retried. */
export function retryJob(context: MutationContext, jobId: number): RestJob {
  const entry = context.state.jobById.get(jobId);
  if (!entry) throw new Error(`The simulator has no job ${jobId}`);
  const { project, job } = entry;
  const pipeline = project.pipelineById.get(job.pipeline.id);
  if (!pipeline) throw new Error(`Job ${jobId} has no pipeline`);
  const at = new Date(context.clock.stamp()).toISOString();
  job.retried = true;
  const id = context.state.nextIds.job;
  context.state.nextIds.job += 1;
  const retry: GeneratedJob = {
    ...structuredClone(job),
    id,
    status: 'pending',
    created_at: at,
    started_at: null,
    finished_at: null,
    duration: null,
    queued_duration: null,
    coverage: null,
    failure_reason: null,
    web_url: `${project.team.project.web_url}/-/jobs/${id}`,
  };
  delete retry.retried;
  project.team.jobs.push(retry);
  project.jobsByPipeline.get(pipeline.id)?.push(retry);
  context.state.jobById.set(id, { project, job: retry });
  pipeline.status = 'running';
  pipeline.finished_at = null;
  pipeline.duration = null;
  pipeline.updated_at = at;
  syncJobPipelineStatus(project, pipeline);
  project.pipelines.invalidate();
  touchProject(project, at);
  return presentJob(retry);
}
