import type { SyncResource } from '../../../shared/domain/sync';
import type { Page } from './gitlab-client';
import type { TeamSyncContext } from './team-sync-context';

/**
 * Cursor of a list read by updated_after. `updatedAfter` is where the next listing starts; `listing`
 * is a listing in progress, saved with every page so a killed sync resumes at the next page.
 */
export interface UpdatedListCursor {
  updatedAfter: string | null;
  listing: { filter: string | null; nextPage: number; startedAt: string; maxSeen: string | null } | null;
}

/**
 * Items change after they are listed (a pipeline goes from running to success, a comment lands on a
 * merge request) and updated_after means "on or after", so each listing starts a little before the
 * newest update already seen. The overlap also absorbs clock skew between the laptop and GitLab.
 */
const updatedAfterOverlapMs = 10 * 60_000;

function computeNextUpdatedAfter(listing: NonNullable<UpdatedListCursor['listing']>, previous: string | null): string | null {
  if (!listing.maxSeen) return previous;
  // Items updated while the listing ran may be older than the newest one seen on a later page, so
  // the cursor never moves past the moment the listing started.
  const until = Math.min(Date.parse(listing.maxSeen), Date.parse(listing.startedAt));
  return new Date(until - updatedAfterOverlapMs).toISOString();
}

export interface UpdatedListSpec<T, P> {
  resource: SyncResource;
  /** Where the cursor is kept when one resource has two listings (pipelines and child pipelines); the resource by default. */
  cursorKey?: string;
  fetchPage(updatedAfter: string | null, page: number): Promise<Page>;
  parse(page: Page): T[];
  updatedAtOf(item: T): string;
  /** Network work for one page (children of changed items) done before the page's transaction. */
  prepare(items: T[]): Promise<P>;
  /** Writes one page; runs inside the transaction that also saves the cursor. */
  write(items: T[], prepared: P): void;
}

/** Reads a list incrementally, page by page, each page committed together with its cursor. */
export async function syncUpdatedList<T, P>(ctx: TeamSyncContext, spec: UpdatedListSpec<T, P>): Promise<void> {
  const { store, projectRowId } = ctx;
  const cursorKey = spec.cursorKey ?? spec.resource;
  const cursor = store.cursors.readCursor<UpdatedListCursor>(projectRowId, cursorKey) ?? { updatedAfter: null, listing: null };
  // A listing resumed after a crash re-reads its last page: rows deleted meanwhile on earlier pages
  // shift later rows back by one, and the row at the page boundary would otherwise be skipped.
  const isFresh = cursor.listing === null;
  let listing = cursor.listing
    ? { ...cursor.listing, nextPage: Math.max(1, cursor.listing.nextPage - 1) }
    : { filter: cursor.updatedAfter, nextPage: 1, startedAt: new Date().toISOString(), maxSeen: null };
  for (;;) {
    const page = await spec.fetchPage(listing.filter, listing.nextPage);
    // GitLab's own clock marks the listing's start where it can: the laptop's may be off by minutes.
    if (isFresh && listing.nextPage === 1 && page.serverDate) listing = { ...listing, startedAt: page.serverDate };
    const items = spec.parse(page);
    const prepared = await spec.prepare(items);
    let maxSeen = listing.maxSeen;
    for (const item of items) {
      const at = spec.updatedAtOf(item);
      if (maxSeen === null || Date.parse(at) > Date.parse(maxSeen)) maxSeen = at;
    }
    listing = { ...listing, maxSeen };
    const next: UpdatedListCursor =
      page.nextPage === null
        ? { updatedAfter: computeNextUpdatedAfter(listing, cursor.updatedAfter), listing: null }
        : { updatedAfter: cursor.updatedAfter, listing: { ...listing, nextPage: page.nextPage } };
    store.transaction(() => {
      spec.write(items, prepared);
      store.cursors.writeCursor(projectRowId, cursorKey, next);
    });
    ctx.onPage(spec.resource);
    if (page.nextPage === null) return;
    listing = { ...listing, nextPage: page.nextPage };
  }
}
