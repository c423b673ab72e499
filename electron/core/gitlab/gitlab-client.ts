import { Projects } from '@gitbeaker/rest';
import { createRequesterFn } from '@gitbeaker/requester-utils';
import { decideNextPage } from './decide-next-page';
import { GitlabError } from './gitlab-error';
import type { GitlabRequester } from './gitlab-requester';
import type { Listing } from './parse-gitlab-list';

export interface Page extends Listing {
  nextPage: number | null;
  /** GitLab's clock when it answered (the Date header), ISO; null when it sent none. */
  serverDate?: string | null;
}

type Query = Record<string, string | number | boolean | undefined>;

/** GitLab caps per_page at 100; asking for the maximum keeps the request count minimal. */
export const perPage = 100;

const id = (value: string | number) => encodeURIComponent(String(value));

/**
 * GitLab's REST API through @gitbeaker/rest, with every request routed through our requester (one
 * rate budget per instance, per-request timeouts, retries that honour Retry-After). Lists are read
 * one page at a time so a project's history is never held in memory at once; results come back
 * unvalidated and the syncers parse them with the zod schemas in schemas.ts.
 */
export function createGitlabClient(options: { baseUrl: string; token: string; requester: GitlabRequester }) {
  const requesterFn = createRequesterFn(
    (_service, requestOptions) => Promise.resolve(requestOptions),
    async (endpoint, requestOptions) => {
      const opts = (requestOptions ?? {}) as { prefixUrl?: string; searchParams?: string; method?: string; headers?: Record<string, string> };
      const base = opts.prefixUrl?.endsWith('/') ? opts.prefixUrl : `${opts.prefixUrl ?? ''}/`;
      const url = new URL(endpoint, base);
      url.search = opts.searchParams ?? '';
      const response = await options.requester(url, { method: opts.method ?? 'GET', headers: opts.headers ?? {} });
      return response as { body: never; headers: Record<string, string>; status: number };
    },
  );
  // queryTimeout 0: gitbeaker would otherwise put one timeout on a whole listing; ours is per request.
  const { requester } = new Projects({ host: options.baseUrl, token: options.token, requesterFn, queryTimeout: 0 });

  async function fetchOne(endpoint: string, query: Query = {}): Promise<unknown> {
    return (await requester.get(endpoint, { searchParams: query })).body;
  }

  async function fetchPage(endpoint: string, page: number, query: Query = {}): Promise<Page> {
    const response = await requester.get(endpoint, { searchParams: { ...query, page, perPage } });
    if (!Array.isArray(response.body)) throw new GitlabError('bad_response', `GitLab did not send a list for ${endpoint}.`);
    const date = Date.parse(response.headers.date ?? '');
    const items = response.body as unknown[];
    const requestUrl = new URL(endpoint, `${options.baseUrl.replace(/\/$/, '')}/api/v4/`).href;
    const nextPage = decideNextPage({ headers: response.headers, page, itemCount: items.length, endpoint, requestUrl });
    return { items, endpoint, nextPage, serverDate: Number.isNaN(date) ? null : new Date(date).toISOString() };
  }

  return {
    fetchCurrentUser: () => fetchOne('user'),
    fetchTokenSelf: () => fetchOne('personal_access_tokens/self'),
    fetchUser: (userId: number) => fetchOne(`users/${userId}`),
    fetchProject: (pathOrId: string | number) => fetchOne(`projects/${id(pathOrId)}`),
    /** Archived projects too: universities archive team projects at the end of a semester, and they stay gradeable. */
    fetchGroupProjectsPage: (groupPath: string, page: number) =>
      fetchPage(`groups/${id(groupPath)}/projects`, page, { includeSubgroups: true, withShared: false, orderBy: 'id', sort: 'asc' }),
    /** The course group's members with those of the groups above it: the course staff. */
    fetchGroupMembersPage: (groupPath: string, page: number) => fetchPage(`groups/${id(groupPath)}/members/all`, page),
    fetchMembersPage: (projectId: number, page: number, scope: 'all' | 'direct') =>
      fetchPage(`projects/${projectId}/members${scope === 'all' ? '/all' : ''}`, page),
    fetchBranchesPage: (projectId: number, page: number) => fetchPage(`projects/${projectId}/repository/branches`, page),
    fetchTagsPage: (projectId: number, page: number) => fetchPage(`projects/${projectId}/repository/tags`, page),
    /** Topological order puts a new merge's second-parent history next to it, so walks end sooner. */
    fetchCommitsPage: (projectId: number, ref: string, page: number) =>
      fetchPage(`projects/${projectId}/repository/commits`, page, { refName: ref, withStats: true, order: 'topo' }),
    /** Every commit of every ref: a project's first sync reads its history once this way, not branch by branch. */
    fetchAllCommitsPage: (projectId: number, page: number) =>
      fetchPage(`projects/${projectId}/repository/commits`, page, { all: true, withStats: true, order: 'topo' }),
    /** Ordered by id (pipelines) or creation (MRs, issues): positions stay put while items are updated mid-listing. */
    fetchPipelinesPage: (projectId: number, updatedAfter: string | null, page: number, source?: 'parent_pipeline') =>
      fetchPage(`projects/${projectId}/pipelines`, page, { updatedAfter: updatedAfter ?? undefined, source, orderBy: 'id', sort: 'asc' }),
    /** A pipeline's trigger jobs; each names the pipeline it started as downstream_pipeline. */
    fetchBridgesPage: (projectId: number, pipelineId: number, page: number) => fetchPage(`projects/${projectId}/pipelines/${pipelineId}/bridges`, page),
    fetchVersion: () => fetchOne('version'),
    fetchMergeRequestsPage: (projectId: number, updatedAfter: string | null, page: number) =>
      fetchPage(`projects/${projectId}/merge_requests`, page, { state: 'all', updatedAfter: updatedAfter ?? undefined, orderBy: 'created_at', sort: 'asc' }),
    fetchIssuesPage: (projectId: number, updatedAfter: string | null, page: number) =>
      fetchPage(`projects/${projectId}/issues`, page, { state: 'all', updatedAfter: updatedAfter ?? undefined, orderBy: 'created_at', sort: 'asc' }),
    fetchNotesPage: (projectId: number, parent: 'merge_requests' | 'issues', iid: number, page: number) =>
      fetchPage(`projects/${projectId}/${parent}/${iid}/notes`, page, { orderBy: 'created_at', sort: 'asc' }),
    fetchJobsPage: (projectId: number, pipelineId: number, page: number) => fetchPage(`projects/${projectId}/pipelines/${pipelineId}/jobs`, page),
    fetchTestReportSummary: (projectId: number, pipelineId: number) => fetchOne(`projects/${projectId}/pipelines/${pipelineId}/test_report_summary`),
    /** A file's raw text at ref, or null when the file does not exist there. */
    async fetchRawFile(projectId: number, path: string, ref: string): Promise<string | null> {
      try {
        const body = await fetchOne(`projects/${projectId}/repository/files/${id(path)}/raw`, { ref });
        return typeof body === 'string' ? body : JSON.stringify(body);
      } catch (error) {
        if (error instanceof GitlabError && error.kind === 'not_found') return null;
        throw error;
      }
    },
  };
}

export type GitlabClient = ReturnType<typeof createGitlabClient>;
