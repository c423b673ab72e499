import type { GeneratedCourse } from '../../../electron/core/demo/course-types';

/** A personal access token the simulator accepts. */
export interface SimToken {
  scopes: string[];
  /** `YYYY-MM-DD`; the token stops working at midnight UTC of that day (simulated clock). */
  expiresAt: string | null;
  state: 'active' | 'expired' | 'revoked';
  userId: number;
  name: string;
}

/** One request the simulator answered (or dropped: status 0 for reset and timeout faults). */
export interface SimRequest {
  method: string;
  /** Path as sent, still percent-encoded, without the query string. */
  path: string;
  /** The query string without '?', as URLSearchParams prints it. */
  query: string;
  status: number;
  /** Date.now() when the request arrived. */
  at: number;
}

export type FaultKind = '429' | '500' | '502' | '503' | 'reset' | 'timeout' | 'delay';

export interface FaultSpec {
  kind: FaultKind;
  /** Only requests whose path (with query) matches; all requests when omitted. */
  match?: RegExp | string;
  /** Fire on every Nth matching request (N, 2N, ...). */
  every?: number;
  /** Fire on the next N matching requests, then retire. Without every/times the fault fires on every match. */
  times?: number;
  /** For '429': the Retry-After header, in seconds. Default 1. */
  retryAfterSeconds?: number;
  /** For '429': answer with GitLab's application-limit JSON body instead of the plain-text throttle body. */
  jsonBody?: boolean;
  /** For 'timeout': how long to hold the request before destroying the socket. Default 30 000. */
  holdMs?: number;
  /** For 'delay': extra latency before the normal answer. */
  delayMs?: number;
}

export interface StartGitlabSimulatorOptions {
  course: GeneratedCourse;
  /** Accepted tokens by value; defaults to DEFAULT_SIMULATOR_TOKEN for the first staff user. */
  tokens?: Record<string, SimToken>;
  /** Requests per token per fixed 60 s window; no throttling when omitted. */
  rateLimitPerMinute?: number;
  /**
   * GitLab's users_get_by_id application limit on GET /users/:id, per token user, in windows of the
   * simulated clock (default 10 minutes); no limit when omitted (GitLab's default is 300).
   */
  usersRateLimit?: { limit: number; intervalMs?: number };
  /** Added before every response. */
  latencyMs?: number;
  /**
   * Renders timestamps at this UTC offset ('+01:00', '-05:30'), like an instance set to a local time
   * zone; UTC ('...Z') when omitted. The clock and stored course stay in UTC.
   */
  timeZoneOffset?: string;
  /**
   * Default true: serve a private deep copy, so mutation helpers never touch the caller's course.
   * Benchmarks with huge courses may pass false to save the copy's time and memory.
   */
  shouldCopyCourse?: boolean;
}

/** The simulated "now" that stamps objects the mutation helpers create or change. */
export interface SimClock {
  /** Current simulated time as a REST timestamp. */
  readonly now: string;
  readonly nowMs: number;
  advance(ms: number): string;
  set(iso: string): void;
}
