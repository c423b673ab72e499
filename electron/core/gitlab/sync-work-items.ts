import type { NoteParent } from '../store/work-items-repo';
import { parseGitlabList } from './parse-gitlab-list';
import { type GitlabIssue, type GitlabMergeRequest, type GitlabNote, IssueSchema, MergeRequestSchema, NoteSchema } from './schemas';
import { syncUpdatedList } from './sync-updated-list';
import { readAllPages, type TeamSyncContext } from './team-sync-context';

/**
 * Notes have no updated_after filter, but a new or edited comment moves its merge request's or
 * issue's updated_at; so notes are re-read only for the items whose updated_at changed.
 */
async function fetchNotesOfChanged(
  ctx: TeamSyncContext,
  items: Array<{ id: number; iid: number; updated_at: string }>,
  known: Map<number, string>,
  parent: 'merge_requests' | 'issues',
): Promise<Map<number, GitlabNote[]>> {
  const notes = new Map<number, GitlabNote[]>();
  for (const item of items.filter((i) => known.get(i.id) !== i.updated_at)) {
    const raw = await readAllPages((page) => ctx.client.fetchNotesPage(ctx.gitlabProjectId, parent, item.iid, page));
    const parsed = parseGitlabList(NoteSchema, raw, 'note');
    notes.set(item.iid, parsed);
    ctx.fetched.notes += parsed.length;
  }
  return notes;
}

function writeNotes(ctx: TeamSyncContext, parent: NoteParent, notes: Map<number, GitlabNote[]>): void {
  for (const [iid, list] of notes) ctx.store.workItems.replaceNotes(ctx.projectRowId, parent, iid, list);
}

export async function syncMergeRequests(ctx: TeamSyncContext): Promise<void> {
  const known = ctx.store.workItems.readUpdatedAt(ctx.projectRowId, 'merge_requests');
  await syncUpdatedList<GitlabMergeRequest, Map<number, GitlabNote[]>>(ctx, {
    resource: 'mergeRequests',
    fetchPage: (updatedAfter, page) => ctx.client.fetchMergeRequestsPage(ctx.gitlabProjectId, updatedAfter, page),
    parse: (items) => parseGitlabList(MergeRequestSchema, items, 'merge request'),
    updatedAtOf: (mr) => mr.updated_at,
    prepare: (items) => fetchNotesOfChanged(ctx, items, known, 'merge_requests'),
    write(items, notes) {
      ctx.store.workItems.upsertMergeRequests(ctx.projectRowId, items);
      writeNotes(ctx, 'MergeRequest', notes);
      for (const i of items) known.set(i.id, i.updated_at);
      ctx.fetched.mergeRequests += items.length;
    },
  });
}

export async function syncIssues(ctx: TeamSyncContext): Promise<void> {
  const known = ctx.store.workItems.readUpdatedAt(ctx.projectRowId, 'issues');
  await syncUpdatedList<GitlabIssue, Map<number, GitlabNote[]>>(ctx, {
    resource: 'issues',
    fetchPage: (updatedAfter, page) => ctx.client.fetchIssuesPage(ctx.gitlabProjectId, updatedAfter, page),
    parse: (items) => parseGitlabList(IssueSchema, items, 'issue'),
    updatedAtOf: (issue) => issue.updated_at,
    prepare: (items) => fetchNotesOfChanged(ctx, items, known, 'issues'),
    write(items, notes) {
      ctx.store.workItems.upsertIssues(ctx.projectRowId, items);
      writeNotes(ctx, 'Issue', notes);
      for (const i of items) known.set(i.id, i.updated_at);
      ctx.fetched.issues += items.length;
    },
  });
}
