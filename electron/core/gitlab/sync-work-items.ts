import type { IssueRow, MergeRequestRow, NoteParent, NoteRow } from '../store/rows/work-item-rows';
import { mapIssueRow, mapMergeRequestRow, mapNoteRow } from './map-work-item-rows';
import { parseGitlabList } from './parse-gitlab-list';
import { IssueSchema, MergeRequestSchema, NoteSchema } from './schemas';
import { syncUpdatedList, type UpdatedListSpec } from './sync-updated-list';
import { fetchUnlessGone, readAllPages, type TeamSyncContext } from './team-sync-context';

type WorkItemKind = 'mergeRequests' | 'issues';
type WorkItemRow = MergeRequestRow | IssueRow;

const paths = { mergeRequests: 'merge_requests', issues: 'issues' } as const;
const parents: Record<WorkItemKind, NoteParent> = { mergeRequests: 'MergeRequest', issues: 'Issue' };

/**
 * Merge requests or issues by updated_after, with their comments. Notes have no updated_after
 * filter, but a new or edited comment moves its parent's updated_at, so notes are re-read only for the
 * items whose updated_at changed since the last sync.
 */
export async function syncWorkItems(ctx: TeamSyncContext, kind: WorkItemKind): Promise<void> {
  const path = paths[kind];
  const known = ctx.store.workItems.readUpdatedAt(ctx.projectRowId, path);
  const fetchPage = kind === 'mergeRequests' ? ctx.client.fetchMergeRequestsPage : ctx.client.fetchIssuesPage;
  const listing = {
    resource: kind,
    fetchPage: (updatedAfter, page) => fetchPage(ctx.gitlabProjectId, updatedAfter, page),
    updatedAtOf: (item) => item.updatedAt,
    async prepare(items) {
      const notes = new Map<number, NoteRow[]>();
      for (const item of items.filter((i) => known.get(i.gitlabId) !== i.updatedAt)) {
        const raw = await fetchUnlessGone(() => readAllPages((page) => ctx.client.fetchNotesPage(ctx.gitlabProjectId, path, item.iid, page)));
        if (raw === null) continue;
        const parsed = parseGitlabList(NoteSchema, raw, 'note').map(mapNoteRow);
        notes.set(item.iid, parsed);
        ctx.fetched.notes += parsed.length;
      }
      return notes;
    },
  } satisfies Omit<UpdatedListSpec<WorkItemRow, Map<number, NoteRow[]>>, 'parse' | 'write'>;

  const writeNotes = (notes: Map<number, NoteRow[]>) => {
    for (const [iid, list] of notes) ctx.store.workItems.replaceNotes(ctx.projectRowId, parents[kind], iid, list);
  };
  const remember = (items: WorkItemRow[]) => {
    for (const i of items) known.set(i.gitlabId, i.updatedAt);
    ctx.fetched[kind] += items.length;
  };
  if (kind === 'mergeRequests') {
    await syncUpdatedList<MergeRequestRow, Map<number, NoteRow[]>>(ctx, {
      ...listing,
      parse: (page) => parseGitlabList(MergeRequestSchema, page, 'merge request').map(mapMergeRequestRow),
      write(items, notes) {
        ctx.store.workItems.upsertMergeRequests(ctx.projectRowId, items);
        writeNotes(notes);
        remember(items);
      },
    });
  } else {
    await syncUpdatedList<IssueRow, Map<number, NoteRow[]>>(ctx, {
      ...listing,
      parse: (page) => parseGitlabList(IssueSchema, page, 'issue').map(mapIssueRow),
      write(items, notes) {
        ctx.store.workItems.upsertIssues(ctx.projectRowId, items);
        writeNotes(notes);
        remember(items);
      },
    });
  }
}
