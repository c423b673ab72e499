/**
 * GitLab 16.7+ answers GET /projects/<old path> of a renamed or moved project with 301 Moved
 * Permanently and a Location of /api/v4/projects/<id>. That one redirect is followed, and only when
 * it stays on the same origin (scheme, host and port) under the same API root and names a numeric
 * project id: the token then goes nowhere it was not already going. Any other redirect is refused.
 */
export function findFollowableProjectRedirect(url: URL, status: number, location: string | undefined): URL | null {
  if (status !== 301 && status !== 308) return null;
  if (!location) return null;
  const root = /^(.*\/api\/v4)\/projects\/[^/]+$/.exec(url.pathname)?.[1];
  if (root === undefined) return null;
  let target: URL;
  try {
    target = new URL(location, url);
  } catch {
    return null;
  }
  if (target.origin !== url.origin || target.username !== '' || target.password !== '') return null;
  if (!new RegExp(`^${escapeRegExp(root)}/projects/\\d+$`).test(target.pathname)) return null;
  // The original query (none for a project lookup) goes along; whatever the Location carried does not.
  target.search = url.search;
  target.hash = '';
  return target;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
