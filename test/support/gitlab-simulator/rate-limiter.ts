export interface RateDecision {
  isAllowed: boolean;
  headers: Record<string, string>;
}

interface Window {
  startMs: number;
  count: number;
}

const WINDOW_MS = 60_000;

/**
 * Rack::Attack-style fixed window per token: the first request opens a 60 s window; past the
 * limit, requests get 429 until the window ends. Real wall-clock time, so clients really wait.
 */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(private readonly limit: number) {}

  admit(key: string, nowMs: number): RateDecision {
    let window = this.windows.get(key);
    if (!window || nowMs >= window.startMs + WINDOW_MS) {
      window = { startMs: nowMs, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    // Whole seconds for both forms, so RateLimit-Reset and RateLimit-ResetTime name the same instant.
    const resetMs = Math.ceil((window.startMs + WINDOW_MS) / 1000) * 1000;
    const headers: Record<string, string> = {
      'RateLimit-Name': 'throttle_authenticated_api',
      'RateLimit-Limit': String(this.limit),
      'RateLimit-Observed': String(window.count),
      'RateLimit-Remaining': String(Math.max(0, this.limit - window.count)),
      'RateLimit-Reset': String(resetMs / 1000),
      'RateLimit-ResetTime': new Date(resetMs).toUTCString(),
    };
    const isAllowed = window.count <= this.limit;
    if (!isAllowed) headers['Retry-After'] = String(Math.max(1, Math.ceil((window.startMs + WINDOW_MS - nowMs) / 1000)));
    return { isAllowed, headers };
  }
}
