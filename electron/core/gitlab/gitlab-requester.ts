import { describeBlockedPort } from './describe-blocked-port';
import { createEndpointThrottle, deferredLookupError, endpointKeyOf, isDeferrableEndpoint, isUntimed429, type EndpointThrottle } from './endpoint-throttle';
import { GitlabError, toGitlabError } from './gitlab-error';
import { findFollowableProjectRedirect } from './project-redirect';
import type { RateBudget } from './rate-budget';
import { BodyTooLargeError, findBodyLimit, formatLimit, readCappedBody } from './read-capped-body';
import { sleepUnlessAborted } from './sleep-unless-aborted';
import { computeRetryDelayMs } from './retry-delay';

export interface RequestRecord {
  at: string;
  method: string;
  /** Path and query only: the token travels in a header and is never recorded. */
  path: string;
  status: number | null;
  durationMs: number;
  bytes: number;
  budgetLeft: number;
}

export interface GitlabResponse {
  body: unknown;
  headers: Record<string, string>;
  status: number;
}

export interface GitlabRequesterOptions {
  budget: RateBudget;
  timeoutMs?: number;
  maxAttempts?: number;
  signal?: AbortSignal;
  onRequest?: (record: RequestRecord) => void;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** A fetch that trusts the connection's extra certificate authorities; the global fetch otherwise. */
  fetch?: typeof fetch;
  /** Endpoints paused by a 429 without Retry-After (see endpoint-throttle.ts). */
  endpointThrottle?: EndpointThrottle;
}

const secretQueryParams = /([?&](?:private_token|access_token|job_token)=)[^&]*/gi;

function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 500 || status === 502 || status === 503 || status === 504;
}

function parseBody(text: string, contentType: string): unknown {
  if (contentType.includes('json')) return text === '' ? null : (JSON.parse(text) as unknown);
  return text;
}

/**
 * Sends one GitLab request within the instance's budget, retrying 429, 5xx, timeouts and dropped
 * connections. The timeout is per attempt, never per listing, so a long history cannot time out.
 */
export function createGitlabRequester(options: GitlabRequesterOptions) {
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = options.maxAttempts ?? 6;
  const sleep = options.sleep ?? sleepUnlessAborted;
  const send = options.fetch ?? fetch;
  const throttle = options.endpointThrottle ?? createEndpointThrottle();

  return async function request(requestedUrl: URL, init: { method: string; headers: Record<string, string> }): Promise<GitlabResponse> {
    let url = requestedUrl;
    let redirectsLeft = 1;
    const what = `${url.pathname.replace(/^.*\/api\/v4/, '')}`;
    const endpoint = endpointKeyOf(url);
    for (let attempt = 0; ; attempt += 1) {
      const pausedMs = throttle.waitMs(endpoint);
      if (pausedMs > 0) {
        if (isDeferrableEndpoint(endpoint)) throw deferredLookupError(endpoint);
        await sleep(pausedMs, options.signal);
      }
      await options.budget.acquire(options.signal);
      const started = Date.now();
      let retryDelay: number | null = null;
      let failure: GitlabError;
      const attemptSignal = createAttemptSignal(timeoutMs, options.signal);
      try {
        // fetch never follows redirects: it would carry the token header to whatever host a redirect
        // names (an SSO page, an http→https hop, a proxy). Only a renamed project's same-origin 301 is.
        const response = await send(url, { method: init.method, headers: init.headers, signal: attemptSignal.signal, redirect: 'manual' });
        const text = await readBodyOrRefuse(options, init.method, url, response, started, what);
        const headers = Object.fromEntries(response.headers.entries());
        if (response.status >= 300 && response.status < 400) {
          record(options, init.method, url, response.status, started, 0);
          const moved = redirectsLeft > 0 ? findFollowableProjectRedirect(url, response.status, headers.location) : null;
          if (moved) {
            redirectsLeft -= 1;
            url = moved;
            continue;
          }
          throw new GitlabError('bad_response', describeRedirect(url, headers.location));
        }
        observeRateHeaders(options.budget, headers);
        record(options, init.method, url, response.status, started, Buffer.byteLength(text));
        if (response.ok) return { body: parseBody(text, headers['content-type'] ?? ''), headers, status: response.status };
        failure = toGitlabError(response.status, text, what);
        if (isUntimed429(response.status, headers)) {
          // An application rate limit: only this endpoint waits, and a deferrable lookup is not retried.
          const waitMs = throttle.pauseUntilNextMinute(endpoint);
          retryDelay = isDeferrableEndpoint(endpoint) ? null : waitMs;
        } else if (isRetryableStatus(response.status)) {
          retryDelay = computeRetryDelayMs({
            attempt,
            retryAfter: headers['retry-after'] ?? null,
            rateLimitReset: headers['ratelimit-reset'] ?? null,
            nowMs: Date.now(),
          });
          if (response.status === 429) options.budget.pauseUntil(Date.now() + retryDelay);
        }
      } catch (error) {
        if (options.signal?.aborted) throw new GitlabError('cancelled', 'Sync cancelled.');
        if (error instanceof GitlabError) throw error;
        if (error instanceof SyntaxError) throw new GitlabError('bad_response', `GitLab sent malformed JSON for ${what}.`);
        const blocked = describeBlockedPort(error, url);
        if (blocked) throw blocked;
        record(options, init.method, url, null, started, 0);
        const isTimeout = attemptSignal.hasTimedOut();
        failure = new GitlabError(
          isTimeout ? 'timeout' : 'network',
          isTimeout ? `GitLab did not answer ${what} within ${timeoutMs / 1000} s.` : `Cannot reach GitLab at ${url.origin} (${describeNetworkError(error)}).`,
        );
        // A refused connection or an unknown host rarely heals within seconds; give up sooner than on
        // a dropped connection or a timeout, so an offline laptop hears about it quickly.
        const isHopeless = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'].includes(describeNetworkError(error));
        retryDelay = isHopeless && attempt >= 1 ? null : computeRetryDelayMs({ attempt, retryAfter: null, rateLimitReset: null, nowMs: Date.now() });
      } finally {
        attemptSignal.dispose();
        options.budget.release();
      }
      if (retryDelay === null || attempt + 1 >= maxAttempts) throw failure;
      await sleep(retryDelay, options.signal);
    }
  };
}

