import { GitlabError } from './gitlab-error';

/**
 * Node's fetch, like browsers, refuses a list of "bad ports" (10080, common for GitLab in Docker,
 * among them) before connecting: retrying cannot help, and "network error" would hide why.
 * Returns the error to give up with, or null when the failure was something else.
 */
export function describeBlockedPort(error: unknown, url: URL): GitlabError | null {
  const cause = (error as { cause?: { message?: unknown } }).cause;
  if (cause?.message !== 'bad port') return null;
  return new GitlabError(
    'network',
    `The HTTP client refuses port ${url.port} of ${url.origin} (a port browsers block too); serve GitLab through a reverse proxy on an allowed port, such as 443, and use that address.`,
  );
}
