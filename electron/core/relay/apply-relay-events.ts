import type { RelayFeed } from '../../../shared/api/relay-feed';
import type { TargetedResource } from '../gitlab/sync-project-resources';
import type { Store } from '../store/create-store';
import { mapWebhookRows, type WebhookChange } from './map-webhook-rows';

export interface AppliedPage {
  /** Events whose rows were written (or rewritten: applying an event twice changes nothing). */
  applied: number;
  /** Events for a project no course has. */
  ignored: number;
  /** Events with nothing the store keeps (deployments, releases, unknown kinds, unreadable payloads). */
  skipped: number;
  /** Courses whose data changed: how many events touched each. */
  touched: Map<number, { count: number }>;
  /** Project row ids whose rows changed, with the resources a targeted sync should refresh for each. */
  stale: Map<number, Set<TargetedResource>>;
}

/**
 * Where the REST API has what a webhook leaves out: a merge request's merged_at and merge commit, a
 * commit's stats and parents, a pipeline's jobs (retries included) and test report, a tag's date.
 * A comment makes its parent's listing stale (the parent's updated_at moves, so its notes are re-read).
 */
export function staleResourceOf(change: WebhookChange): TargetedResource {
  switch (change.kind) {
    case 'pipeline':
    case 'job':
    case 'pipeline_report':
      return 'pipelines';
    case 'merge_request':
      return 'mergeRequests';
    case 'issue':
      return 'issues';
    case 'note':
      return change.parent === 'MergeRequest' ? 'mergeRequests' : 'issues';
    case 'push':
    case 'tag':
      return 'commits';
  }
}

function sameInstance(stored: string, sent: string): boolean {
  return stored.replace(/\/+$/, '').toLowerCase() === sent.toLowerCase();
}

function writeChange(store: Store, projectId: number, change: WebhookChange): void {
  switch (change.kind) {
    case 'pipeline':
      store.pipelines.upsertPipelines(projectId, [change.pipeline]);
      store.pipelines.upsertJobs(projectId, change.jobs);
      return;
    case 'job':
      store.pipelines.upsertJobs(projectId, [change.job]);
      return;
    case 'pipeline_report':
      store.pipelines.mergePipelineReport(projectId, change.report);
      return;
    case 'merge_request':
      store.workItems.mergeWebhookMergeRequest(projectId, change.mergeRequest);
      return;
    case 'issue':
      store.workItems.mergeWebhookIssue(projectId, change.issue);
      return;
    case 'note':
      store.workItems.upsertNote(projectId, change.parent, change.iid, change.note);
      return;
    case 'push':
      store.repository.insertWebhookCommits(projectId, change.commits);
      return;
    case 'tag':
      if (change.tag) store.repository.upsertTag(projectId, change.tag);
      else store.repository.deleteTag(projectId, change.name);
      return;
  }
}

/**
 * Applies one page of the relay's feed and moves the cursor past it, all in one transaction: either
 * the page's rows and the new cursor are both on disk or neither is. Every write is an upsert keyed by
 * GitLab's ids, so a page fetched again after a crash (or a duplicate the relay let through) is harmless.
 */
export function applyRelayEvents(store: Store, page: RelayFeed, pulledAt: string): AppliedPage {
  const result: AppliedPage = { applied: 0, ignored: 0, skipped: 0, touched: new Map(), stale: new Map() };
  store.transaction(() => {
    for (const event of page.events) {
      const mapped = mapWebhookRows(event);
      if (!mapped) {
        result.skipped += 1;
        continue;
      }
      const { instanceUrl } = mapped;
      const projects = store.projects
        .findProjectsByGitlabId(mapped.gitlabProjectId)
        .filter((p) => instanceUrl === null || sameInstance(p.instanceUrl, instanceUrl));
      if (projects.length === 0) {
        result.ignored += 1;
        continue;
      }
      for (const project of projects) {
        writeChange(store, project.projectId, mapped.change);
        const stale = result.stale.get(project.projectId) ?? new Set();
        stale.add(staleResourceOf(mapped.change));
        result.stale.set(project.projectId, stale);
        for (const courseId of project.courseIds) {
          const entry = result.touched.get(courseId) ?? { count: 0 };
          entry.count += 1;
          result.touched.set(courseId, entry);
        }
      }
      result.applied += 1;
    }
    const lastEvent = page.events.at(-1);
    store.relay.commitRelayPage({
      cursor: page.nextCursor,
      lastEventAt: lastEvent ? new Date(lastEvent.receivedAt).toISOString() : null,
      applied: result.applied,
      ignored: result.ignored + result.skipped,
      pulledAt,
    });
  });
  return result;
}
