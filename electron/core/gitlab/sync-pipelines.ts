import type { Store } from '../store/create-store';
import type { GitlabClient } from './gitlab-client';
import { type GitlabPipeline, PipelineSchema } from './schemas';
import { parseGitlabList } from './parse-gitlab-list';

/**
 * Cursor for one project's pipelines. `updatedAfter` is where the next listing starts; `listing` is
 * a listing in progress, saved after every page so a killed sync resumes at the next page.
 */
export interface PipelineCursor {
  updatedAfter: string | null;
  listing: { filter: string | null; nextPage: number; startedAt: string; maxSeen: string | null } | null;
}

/**
 * Pipelines change status after they are listed (running → success), and GitLab's updated_after is
 * "on or after", so each listing starts a little before the newest update already seen. The overlap
 * also absorbs clock skew between this laptop and GitLab.
 */
export const pipelineOverlapMs = 10 * 60_000;

function computeNextUpdatedAfter(listing: NonNullable<PipelineCursor['listing']>, previous: string | null): string | null {
  if (!listing.maxSeen) return previous;
  // Pipelines updated while this listing ran can be older than the newest one seen on a later page,
  // so the cursor never moves past the moment the listing started.
  const until = Math.min(Date.parse(listing.maxSeen), Date.parse(listing.startedAt));
  return new Date(until - pipelineOverlapMs).toISOString();
}

function maxTimestamp(current: string | null, pipelines: GitlabPipeline[]): string | null {
  let max = current;
  for (const p of pipelines) if (max === null || Date.parse(p.updated_at) > Date.parse(max)) max = p.updated_at;
  return max;
}

export interface SyncPipelinesInput {
  client: GitlabClient;
  store: Store;
  projectRowId: number;
  gitlabProjectId: number;
  onPage?: (fetched: number) => void;
}

/** Pulls one project's pipelines on all refs, page by page, each page committed with its cursor. */
export async function syncPipelines(input: SyncPipelinesInput): Promise<number> {
  const { store, projectRowId } = input;
  const cursor = store.cursors.readCursor<PipelineCursor>(projectRowId, 'pipelines') ?? { updatedAfter: null, listing: null };
  let listing = cursor.listing ?? { filter: cursor.updatedAfter, nextPage: 1, startedAt: new Date().toISOString(), maxSeen: null };
  let fetched = 0;
  for (;;) {
    const page = await input.client.fetchPipelinesPage(input.gitlabProjectId, {
      ...(listing.filter ? { updatedAfter: listing.filter } : {}),
      page: listing.nextPage,
    });
    const pipelines = parseGitlabList(PipelineSchema, page.items, 'pipeline');
    fetched += pipelines.length;
    listing = { ...listing, maxSeen: maxTimestamp(listing.maxSeen, pipelines) };
    const next: PipelineCursor =
      page.nextPage === null
        ? { updatedAfter: computeNextUpdatedAfter(listing, cursor.updatedAfter), listing: null }
        : { updatedAfter: cursor.updatedAfter, listing: { ...listing, nextPage: page.nextPage } };
    store.transaction(() => {
      store.pipelines.upsertPipelines(projectRowId, pipelines);
      store.cursors.writeCursor(projectRowId, 'pipelines', next);
    });
    input.onPage?.(pipelines.length);
    if (page.nextPage === null) return fetched;
    listing = { ...listing, nextPage: page.nextPage };
  }
}
