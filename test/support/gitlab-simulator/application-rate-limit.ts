import type { RouteResult } from './route-types';

/**
 * GitLab's application rate limiter (Gitlab::ApplicationRateLimiter) for one endpoint, e.g.
 * users_get_by_id: 300 GET /users/:id per 10 minutes per user by default since GitLab 14.8. Counts in
 * fixed windows aligned to the clock (its cache key holds now / interval), here the simulated clock so
 * a test can let a window pass. Past the limit the answer is a JSON 429 with no Retry-After and no
 * RateLimit-* headers, unlike the Rack::Attack throttles.
 */
export interface ApplicationRateLimit {
  /** Requests allowed per window. */
  limit: number;
  /** Window length in ms; GitLab's users_get_by_id uses 10 minutes. */
  intervalMs?: number;
}

export const APPLICATION_LIMIT_BODY = { message: { error: 'This endpoint has been requested too many times. Try again later.' } };

export class ApplicationRateLimiter {
  private readonly counts = new Map<string, number>();

  constructor(private readonly spec: ApplicationRateLimit) {}

  /** Null when the request may go on; the 429 otherwise. */
  admit(scope: string, nowMs: number): RouteResult | null {
    const interval = this.spec.intervalMs ?? 600_000;
    const key = `${scope}:${Math.floor(nowMs / interval)}`;
    const count = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, count);
    return count > this.spec.limit ? { status: 429, body: APPLICATION_LIMIT_BODY } : null;
  }
}
