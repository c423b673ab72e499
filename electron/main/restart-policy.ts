/** How the core host reacts to crashes: quick restarts, slower ones when it keeps crashing, then stop. */
export interface RestartPolicy {
  /** Crashes older than this no longer count. */
  windowMs: number;
  /** More crashes than this inside the window means restarting will not help. */
  maxCrashes: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRestartPolicy: RestartPolicy = { windowMs: 60_000, maxCrashes: 5, baseDelayMs: 250, maxDelayMs: 8_000 };

/**
 * Delay before the next restart, or null to give up. A core that fails on every start (a corrupt
 * database, a missing native module) would otherwise spin the CPU restarting forever.
 * `crashTimes` must include the crash being handled.
 */
export function decideRestartDelay(crashTimes: readonly number[], now: number, policy: RestartPolicy = defaultRestartPolicy): number | null {
  const recentCrashes = crashTimes.filter((time) => now - time < policy.windowMs).length;
  if (recentCrashes > policy.maxCrashes) return null;
  const exponent = Math.max(0, recentCrashes - 1);
  return Math.min(policy.baseDelayMs * 2 ** exponent, policy.maxDelayMs);
}
