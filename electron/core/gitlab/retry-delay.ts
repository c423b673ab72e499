export interface RetryDelayInput {
  attempt: number;
  retryAfter: string | null;
  rateLimitReset: string | null;
  nowMs: number;
  random?: () => number;
}

const maxBackoffMs = 30_000;

/**
 * How long to wait before retrying: GitLab's Retry-After (seconds or an HTTP date) first, then
 * RateLimit-Reset (unix seconds), then capped exponential backoff with jitter so that several
 * clients of one instance do not retry in lockstep.
 */
export function computeRetryDelayMs(input: RetryDelayInput): number {
  const fromRetryAfter = parseRetryAfter(input.retryAfter, input.nowMs);
  if (fromRetryAfter !== null) return fromRetryAfter;
  if (input.rateLimitReset) {
    const reset = Number(input.rateLimitReset) * 1000;
    if (Number.isFinite(reset) && reset > input.nowMs) return reset - input.nowMs;
  }
  const base = Math.min(maxBackoffMs, 500 * 2 ** input.attempt);
  const random = input.random ?? Math.random;
  return Math.round(base / 2 + random() * (base / 2));
}

function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, date - nowMs);
}
