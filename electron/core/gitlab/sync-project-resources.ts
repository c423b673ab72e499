import type { Course } from '../../../shared/domain/course';
import type { StoredCounts, SyncResource } from '../../../shared/domain/sync';
import type { Store } from '../store/create-store';
import type { TeamRow } from '../store/projects-repo';
import { createGitlabClient } from './gitlab-client';
import { createGitlabRequester, type RequestRecord } from './gitlab-requester';
import type { RateBudget } from './rate-budget';
import { syncCiConfig } from './sync-ci-config';
import { readInstanceVersion, syncPipelines } from './sync-pipelines';
import { syncRepository } from './sync-repository';
import { syncWorkItems } from './sync-work-items';
import { fetchUnlessGone, type TeamSyncContext } from './team-sync-context';

/**
 * What a webhook can make stale: `commits` stands for the whole repository step (branches, the
 * commits behind moved heads with their stats, tags, and the CI file at the default branch's head).
 */
export const targetedResources = ['commits', 'mergeRequests', 'issues', 'pipelines'] as const satisfies readonly SyncResource[];
export type TargetedResource = (typeof targetedResources)[number];

export interface SyncProjectResourcesInput {
  store: Store;
  course: Course;
  team: TeamRow;
  resources: ReadonlySet<TargetedResource>;
  token: string;
  budget: RateBudget;
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  onRequest?: (record: RequestRecord) => void;
}

export interface ProjectResourcesSummary {
  requests: number;
  fetched: StoredCounts;
  /** Resources GitLab refused or that were too large; the next full sync lists them in its summary. */
  skipped: { resource: SyncResource; message: string }[];
}

/**
 * Refreshes only the named resources of one team project, with the same incremental syncers (and so
 * the same cursors and upserts) as a full sync: a webhook said they changed, and the REST API has
 * what the webhook left out (merged_at, commit stats, jobs and test reports). Members are not read,
 * so nothing here needs the course staff or user lookups.
 */
export async function syncProjectResources(input: SyncProjectResourcesInput): Promise<ProjectResourcesSummary> {
  const { store, course, team, resources } = input;
  let requests = 0;
  const requester = createGitlabRequester({
    budget: input.budget,
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.requestTimeoutMs ? { timeoutMs: input.requestTimeoutMs } : {}),
    ...(input.fetch ? { fetch: input.fetch } : {}),
    onRequest: (record) => {
      requests += 1;
      input.onRequest?.(record);
    },
  });
  const client = createGitlabClient({ baseUrl: course.gitlabUrl, token: input.token, requester });
  const fetched: StoredCounts = { projects: 0, members: 0, commits: 0, branches: 0, tags: 0, mergeRequests: 0, issues: 0, notes: 0, pipelines: 0, jobs: 0 };
  const skipped: ProjectResourcesSummary['skipped'] = [];
  let instanceVersion: Promise<{ major: number; minor: number } | null> | null = null;
  const ctx: TeamSyncContext = {
    client,
    store,
    fetched,
    instanceUrl: course.gitlabUrl,
    projectRowId: team.projectId,
    gitlabProjectId: team.gitlabId,
    userLookups: new Map(),
    deferredUserIds: new Set(),
    loadCourseStaff: () => Promise.resolve(null),
    loadInstanceVersion: () => (instanceVersion ??= readInstanceVersion(client)),
    onPage: () => undefined,
    onSkipped: (resource, message) => skipped.push({ resource, message }),
  };
  // In the full sync's order, each step on its own: issues switched off must not keep the pipelines from syncing.
  if (resources.has('commits')) {
    const branches = await fetchUnlessGone(() => syncRepository(ctx));
    if (branches) await fetchUnlessGone(() => syncCiConfig(ctx, branches, team.defaultBranch));
  }
  if (resources.has('mergeRequests')) await fetchUnlessGone(() => syncWorkItems(ctx, 'mergeRequests'));
  if (resources.has('issues')) await fetchUnlessGone(() => syncWorkItems(ctx, 'issues'));
  if (resources.has('pipelines')) await fetchUnlessGone(() => syncPipelines(ctx));
  return { requests, fetched, skipped };
}
