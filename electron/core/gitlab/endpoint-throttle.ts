import { GitlabError } from './gitlab-error';

/**
 * GitLab's application rate limits (Gitlab::ApplicationRateLimiter: users_get_by_id, the raw file
 * endpoint, project jobs, …) answer 429 with a JSON body and neither Retry-After nor RateLimit-*
 * headers. They count per endpoint in fixed windows aligned to the clock (the cache key holds
 * now / interval), and every interval is a whole number of minutes, so no such limit lifts before the
 * next full minute. Such a 429 therefore pauses that one endpoint until then, never the instance's
 * whole budget: the other endpoints have their own counters and go on.
 */

/** Endpoints whose answers can wait for a later sync: a 429 there is not retried, the caller defers. */
const deferrableEndpoints: ReadonlySet<string> = new Set(['/users/:id']);

/** The endpoint a URL names, ids and paths replaced: /api/v4/users/42 → /users/:id. */
export function endpointKeyOf(url: URL): string {
  return url.pathname
    .replace(/^.*?\/api\/v4(?=\/)/, '')
    .split('/')
    .map((segment) => (/^\d+$/.test(segment) ? ':id' : segment.includes('%2F') ? ':path' : segment))
    .join('/');
}

export function isDeferrableEndpoint(key: string): boolean {
  return deferrableEndpoints.has(key);
}

/** A 429 that names no moment to come back: the application rate limiter's, not the throttle's. */
export function isUntimed429(status: number, headers: Record<string, string>): boolean {
  return status === 429 && !headers['retry-after'] && !headers['ratelimit-reset'];
}

export function deferredLookupError(key: string): GitlabError {
  return new GitlabError('rate_limited', `GitLab rate-limits ${key} for now; the lookup is left for a later sync.`, 429);
}

export function createEndpointThrottle(now: () => number = Date.now) {
  const pausedUntil = new Map<string, number>();
  return {
    /** How long the endpoint must still wait, in ms; 0 when it may be called. */
    waitMs(key: string): number {
      const until = pausedUntil.get(key) ?? 0;
      return Math.max(0, until - now());
    },
    /** Pauses the endpoint until the next full minute (at least a second); returns the wait in ms. */
    pauseUntilNextMinute(key: string): number {
      const t = now();
      const until = Math.max(Math.ceil((t + 1) / 60_000) * 60_000, t + 1_000);
      pausedUntil.set(key, Math.max(pausedUntil.get(key) ?? 0, until));
      return (pausedUntil.get(key) ?? until) - t;
    },
  };
}

export type EndpointThrottle = ReturnType<typeof createEndpointThrottle>;
