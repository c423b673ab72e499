import type { Course } from '../../../shared/domain/course';

export interface SyncSchedulerOptions {
  listCourses(): Course[];
  isSyncing(courseName: string): boolean;
  /** Runs one scheduled sync; failures are recorded on the course by the sync itself. */
  runSync(courseName: string): Promise<void>;
  now?: () => number;
}

/** The longest the scheduler sleeps, so edited intervals and new courses are noticed soon. */
const maxSleepMs = 60_000;
/** After resume from sleep the network needs a moment (Wi-Fi, VPN) before a sync can succeed. */
const resumeDelayMs = 5_000;

/**
 * Syncs each course every `syncIntervalMinutes` (courses with no interval are left alone). The only
 * place in the core with timers: a setTimeout chain, never setInterval, so a slow sync delays the
 * next check instead of piling up. Timers do not fire while the laptop sleeps, so due times are
 * computed from the last sync: a course that went stale while the app was closed or asleep syncs at
 * start and on resume. Syncs run one at a time.
 */
export function createSyncScheduler(options: SyncSchedulerOptions) {
  const now = options.now ?? Date.now;
  let timer: NodeJS.Timeout | null = null;
  let isStopped = true;
  let isTicking = false;

  function computeDueAt(course: Course): number | null {
    if (course.isDemo || course.syncIntervalMinutes === null) return null;
    if (course.lastSyncedAt === null) return now();
    return Date.parse(course.lastSyncedAt) + course.syncIntervalMinutes * 60_000;
  }

  function arm(delayMs: number): void {
    if (isStopped) return;
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void tick(), Math.max(0, delayMs));
    timer.unref();
  }

  async function tick(): Promise<void> {
    if (isTicking || isStopped) return;
    isTicking = true;
    try {
      for (const course of options.listCourses()) {
        const dueAt = computeDueAt(course);
        if (isStopped) return;
        if (dueAt !== null && dueAt <= now() && !options.isSyncing(course.name)) await options.runSync(course.name);
      }
    } finally {
      isTicking = false;
      const next = options.listCourses().map(computeDueAt).filter((t): t is number => t !== null);
      arm(Math.min(maxSleepMs, ...next.map((t) => t - now())));
    }
  }

  return {
    /** Starts the schedule; a course that is already due (stale data at app start) syncs right away. */
    start(): void {
      isStopped = false;
      arm(0);
    },
    stop(): void {
      isStopped = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
    /** The laptop woke up: catch up on whatever fell due while it slept. */
    notifyResumed(): void {
      arm(resumeDelayMs);
    },
    nextSyncAt(course: Course): string | null {
      const dueAt = computeDueAt(course);
      return dueAt === null || isStopped ? null : new Date(Math.max(dueAt, now())).toISOString();
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
