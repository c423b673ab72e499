import { describe, expect, it } from 'vitest';
import { computeRetryDelayMs } from '../../../../electron/core/gitlab/retry-delay';

const now = Date.parse('2026-03-01T12:00:00Z');

describe('computeRetryDelayMs', () => {
  it('honours Retry-After in seconds first', () => {
    expect(computeRetryDelayMs({ attempt: 0, retryAfter: '7', rateLimitReset: String(now / 1000 + 60), nowMs: now })).toBe(7000);
  });

  it('accepts Retry-After as an HTTP date', () => {
    expect(computeRetryDelayMs({ attempt: 0, retryAfter: new Date(now + 3000).toUTCString(), rateLimitReset: null, nowMs: now })).toBe(3000);
  });

  it('falls back to RateLimit-Reset, then to capped exponential backoff with jitter', () => {
    expect(computeRetryDelayMs({ attempt: 0, retryAfter: null, rateLimitReset: String(now / 1000 + 20), nowMs: now })).toBe(20_000);
    const low = computeRetryDelayMs({ attempt: 3, retryAfter: null, rateLimitReset: null, nowMs: now, random: () => 0 });
    const high = computeRetryDelayMs({ attempt: 3, retryAfter: null, rateLimitReset: null, nowMs: now, random: () => 1 });
    expect([low, high]).toEqual([2000, 4000]);
    expect(computeRetryDelayMs({ attempt: 30, retryAfter: null, rateLimitReset: null, nowMs: now, random: () => 1 })).toBe(30_000);
  });
});