/**
 * The body within its cap. An oversized one is that item's problem, recorded in the audit log and
 * named: downloading it again would only bring the same bytes, so it is never retried.
 */
async function readBodyOrRefuse(options: GitlabRequesterOptions, method: string, url: URL, response: Response, started: number, what: string): Promise<string> {
  try {
    return await readCappedBody(response, findBodyLimit(url));
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    record(options, method, url, response.status, started, error.bytesRead);
    const limit = formatLimit(error.limitBytes);
    throw new GitlabError('too_large', `GitLab sent more than ${limit} for ${what}; GitPulse reads at most ${limit} there and leaves it out.`, response.status);
  }
}

/**
 * One attempt's abort signal: its own timeout plus the sync's cancel. Built by hand rather than with
 * AbortSignal.timeout + AbortSignal.any, which keep a timer and listeners alive on the long-lived sync
 * signal for the full timeout after every request; over a sync of tens of thousands of requests that
 * garbage dominated the heap.
 */
function createAttemptSignal(timeoutMs: number, outer: AbortSignal | undefined) {
  const controller = new AbortController();
  let hasTimedOut = false;
  const timer = setTimeout(() => {
    hasTimedOut = true;
    controller.abort(new Error('timeout'));
  }, timeoutMs);
  const onOuterAbort = () => controller.abort(outer?.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  return {
    signal: controller.signal,
    hasTimedOut: () => hasTimedOut,
    dispose(): void {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onOuterAbort);
    },
  };
}

/**
 * A short, token-free reason for a failed request: the system error code only. Messages are never
 * passed on, since some (an invalid header value, say) quote the request headers, token included.
 */
function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === 'string' ? cause.code : 'network error';
}

function describeRedirect(url: URL, location: string | undefined): string {
  let target = 'another address';
  try {
    if (location) target = new URL(location, url).origin;
  } catch {
    // An unparsable Location says nothing more useful than "another address".
  }
  return `GitLab at ${url.origin} redirected to ${target}; check the GitLab URL (https://, the right host). GitPulse does not follow redirects, so the token is never sent elsewhere.`;
}

function observeRateHeaders(budget: RateBudget, headers: Record<string, string>): void {
  const remaining = Number(headers['ratelimit-remaining']);
  const reset = Number(headers['ratelimit-reset']);
  if (headers['ratelimit-remaining'] !== undefined && Number.isFinite(remaining) && Number.isFinite(reset)) {
    budget.observeRemaining(remaining, reset * 1000);
  }
}

function record(options: GitlabRequesterOptions, method: string, url: URL, status: number | null, started: number, bytes: number): void {
  options.onRequest?.({
    at: new Date(started).toISOString(),
    method,
    path: `${url.pathname}${url.search}`.replace(secretQueryParams, '$1[hidden]'),
    status,
    durationMs: Date.now() - started,
    bytes,
    budgetLeft: options.budget.tokensLeft(),
  });
}

export type GitlabRequester = ReturnType<typeof createGitlabRequester>;
