import type { EventName, EventPayload } from '../../../shared/api/events';
import type { Course } from '../../../shared/domain/course';
import type { SyncStatus, SyncSummary } from '../../../shared/domain/sync';
import { ApiFailure, toApiError } from '../api/api-failure';
import { GitlabError } from '../gitlab/gitlab-error';
import { createRateBudget, type RateBudget } from '../gitlab/rate-budget';
import { syncCourse } from '../gitlab/sync-engine';
import type { TargetedResource } from '../gitlab/sync-project-resources';
import { createBurstBatcher } from '../scheduler/burst-batcher';
import { createSyncScheduler, type SyncScheduler } from '../scheduler/sync-scheduler';
import type { SecretStore } from '../secrets/secret-store';
import type { Store } from '../store/create-store';
import { syncLeaseTtlMs, type SyncLeaseHolder } from '../store/sync-locks-repo';
import { loadSyncConnection, recordConnectionStatus } from './load-sync-connection';
import { planTargetedSyncs, runTargetedSync, type TargetedSyncRequest } from './run-targeted-sync';

export interface SyncServiceOptions {
  store: Store;
  secrets: SecretStore;
  env: Record<string, string | undefined>;
  emit<E extends EventName>(name: E, payload: EventPayload<E>): void;
  requestTimeoutMs: number;
  /** Targeted syncs start once no request came for `quietMs`, and at most `maxWaitMs` after the first. */
  targetedSync?: { quietMs: number; maxWaitMs: number };
}

export type { TargetedSyncRequest } from './run-targeted-sync';

/**
 * Every sync goes through here, whoever asks for it (the API, the scheduler, the relay): one sync per
 * course in this process (and, through the store's lock, across processes), one request budget per
 * GitLab instance, status and errors recorded on the course, sync.finished always sent for a full
 * sync. Courses are keyed by id, so a renamed course keeps its running sync and its schedule.
 *
 * Targeted syncs (after relay events) refresh only the touched resources of the touched projects.
 * Requests are coalesced: a burst of webhooks becomes one run per course, which holds the course like
 * a full sync (cancel and status see it) and draws on the same budget.
 */
