import { Groups, Pipelines, Projects, Users } from '@gitbeaker/rest';
import { createRequesterFn } from '@gitbeaker/requester-utils';
import type { GitlabRequester } from './gitlab-requester';

export interface Page {
  items: unknown[];
  nextPage: number | null;
}

export interface PipelineListQuery {
  updatedAfter?: string;
  page: number;
}

/** GitLab caps per_page at 100; asking for the maximum keeps the request count minimal. */
export const perPage = 100;

interface ExpandedList {
  data: unknown[];
  paginationInfo: { next: number | null };
}

function toPage(result: unknown): Page {
  const expanded = result as ExpandedList;
  return { items: expanded.data, nextPage: expanded.paginationInfo.next };
}

/**
 * GitLab's REST API through @gitbeaker/rest, with every request routed through our requester (one
 * rate budget per instance, per-request timeouts, retries that honour Retry-After). Results are
 * returned unvalidated; the syncers parse them with the zod schemas in schemas.ts.
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
  const config = { host: options.baseUrl, token: options.token, requesterFn, queryTimeout: 0 };
  const groups = new Groups(config);
  const projects = new Projects(config);
  const pipelines = new Pipelines(config);
  const users = new Users(config);

  return {
    async fetchCurrentUser(): Promise<unknown> {
      return users.showCurrentUser();
    },
    async fetchProject(pathOrId: string | number): Promise<unknown> {
      return projects.show(pathOrId);
    },
    async fetchGroupProjectsPage(groupPath: string, page: number): Promise<Page> {
      return toPage(
        await groups.allProjects(groupPath, {
          includeSubgroups: true,
          withShared: false,
          archived: false,
          orderBy: 'id',
          sort: 'asc',
          pagination: 'offset',
          page,
          perPage,
          showExpanded: true,
        }),
      );
    },
    /** Oldest update first, so a cursor saved after each page never skips what comes later. */
    async fetchPipelinesPage(projectId: number, query: PipelineListQuery): Promise<Page> {
      return toPage(
        await pipelines.all(projectId, {
          ...(query.updatedAfter ? { updatedAfter: query.updatedAfter } : {}),
          orderBy: 'updated_at',
          sort: 'asc',
          page: query.page,
          perPage,
          showExpanded: true,
        }),
      );
    },
  };
}

export type GitlabClient = ReturnType<typeof createGitlabClient>;
