import { describe, expect, it } from 'vitest';
import { decideRestartDelay, defaultRestartPolicy } from '../../../electron/main/restart-policy';

const policy = { windowMs: 60_000, maxCrashes: 3, baseDelayMs: 100, maxDelayMs: 300 };

describe('decideRestartDelay', () => {
  it('restarts quickly after a first crash', () => {
    expect(decideRestartDelay([1_000], 1_000, policy)).toBe(100);
  });

  it('doubles the delay for each recent crash, up to the cap', () => {
    expect(decideRestartDelay([1_000, 2_000], 2_000, policy)).toBe(200);
    expect(decideRestartDelay([1_000, 2_000, 3_000], 3_000, policy)).toBe(300);
  });

  it('gives up once crashes inside the window exceed the limit', () => {
    expect(decideRestartDelay([1_000, 2_000, 3_000, 4_000], 4_000, policy)).toBeNull();
  });

  it('forgets crashes older than the window', () => {
    expect(decideRestartDelay([0, 1_000, 2_000, 100_000], 100_000, policy)).toBe(100);
  });

  it('by default allows a handful of quick restarts before giving up', () => {
    const crashes = Array.from({ length: defaultRestartPolicy.maxCrashes }, (_, i) => i * 1_000);
    expect(decideRestartDelay(crashes, crashes.at(-1) ?? 0)).not.toBeNull();
    expect(decideRestartDelay([...crashes, 10_000], 10_000)).toBeNull();
  });
});
