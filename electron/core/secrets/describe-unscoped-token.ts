/**
 * A warning for GITLAB_TOKEN set without GITLAB_URL while courses name more than one GitLab instance:
 * the token then goes to every one of them (resolve-token.ts), so one instance's token reaches the
 * others, which may log or misuse it. Null when there is nothing to warn about.
 */
export function describeUnscopedToken(env: Record<string, string | undefined>, gitlabUrls: readonly string[]): string | null {
  if (!env.GITLAB_TOKEN?.trim() || env.GITLAB_URL?.trim()) return null;
  const instances = [...new Set(gitlabUrls)].sort();
  if (instances.length < 2) return null;
  return (
    `GITLAB_TOKEN is set without GITLAB_URL, so it is sent to all ${instances.length} GitLab instances the courses use ` +
    `(${instances.join(', ')}); set GITLAB_URL to the instance the token belongs to.`
  );
}