export function createSyncService(options: SyncServiceOptions) {
  const { store, emit } = options;
  const running = new Map<number, { controller: AbortController; done: Promise<unknown> }>();
  let isStopped = false;
  const targeted = createBurstBatcher<TargetedSyncRequest>({
    quietMs: options.targetedSync?.quietMs ?? 20_000,
    maxWaitMs: options.targetedSync?.maxWaitMs ?? 120_000,
    onFlush: (requests) => startTargetedSyncs(requests),
  });
  const budgets = new Map<string, RateBudget>();
  let scheduler: SyncScheduler | null = null;

  /** The instance's shared budget; a changed requests-per-minute takes effect once no sync of that instance runs. */
  function findBudget(gitlabUrl: string, perMinute: number): RateBudget {
    let budget = budgets.get(gitlabUrl);
    const isInUse = store.courses.listCourses().some((c) => c.gitlabUrl === gitlabUrl && running.has(c.id));
    if (!budget || (budget.perMinute !== perMinute && !isInUse)) {
      budget = createRateBudget({ perMinute, concurrency: 4 });
      budgets.set(gitlabUrl, budget);
    }
    return budget;
  }

  /** Records what went wrong where it can; sync.finished goes out even when the store cannot be written. */
  function recordFailure(course: Course, error: unknown): void {
    const apiError = toApiError(error, store.path);
    // A cancel is the instructor's choice, not a failure to show on the course.
    if (apiError.code !== 'cancelled') runCleanupStep(() => store.courses.recordSyncError(course.id, apiError.message));
    // The connections screen shows a dead token without waiting for someone to press Test.
    if (error instanceof GitlabError && (error.kind === 'unauthorized' || (error.kind === 'forbidden' && (error.scope !== null || error.isAccountRefusal)))) {
      const { kind, message } = error;
      runCleanupStep(() => emit('connections.changed', { gitlabUrl: recordConnectionStatus(store, course.gitlabUrl, kind, message) }));
    }
    emit('sync.finished', { courseId: course.id, course: course.name, ok: false, error: apiError, summary: null });
  }

  /**
   * Takes the course for one sync here and across processes, or says who has it. The caller must
   * hand the controller to holdCourse, which gives the course back.
   */
  function claimCourse(course: Course): AbortController {
    if (running.has(course.id)) throw new ApiFailure('busy', `"${course.name}" is already syncing.`);
    const lock = store.syncLocks.acquireSyncLock(course.id);
    if (!lock.isAcquired) throw new ApiFailure('busy', describeLeaseHolder(course.name, lock.holder));
    return new AbortController();
  }

  async function holdCourse<T>(course: Course, controller: AbortController, work: () => Promise<T>): Promise<T> {
    // Renewed well within the lease's minute; unref'd so a renewal never keeps a CLI process alive.
    const renewal = setInterval(() => runCleanupStep(() => store.syncLocks.renewSyncLock(course.id)), syncLeaseTtlMs / 4);
    renewal.unref();
    const done = (async () => {
      try {
        return await work();
      } finally {
        // Each step on its own: on a full disk the first write fails, and the others must still run.
        clearInterval(renewal);
        runCleanupStep(() => store.syncLocks.releaseSyncLock(course.id));
        runCleanupStep(() => store.audit.pruneAudit());
      }
    })();
    running.set(course.id, { controller, done });
    try {
      return await done;
    } finally {
      running.delete(course.id);
    }
  }

  async function syncWholeCourse(course: Course, controller: AbortController): Promise<SyncSummary> {
    try {
      const connection = await loadSyncConnection(options, course.gitlabUrl);
      const summary = await syncCourse({
        store,
        course,
        token: connection.token,
        fetch: connection.fetch,
        requestTimeoutMs: options.requestTimeoutMs,
        budget: findBudget(course.gitlabUrl, connection.requestsPerMinute),
        signal: controller.signal,
        onProgress: (progress) => emit('sync.progressed', progress),
        onRequest: (record) => store.audit.recordRequest({ ...record, gitlabUrl: course.gitlabUrl }),
      });
      emit('sync.finished', { courseId: course.id, course: course.name, ok: true, error: null, summary });
      return summary;
    } catch (error) {
      recordFailure(course, error);
      throw error;
    }
  }

  /** A flushed batch of targeted requests: one run per course; a course that is busy gets its requests back for later. */
  function startTargetedSyncs(requests: TargetedSyncRequest[]): void {
    if (isStopped) return;
    for (const plan of planTargetedSyncs(store, requests)) {
      let controller: AbortController;
      try {
        controller = claimCourse(plan.course);
      } catch {
        // A full sync (here or in another process) is on the course; what it fetched may predate the
        // events, so the targeted sync still runs once the course is free.
        for (const request of plan.requests) targeted.add(request);
        continue;
      }
      holdCourse(plan.course, controller, () => syncTargeted(plan, controller)).catch(() => undefined);
    }
  }

  async function syncTargeted(plan: ReturnType<typeof planTargetedSyncs>[number], controller: AbortController): Promise<void> {
    const { course } = plan;
    try {
      const connection = await loadSyncConnection(options, course.gitlabUrl);
      await runTargetedSync({
        store,
        plan,
        token: connection.token,
        fetch: connection.fetch,
        requestTimeoutMs: options.requestTimeoutMs,
        budget: findBudget(course.gitlabUrl, connection.requestsPerMinute),
        signal: controller.signal,
        onRequest: (record) => store.audit.recordRequest({ ...record, gitlabUrl: course.gitlabUrl }),
      });
    } catch (error) {
      recordTargetedFailure(course, error);
    }
  }

  /**
   * A targeted sync is background work: no sync.finished (the UI would report a sync the instructor
   * never started), but a dead token and other failures are recorded where a full sync records them.
   */
  function recordTargetedFailure(course: Course, error: unknown): void {
    const apiError = toApiError(error, store.path);
    if (apiError.code === 'cancelled') return;
    runCleanupStep(() => store.courses.recordSyncError(course.id, `Refreshing after webhooks failed: ${apiError.message}`));
    if (error instanceof GitlabError && (error.kind === 'unauthorized' || (error.kind === 'forbidden' && (error.scope !== null || error.isAccountRefusal)))) {
      const { kind, message } = error;
      runCleanupStep(() => emit('connections.changed', { gitlabUrl: recordConnectionStatus(store, course.gitlabUrl, kind, message) }));
    }
  }

  const service = {
    /** Syncs the course now and resolves with the summary; refused when it is already syncing. */
    async run(course: Course): Promise<SyncSummary> {
      if (course.isDemo)
        throw new ApiFailure('invalid_input', 'The demo course holds generated data and has no GitLab to sync from; run the demo again to regenerate it.');
      const controller = claimCourse(course);
      return holdCourse(course, controller, () => syncWholeCourse(course, controller));
    },

    /**
     * Asks for a refresh of one resource of one team project (the relay, after applying its events);
     * requests are coalesced and run a little later, see the options.
     */
    requestTargetedSync(projectId: number, resource: TargetedResource): void {
      if (!isStopped) targeted.add({ projectId, resource });
    },

    /** Targeted requests waiting for their burst to end. */
    pendingTargetedSyncs: () => targeted.pending(),

    /** Stops the course's sync if one runs here; what it committed so far stays. */
    cancel(courseId: number): boolean {
      const entry = running.get(courseId);
      entry?.controller.abort();
      return entry !== undefined;
    },

    isRunning(courseId: number): boolean {
      return running.has(courseId);
    },

    listStatus(): SyncStatus[] {
      return store.courses.listCourses().map((course) => ({
        courseId: course.id,
        course: course.name,
        isRunning: running.has(course.id),
        lastSyncedAt: course.lastSyncedAt,
        lastSyncError: course.lastSyncError,
        nextSyncAt: scheduler?.nextSyncAt(course) ?? null,
        heldBy: running.has(course.id) ? null : store.syncLocks.readSyncLockHolder(course.id),
      }));
    },

    /** Syncs each course on its schedule until close(); only hosts that stay up (the app, serve) call this. */
    startSchedule(): void {
      if (scheduler) return;
      scheduler = createSyncScheduler({
        listCourses: () => store.courses.listCourses(),
        isSyncing: (courseId) => running.has(courseId),
        // The outcome reaches the UI as sync.finished and is kept on the course.
        runSync: (course) =>
          service.run(course).then(
            () => true,
            () => false,
          ),
      });
      scheduler.start();
    },

    /** The machine woke from sleep: scheduled syncs that fell due catch up. */
    notifyResumed(): void {
      scheduler?.notifyResumed();
    },

    /** Stops the schedule and cancels every running sync; what they committed stays. */
    stop(): void {
      isStopped = true;
      targeted.stop();
      scheduler?.stop();
      scheduler = null;
      for (const entry of running.values()) entry.controller.abort();
    },

    /**
     * Cancels every running sync and waits, at most `timeoutMs`, for their cleanup (the lease, the
     * sync.finished event) to run: the store must not be closed under them.
     */
    async stopAndWait(timeoutMs: number): Promise<void> {
      const pending = [...running.values()].map((entry) => entry.done.catch(() => undefined));
      service.stop();
      if (pending.length === 0) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(pending), new Promise<void>((resolve) => (timer = setTimeout(resolve, timeoutMs)))]);
      clearTimeout(timer);
    },
  };
  return service;
}

/** One cleanup step: its failure (a full disk, a closed store) must not keep the steps after it from running. */
function runCleanupStep(step: () => void): void {
  try {
    step();
  } catch {
    // The sync's own error already says what went wrong; a lease left behind expires on its own.
  }
}

function describeLeaseHolder(course: string, holder: SyncLeaseHolder): string {
  const where = holder.host ? ` on ${holder.host}` : '';
  return `"${course}" is being synced by another GitPulse process (pid ${holder.pid})${where} since ${holder.since}; wait for it to finish, or cancel it there.`;
}

export type SyncService = ReturnType<typeof createSyncService>;
