import type { RouteDefinition, RouteHandler } from './route-types';

export interface RouteMatch {
  handler: RouteHandler;
  params: Record<string, string>;
}

/**
 * Matches the path after /api/v4 segment by segment. Segments are split before decoding, so an
 * encoded full path (`teaching%2Fse-2026%2Fteam-01`) stays one `:id` parameter.
 */
export function matchRoute(routes: RouteDefinition[], apiPath: string, method = 'GET'): RouteMatch | null {
  const segments = apiPath.split('/').filter((segment) => segment !== '');
  const wanted = method === 'HEAD' ? 'GET' : method;
  for (const route of routes) {
    if (route.pattern.length !== segments.length || (route.method ?? 'GET') !== wanted) continue;
    const params: Record<string, string> = {};
    let isMatch = true;
    for (let index = 0; index < segments.length; index += 1) {
      const expected = route.pattern[index] ?? '';
      const actual = segments[index] ?? '';
      if (expected.startsWith(':')) {
        try {
          params[expected.slice(1)] = decodeURIComponent(actual);
        } catch {
          isMatch = false;
          break;
        }
      } else if (expected !== actual) {
        isMatch = false;
        break;
      }
    }
    if (isMatch) return { handler: route.handler, params };
  }
  return null;
}
