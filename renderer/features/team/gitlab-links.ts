/** GitLab pages behind the team page's figures, from the project's web URL. */
export const gitlabLinks = {
  pipelines: (projectUrl: string): string => `${projectUrl}/-/pipelines`,
  commits: (projectUrl: string): string => `${projectUrl}/-/commits`,
  commitsBy: (projectUrl: string, authorName: string): string => `${projectUrl}/-/commits?author=${encodeURIComponent(authorName)}`,
  mergeRequests: (projectUrl: string): string => `${projectUrl}/-/merge_requests?scope=all&state=all`,
  mergeRequestsBy: (projectUrl: string, username: string): string =>
    `${projectUrl}/-/merge_requests?scope=all&state=all&author_username=${encodeURIComponent(username)}`,
  issues: (projectUrl: string): string => `${projectUrl}/-/issues?scope=all&state=all`,
  ciFile: (projectUrl: string, path: string): string => `${projectUrl}/-/blob/HEAD/${path}`,
  /** A user's GitLab profile sits at the instance's root; an unparsable project URL gives no link (plain text). */
  user: (projectUrl: string, username: string): string => {
    try {
      return `${new URL(projectUrl).origin}/${encodeURIComponent(username)}`;
    } catch {
      return '';
    }
  },
};
