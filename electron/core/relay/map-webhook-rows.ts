import { PipelineReportSchema, pipelineReportKind, type RelayFeedEvent } from '../../../shared/api/relay-feed';
import type { JobRow, PipelineReportRow, PipelineRow } from '../store/rows/pipeline-rows';
import type { CommitRow, TagRow } from '../store/rows/repository-rows';
import type { IssueRow, MergeRequestRow, NoteParent, NoteRow } from '../store/rows/work-item-rows';
import { IssueHookSchema, JobHookSchema, MergeRequestHookSchema, NoteHookSchema, PipelineHookSchema, PushHookSchema } from './webhook-schemas';

/** What one webhook changes in the store, for the GitLab project it names. */
export type WebhookChange =
  | { kind: 'pipeline'; pipeline: PipelineRow; jobs: JobRow[] }
  | { kind: 'job'; job: JobRow }
  | { kind: 'pipeline_report'; report: PipelineReportRow }
  | { kind: 'merge_request'; mergeRequest: MergeRequestRow }
  | { kind: 'issue'; issue: IssueRow }
  | { kind: 'note'; parent: NoteParent; iid: number; note: NoteRow }
  | { kind: 'push'; commits: CommitRow[] }
  | { kind: 'tag'; name: string; tag: TagRow | null };

export interface MappedWebhook {
  gitlabProjectId: number;
  /** X-Gitlab-Instance, e.g. "https://gitlab.example.com"; null when the delivery had none. */
  instanceUrl: string | null;
  change: WebhookChange;
}

/** Pushes and tags that delete a ref carry this as `after`. */
const zeroSha = /^0+$/;

/**
 * Maps a relay event to store rows, or null when the event holds nothing the store keeps (deployments,
 * releases, wiki pages, comments on commits or snippets, unknown kinds, payloads that do not parse).
 * Besides GitLab's webhooks this reads the relay's own `pipeline_report` events (a CI job's report).
 * A required time GitLab left out or wrote unreadably falls back to when the relay received the event.
 */
export function mapWebhookRows(event: RelayFeedEvent): MappedWebhook | null {
  const change = mapChange(event);
  if (!change) return null;
  const instance = event.headers['x-gitlab-instance'];
  return { gitlabProjectId: change.projectId, instanceUrl: instance ? instance.replace(/\/+$/, '') : null, change: change.change };
}

