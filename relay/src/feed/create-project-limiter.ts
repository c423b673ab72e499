export interface ProjectLimiter {
  /** A release function when the project has a free slot, null when it is at the limit. */
  tryAcquire(projectKey: string): (() => void) | null;
}

/** Caps the deliveries in flight per project (GitLab's own guidance: at most 10 concurrent hooks per project). */
export function createProjectLimiter(maxInFlight: number): ProjectLimiter {
  const inFlight = new Map<string, number>();
  return {
    tryAcquire: (projectKey) => {
      const count = inFlight.get(projectKey) ?? 0;
      if (count >= maxInFlight) return null;
      inFlight.set(projectKey, count + 1);
      let isReleased = false;
      return () => {
        if (isReleased) return;
        isReleased = true;
        const left = (inFlight.get(projectKey) ?? 1) - 1;
        if (left === 0) inFlight.delete(projectKey);
        else inFlight.set(projectKey, left);
      };
    },
  };
}
