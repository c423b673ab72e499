import type { Course } from '../../../shared/domain/course';

export interface SyncSchedulerOptions {
  listCourses(): Course[];
  isSyncing(courseId: number): boolean;
  /** Runs one scheduled sync and says whether it succeeded; failures are recorded on the course by the sync itself. */
  runSync(course: Course): Promise<boolean>;
  now?: () => number;
}

/** The longest the scheduler sleeps, so edited intervals and new courses are noticed soon. */
const maxSleepMs = 60_000;
/** After resume from sleep the network needs a moment (Wi-Fi, VPN) before a sync can succeed. */
const resumeDelayMs = 5_000;
/** A course whose sync failed is retried after 5 minutes, then 10, 20... up to its own interval. */
const firstRetryMs = 5 * 60_000;

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
  // Failed courses by id: when to try again and how long the next wait will be. A course failing
  // the same way every time (a revoked token, GitLab down) must not be retried every minute.
  const retries = new Map<number, { atMs: number; nextDelayMs: number }>();

  function computeDueAt(course: Course): number | null {
    if (course.isDemo || course.syncIntervalMinutes === null) return null;
    const scheduled = course.lastSyncedAt === null ? now() : Date.parse(course.lastSyncedAt) + course.syncIntervalMinutes * 60_000;
    const retry = retries.get(course.id);
    return retry ? Math.max(scheduled, retry.atMs) : scheduled;
  }

  async function runScheduled(course: Course): Promise<void> {
    const isOk = await options.runSync(course);
    if (isOk) {
      retries.delete(course.id);
      return;
    }
    const intervalMs = (course.syncIntervalMinutes ?? 60) * 60_000;
    const delayMs = retries.get(course.id)?.nextDelayMs ?? firstRetryMs;
    retries.set(course.id, { atMs: now() + delayMs, nextDelayMs: Math.min(intervalMs, delayMs * 2) });
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
        if (dueAt !== null && dueAt <= now() && !options.isSyncing(course.id)) await runScheduled(course);
      }
    } finally {
      isTicking = false;
      const next = options
        .listCourses()
        .map(computeDueAt)
        .filter((t): t is number => t !== null);
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
    /** The laptop woke up: catch up on whatever fell due while it slept; back-offs start over. */
    notifyResumed(): void {
      retries.clear();
      arm(resumeDelayMs);
    },
    nextSyncAt(course: Course): string | null {
      const dueAt = computeDueAt(course);
      return dueAt === null || isStopped ? null : new Date(Math.max(dueAt, now())).toISOString();
    },
  };
}

export type SyncScheduler = ReturnType<typeof createSyncScheduler>;
