import type { z } from 'zod';
import type { NoteParent } from '../store/work-items-repo';
import { parseGitlabList } from './parse-gitlab-list';
import { type GitlabNote, IssueSchema, MergeRequestSchema, NoteSchema } from './schemas';
import { syncUpdatedList } from './sync-updated-list';
import { fetchUnlessGone, readAllPages, type TeamSyncContext } from './team-sync-context';

const kinds = {
  mergeRequests: { path: 'merge_requests', parent: 'MergeRequest', schema: MergeRequestSchema, what: 'merge request' },
  issues: { path: 'issues', parent: 'Issue', schema: IssueSchema, what: 'issue' },
} as const;

type WorkItemKind = keyof typeof kinds;
type WorkItem = z.output<(typeof kinds)[WorkItemKind]['schema']>;

/**
 * Merge requests or issues by updated_after, with their comments. Notes have no updated_after
 * filter, but a new or edited comment moves its parent's updated_at, so notes are re-read only for the
 * items whose updated_at changed since the last sync.
 */
export async function syncWorkItems(ctx: TeamSyncContext, kind: WorkItemKind): Promise<void> {
  const spec = kinds[kind];
  const known = ctx.store.workItems.readUpdatedAt(ctx.projectRowId, spec.path);
  const fetchPage = kind === 'mergeRequests' ? ctx.client.fetchMergeRequestsPage : ctx.client.fetchIssuesPage;
  await syncUpdatedList<WorkItem, Map<number, GitlabNote[]>>(ctx, {
    resource: kind,
    fetchPage: (updatedAfter, page) => fetchPage(ctx.gitlabProjectId, updatedAfter, page),
    parse: (items) => parseGitlabList(spec.schema, items, spec.what),
    updatedAtOf: (item) => item.updated_at,
    async prepare(items) {
      const notes = new Map<number, GitlabNote[]>();
      for (const item of items.filter((i) => known.get(i.id) !== i.updated_at)) {
        const raw = await fetchUnlessGone(() => readAllPages((page) => ctx.client.fetchNotesPage(ctx.gitlabProjectId, spec.path, item.iid, page)));
        if (raw === null) continue;
        const parsed = parseGitlabList(NoteSchema, raw, 'note');
        notes.set(item.iid, parsed);
        ctx.fetched.notes += parsed.length;
      }
      return notes;
    },
    write(items, notes) {
      if (kind === 'mergeRequests') ctx.store.workItems.upsertMergeRequests(ctx.projectRowId, items as Array<z.output<typeof MergeRequestSchema>>);
      else ctx.store.workItems.upsertIssues(ctx.projectRowId, items as Array<z.output<typeof IssueSchema>>);
      const parent: NoteParent = spec.parent;
      for (const [iid, list] of notes) ctx.store.workItems.replaceNotes(ctx.projectRowId, parent, iid, list);
      for (const i of items) known.set(i.id, i.updated_at);
      ctx.fetched[kind] += items.length;
    },
  });
}
