import { describe, expect, it } from 'vitest';
import { createRateBudget } from '../../../../electron/core/gitlab/rate-budget';

function fakeClock() {
  let t = 0;
  return { now: () => t, sleep: async (ms: number) => void (t += ms), elapsed: () => t };
}

describe('createRateBudget', () => {
  it('spreads requests at the configured rate once the burst is spent', async () => {
    const clock = fakeClock();
    const budget = createRateBudget({ perMinute: 600, concurrency: 1, now: clock.now, sleep: clock.sleep });
    for (let i = 0; i < 400; i += 1) {
      await budget.acquire();
      budget.release();
    }
    // 600/min = one per 100 ms; a 100-request burst is allowed, the other 300 take 30 s.
    expect(clock.elapsed()).toBeGreaterThanOrEqual(29_900);
    expect(clock.elapsed()).toBeLessThanOrEqual(30_100);
  });

  it('waits out a pause that GitLab imposed', async () => {
    const clock = fakeClock();
    const budget = createRateBudget({ perMinute: 600, concurrency: 1, now: clock.now, sleep: clock.sleep });
    budget.pauseUntil(5000);
    expect(budget.pausedForMs()).toBe(5000);
    await budget.acquire();
    expect(clock.elapsed()).toBeGreaterThanOrEqual(5000);
    expect(budget.pausedForMs()).toBe(0);
  });

  it('never lets more requests in flight than allowed', async () => {
    const budget = createRateBudget({ perMinute: 60_000, concurrency: 2 });
    let inFlight = 0;
    let peak = 0;
    await Promise.all(
      Array.from({ length: 10 }, async () => {
        await budget.acquire();
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight -= 1;
        budget.release();
      }),
    );
    expect(peak).toBe(2);
  });
});

describe('createRateBudget under GitLab’s own limit', () => {
  it('stops spending when GitLab says nothing remains until the reset', async () => {
    const clock = fakeClock();
    const budget = createRateBudget({ perMinute: 600, concurrency: 1, now: clock.now, sleep: clock.sleep });
    budget.observeRemaining(0, 20_000);
    await budget.acquire();
    expect(clock.elapsed()).toBeGreaterThanOrEqual(20_000);
  });

  it('never holds more tokens than GitLab says remain', async () => {
    const clock = fakeClock();
    const budget = createRateBudget({ perMinute: 600, concurrency: 1, now: clock.now, sleep: clock.sleep });
    budget.observeRemaining(3, 60_000);
    expect(budget.tokensLeft()).toBe(3);
  });
});
