import { sleepUnlessAborted } from './sleep-unless-aborted';

export interface RateBudgetOptions {
  /** Requests per minute this instance may receive from us (GitLab.com allows 2,000; courses default to 600). */
  perMinute: number;
  /** Requests allowed in flight at once. */
  concurrency: number;
  now?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * One request budget per GitLab instance, shared by everything that talks to it: a token bucket
 * refilled continuously at perMinute/60 per second, a cap on requests in flight, and a pause that
 * GitLab itself can impose (Retry-After, RateLimit-Reset). Every request waits here first.
 */
export function createRateBudget(options: RateBudgetOptions) {
  const now = options.now ?? Date.now;
  // Gives up at once when the sync is cancelled, however long GitLab asked us to pause.
  const sleep = options.sleep ?? sleepUnlessAborted;
  const capacity = Math.max(1, Math.min(options.perMinute, Math.ceil(options.perMinute / 6)));
  const refillPerMs = options.perMinute / 60_000;
  let tokens = capacity;
  let refilledAt = now();
  let pausedUntil = 0;
  let inFlight = 0;
  const waiters: Array<() => void> = [];

  function refill(): void {
    const t = now();
    tokens = Math.min(capacity, tokens + (t - refilledAt) * refillPerMs);
    refilledAt = t;
  }

  async function acquireSlot(): Promise<void> {
    if (inFlight < options.concurrency) {
      inFlight += 1;
      return;
    }
    await new Promise<void>((resolve) => waiters.push(resolve));
  }

  return {
    perMinute: options.perMinute,
    /** Waits until a request may be sent; pair with release() once its response has arrived. */
    async acquire(signal?: AbortSignal): Promise<void> {
      await acquireSlot();
      try {
        for (;;) {
          signal?.throwIfAborted();
          refill();
          const t = now();
          if (t < pausedUntil) {
            await sleep(pausedUntil - t, signal);
            continue;
          }
          if (tokens >= 1) {
            tokens -= 1;
            return;
          }
          await sleep(Math.ceil((1 - tokens) / refillPerMs), signal);
        }
      } catch (error) {
        this.release();
        throw error;
      }
    },
    release(): void {
      const next = waiters.shift();
      if (next) next();
      else inFlight -= 1;
    },
    /** GitLab asked us to stop until `until` (ms epoch); every request of this instance waits. */
    pauseUntil(until: number): void {
      pausedUntil = Math.max(pausedUntil, until);
    },
    /**
     * GitLab's own view of the window: when few requests remain before the reset, spread them out
     * instead of spending them at once and meeting a 429.
     */
    observeRemaining(remaining: number, resetAtMs: number): void {
      refill();
      const windowLeftMs = resetAtMs - now();
      if (windowLeftMs <= 0) return;
      if (remaining <= 0) this.pauseUntil(resetAtMs);
      else tokens = Math.min(tokens, remaining);
    },
    /** How long every request still waits for the pause GitLab asked for; 0 when there is none. */
    pausedForMs(): number {
      return Math.max(0, pausedUntil - now());
    },
    tokensLeft(): number {
      refill();
      return Math.floor(tokens);
    },
  };
}

export type RateBudget = ReturnType<typeof createRateBudget>;
