import type { CourseSource } from '../../../shared/domain/course';
import { ApiFailure } from '../api/api-failure';
import { createGitlabClient } from '../gitlab/gitlab-client';
import { GitlabError } from '../gitlab/gitlab-error';
import { createGitlabRequester } from '../gitlab/gitlab-requester';
import { createRateBudget } from '../gitlab/rate-budget';

export interface CheckCourseSourceOptions {
  gitlabUrl: string;
  token: string;
  fetch: typeof fetch;
  requestsPerMinute: number;
  source: CourseSource;
}

/**
 * Looks the group (one page of its projects) or every listed project up on GitLab before a course is
 * changed to it, so a typo in a path is refused in the form instead of surfacing as an empty sync.
 * A small budget of its own, as a connection test has: the instructor waits for this answer.
 */
export async function checkCourseSource(options: CheckCourseSourceOptions): Promise<void> {
  const requester = createGitlabRequester({
    budget: createRateBudget({ perMinute: options.requestsPerMinute, concurrency: 1 }),
    maxAttempts: 2,
    timeoutMs: 15_000,
    fetch: options.fetch,
  });
  const client = createGitlabClient({ baseUrl: options.gitlabUrl, token: options.token, requester });
  const paths = options.source.kind === 'group' ? [options.source.groupPath] : options.source.projectPaths;
  for (const path of paths) {
    try {
      if (options.source.kind === 'group') await client.fetchGroupProjectsPage(path, 1);
      else await client.fetchProject(path);
    } catch (error) {
      if (error instanceof GitlabError && (error.kind === 'not_found' || error.kind === 'forbidden')) {
        const what = options.source.kind === 'group' ? 'group' : 'project';
        throw new ApiFailure(
          'not_found',
          `${options.gitlabUrl} has no ${what} "${path}" that your token can see; check the path (as GitLab shows it, e.g. teaching/se-2026).`,
        );
      }
      throw error;
    }
  }
}
