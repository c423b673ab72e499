import type { BranchRow, CommitRow } from '../store/rows/repository-rows';
import { findMissingAncestors, findReachable } from './commit-graph';
import { GitlabError } from './gitlab-error';
import { mapBranchRow, mapCommitRow, mapTagRow } from './map-repository-rows';
import { parseGitlabList } from './parse-gitlab-list';
import { BranchSchema, CommitSchema, TagSchema } from './schemas';
import { readAllPages, type TeamSyncContext } from './team-sync-context';

/**
 * Branches, then the commits behind every branch whose head moved, then tags and the commits behind
 * every new or moved tag.
 *
 * Commits are not read by date: a commit pushed today may carry last month's author and commit
 * dates, and a date filter would miss it. Instead each moved head's history is walked from the
 * commits the database lacks (the frontier of the stored graph) until nothing is missing, so a walk
 * costs pages in proportion to what is new, whatever its dates. A killed walk resumes at the same
 * frontier. Afterwards commits that no branch reaches any more (force-push, deleted branch) are
 * marked unreachable (a tag keeps its commits reachable).
 */
export async function syncRepository(ctx: TeamSyncContext): Promise<BranchRow[]> {
  const { client, store, projectRowId, gitlabProjectId } = ctx;
  const branches = parseGitlabList(BranchSchema, await readAllPages((page) => client.fetchBranchesPage(gitlabProjectId, page)), 'branch').map(mapBranchRow);
  ctx.fetched.branches += branches.length;
  const before = store.repository.listBranches(projectRowId);
  const headsMoved = before.length !== branches.length || branches.some((b) => before.find((s) => s.name === b.name)?.headSha !== b.headSha);
  // The new heads and the note that reachability must be recomputed land together: a sync killed
  // before the recomputation still knows, when resumed, that commits may have been dropped.
  store.transaction(() => {
    store.repository.replaceBranches(projectRowId, branches);
    if (headsMoved) store.cursors.writeCursor(projectRowId, 'reachability', { isStale: true });
  });
  ctx.onPage('branches');

  const graph = store.repository.loadCommitGraph(projectRowId);
  // A first sync reads the whole history once across all refs; walking branch by branch would re-read
  // a page of shared history for every branch.
  if (graph.size === 0 && branches.length > 0) await readAllHistory(ctx, graph);
  for (const branch of branches) {
    const stored = before.find((b) => b.name === branch.name);
    if (stored?.syncedSha === branch.headSha) continue;
    await walkHistory(ctx, graph, branch.headSha);
    store.repository.markBranchSynced(projectRowId, branch.name, branch.headSha);
  }

  // Tags are read before reachability is settled: a tag keeps its commits reachable, and a tag pushed
  // since the last sync may point at commits no branch has (a release cut off a detached head).
  const tags = parseGitlabList(TagSchema, await readAllPages((page) => client.fetchTagsPage(gitlabProjectId, page)), 'tag').map(mapTagRow);
  ctx.fetched.tags += tags.length;
  const storedTags = store.repository.listTagTargets(projectRowId);
  const tagsMoved = storedTags.size !== tags.length || tags.some((t) => storedTags.get(t.name) !== t.targetSha);
  for (const tag of tags) {
    if (tag.targetSha !== '' && storedTags.get(tag.name) !== tag.targetSha) await walkHistory(ctx, graph, tag.targetSha);
  }
  store.transaction(() => {
    store.repository.replaceTags(projectRowId, tags);
    if (tagsMoved) store.cursors.writeCursor(projectRowId, 'reachability', { isStale: true });
  });
  ctx.onPage('tags');

  if (store.cursors.readCursor<{ isStale: boolean }>(projectRowId, 'reachability')?.isStale) {
    const reachable = findReachable(graph, [...branches.map((b) => b.headSha), ...tags.map((t) => t.targetSha).filter((sha) => sha !== '')]);
    store.transaction(() => {
      store.repository.markReachable(projectRowId, reachable);
      store.cursors.writeCursor(projectRowId, 'reachability', { isStale: false });
    });
  }
  return branches;
}

async function readAllHistory(ctx: TeamSyncContext, graph: Map<string, string[]>): Promise<void> {
  for (let page: number | null = 1; page !== null;) {
    const result = await ctx.client.fetchAllCommitsPage(ctx.gitlabProjectId, page);
    writeCommits(ctx, graph, parseGitlabList(CommitSchema, result, 'commit').map(mapCommitRow));
    page = result.nextPage;
  }
}

function writeCommits(ctx: TeamSyncContext, graph: Map<string, string[]>, listed: CommitRow[]): void {
  const commits = listed.filter((c) => !graph.has(c.sha));
  ctx.store.transaction(() => ctx.store.repository.upsertCommits(ctx.projectRowId, commits));
  for (const c of commits) graph.set(c.sha, c.parentShas);
  ctx.fetched.commits += commits.length;
  ctx.onPage('commits');
}

async function walkHistory(ctx: TeamSyncContext, graph: Map<string, string[]>, head: string): Promise<void> {
  let missing = findMissingAncestors(graph, [head]);
  while (missing.size > 0) {
    // Listing from a missing commit yields it and its ancestors, newest first.
    const start = missing.values().next().value as string;
    for (let page: number | null = 1; page !== null && missing.size > 0;) {
      const result = await ctx.client.fetchCommitsPage(ctx.gitlabProjectId, start, page);
      writeCommits(ctx, graph, parseGitlabList(CommitSchema, result, 'commit').map(mapCommitRow));
      missing = findMissingAncestors(graph, missing);
      page = result.nextPage;
    }
    if (missing.has(start)) throw new GitlabError('bad_response', `GitLab listed no commit ${start} although a branch points at it.`);
  }
}
