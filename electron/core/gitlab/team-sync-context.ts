import type { StoredCounts, SyncResource } from '../../../shared/domain/sync';
import type { Store } from '../store/create-store';
import type { GitlabClient, Page } from './gitlab-client';
import { GitlabError } from './gitlab-error';
import type { Listing } from './parse-gitlab-list';

/** Everything one team's syncers share: where to read, where to write, what to report. */
export interface TeamSyncContext {
  client: GitlabClient;
  store: Store;
  instanceUrl: string;
  projectRowId: number;
  gitlabProjectId: number;
  /** Rows received from GitLab, by resource; the syncers add to it. */
  fetched: StoredCounts;
  /** Called after every page is committed. */
  onPage(resource: SyncResource): void;
  /** A resource of the team left out of this sync, with why (the message names the endpoint). */
  onSkipped(resource: SyncResource, message: string): void;
  /**
   * GET /users/:id answers shared by the teams of one sync: staff appear on every team, and teams
   * syncing side by side would otherwise each fetch them before any had stored them.
   */
  userLookups: Map<number, Promise<unknown>>;
  /**
   * The course staff: members of the course group (and the groups above it) with Reporter or higher,
   * read once per sync; null for a course made of project paths, which has no course group.
   */
  loadCourseStaff(): Promise<Set<number> | null>;
  /** The instance's GitLab version (GET /version, once per sync); null when GitLab would not say. */
  loadInstanceVersion(): Promise<{ major: number; minor: number } | null>;
  /** Users whose GET /users/:id GitLab rate-limited in this sync; looked up again by the next one. */
  deferredUserIds: Set<number>;
}

/**
 * A 404 or a plain 403 on something inside a team (a merge request deleted between listing and
 * reading its notes, issues switched off, a banned user): that one thing is skipped, not the team.
 * A refusal of the token's whole account (Terms of Service, deactivated, blocked) is neither.
 */
export function isGoneOrHidden(error: unknown): error is GitlabError {
  return error instanceof GitlabError && (error.kind === 'not_found' || (error.kind === 'forbidden' && error.scope === null && !error.isAccountRefusal));
}

/** Runs a child fetch; null when GitLab no longer shows the item. */
export async function fetchUnlessGone<T>(fetch: () => Promise<T>): Promise<T | null> {
  try {
    return await fetch();
  } catch (error) {
    if (isGoneOrHidden(error)) return null;
    throw error;
  }
}

/** Reads every page of a bounded child list (one MR's notes, one pipeline's jobs). */
export async function readAllPages(fetchPage: (page: number) => Promise<Page>): Promise<Listing> {
  const items: unknown[] = [];
  let endpoint = '';
  for (let page: number | null = 1; page !== null;) {
    const result = await fetchPage(page);
    items.push(...result.items);
    endpoint = result.endpoint;
    page = result.nextPage;
  }
  return { items, endpoint };
}