function mapChange(event: RelayFeedEvent): { projectId: number; change: WebhookChange } | null {
  const receivedAt = new Date(event.receivedAt).toISOString();
  const payload = event.payload;
  switch (event.kind) {
    case 'pipeline': {
      const parsed = PipelineHookSchema.safeParse(payload);
      if (!parsed.success) return null;
      const { object_attributes: p, builds, project } = parsed.data;
      const pipeline: PipelineRow = {
        gitlabId: p.id,
        iid: p.iid,
        status: p.status,
        source: p.source,
        ref: p.ref,
        sha: p.sha,
        webUrl: p.url,
        createdAt: p.created_at ?? receivedAt,
        // Not GitLab's updated_at (webhooks have none): a value the sync will see differ, so it refetches.
        updatedAt: receivedAt,
        startedAt: null,
        finishedAt: p.finished_at,
        duration: p.duration,
        queuedDuration: p.queued_duration,
        coverage: null,
      };
      const jobs = builds.map((b): JobRow => ({
        gitlabId: b.id,
        pipelineId: p.id,
        name: b.name,
        stage: b.stage,
        status: b.status,
        isAllowedToFail: b.allow_failure,
        duration: b.duration,
        coverage: null,
        createdAt: b.created_at,
        startedAt: b.started_at,
        finishedAt: b.finished_at,
        webUrl: project.web_url ? `${project.web_url}/-/jobs/${b.id}` : null,
        failureReason: b.failure_reason,
        queuedDuration: b.queued_duration,
      }));
      return { projectId: project.id, change: { kind: 'pipeline', pipeline, jobs } };
    }
    case 'build': {
      const parsed = JobHookSchema.safeParse(payload);
      if (!parsed.success) return null;
      const j = parsed.data;
      const job: JobRow = {
        gitlabId: j.build_id,
        pipelineId: j.pipeline_id,
        name: j.build_name,
        stage: j.build_stage,
        status: j.build_status,
        isAllowedToFail: j.build_allow_failure,
        duration: j.build_duration,
        coverage: null,
        createdAt: j.build_created_at,
        startedAt: j.build_started_at,
        finishedAt: j.build_finished_at,
        webUrl: j.project?.web_url ? `${j.project.web_url}/-/jobs/${j.build_id}` : null,
        // GitLab sends a failure reason even for jobs that have not failed (see its job example).
        failureReason: j.build_status === 'failed' ? j.build_failure_reason : null,
        queuedDuration: j.build_queued_duration,
      };
      return { projectId: j.project_id, change: { kind: 'job', job } };
    }
    case 'merge_request': {
      const parsed = MergeRequestHookSchema.safeParse(payload);
      if (!parsed.success) return null;
      const m = parsed.data.object_attributes;
      const mergeRequest: MergeRequestRow = {
        gitlabId: m.id,
        iid: m.iid,
        title: m.title,
        state: m.state,
        authorId: m.author_id,
        sourceBranch: m.source_branch,
        targetBranch: m.target_branch,
        createdAt: m.created_at ?? receivedAt,
        updatedAt: m.updated_at ?? receivedAt,
        mergedAt: m.merged_at ?? null,
        closedAt: m.closed_at ?? null,
        webUrl: m.url,
        isDraft: Boolean(m.draft ?? m.work_in_progress),
        mergedById: null,
        reviewerIds: m.reviewer_ids,
        mergeCommitSha: m.merge_commit_sha,
      };
      return { projectId: parsed.data.project.id, change: { kind: 'merge_request', mergeRequest } };
    }
    case 'issue': {
      const parsed = IssueHookSchema.safeParse(payload);
      if (!parsed.success) return null;
      const i = parsed.data.object_attributes;
      const issue: IssueRow = {
        gitlabId: i.id,
        iid: i.iid,
        title: i.title,
        state: i.state,
        authorId: i.author_id,
        createdAt: i.created_at ?? receivedAt,
        updatedAt: i.updated_at ?? receivedAt,
        closedAt: i.closed_at ?? null,
        closedById: null,
        webUrl: i.url,
        assigneeIds: i.assignee_ids,
      };
      return { projectId: parsed.data.project.id, change: { kind: 'issue', issue } };
    }
    case 'note': {
      const parsed = NoteHookSchema.safeParse(payload);
      if (!parsed.success) return null;
      const { object_attributes: n, merge_request: mr, issue } = parsed.data;
      const parent =
        n.noteable_type === 'MergeRequest' && mr
          ? { parent: 'MergeRequest' as const, iid: mr.iid }
          : n.noteable_type === 'Issue' && issue
            ? { parent: 'Issue' as const, iid: issue.iid }
            : null;
      if (!parent) return null;
      const note: NoteRow = {
        gitlabId: n.id,
        authorId: n.author_id,
        body: n.note,
        isSystem: n.system,
        createdAt: n.created_at ?? receivedAt,
        updatedAt: n.updated_at,
      };
      return { projectId: parsed.data.project.id, change: { kind: 'note', ...parent, note } };
    }
    case 'push':
    case 'tag_push': {
      const parsed = PushHookSchema.safeParse(payload);
      if (!parsed.success) return null;
      const push = parsed.data;
      if (event.kind === 'tag_push') {
        const name = push.ref.replace(/^refs\/tags\//, '');
        const isDeleted = zeroSha.test(push.after);
        const tag: TagRow | null = isDeleted ? null : { name, targetSha: push.checkout_sha ?? push.after, message: push.message || null, createdAt: null };
        return { projectId: push.project.id, change: { kind: 'tag', name, tag } };
      }
      const commits = push.commits.map((c): CommitRow => ({
        sha: c.id,
        title: c.title ?? (c.message ?? '').split('\n')[0] ?? '',
        message: c.message,
        authorName: c.author?.name ?? null,
        authorEmail: c.author?.email ?? null,
        authoredAt: null,
        // GitLab's push payload `timestamp` is the commit's committed date.
        committedAt: c.timestamp,
        parentShas: [],
        additions: null,
        deletions: null,
        webUrl: c.url,
      }));
      return { projectId: push.project.id, change: { kind: 'push', commits } };
    }
    case pipelineReportKind: {
      // The relay validated the report before storing it; parsing again keeps an older relay's rows out.
      const parsed = PipelineReportSchema.safeParse(payload);
      if (!parsed.success) return null;
      const { project_id, pipeline_id, status, commit_sha, coverage } = parsed.data;
      return {
        projectId: project_id,
        change: { kind: 'pipeline_report', report: { gitlabId: pipeline_id, status, sha: commit_sha.toLowerCase(), coverage, reportedAt: receivedAt } },
      };
    }
    default:
      return null;
  }
}
