import type { syncApi } from '../../../shared/api/sync-api';
import type { SyncSummary } from '../../../shared/domain/sync';
import { GitlabError } from '../gitlab/gitlab-error';
import { createRateBudget } from '../gitlab/rate-budget';
import { syncCourse } from '../gitlab/sync-engine';
import { ApiFailure, toApiError } from './api-failure';
import type { CoreContext } from './core-context';
import type { HandlerMap } from './handler-map';
import { loadConnectionForSync, recordConnectionStatus } from './load-connection-for-sync';
import { resolveCourse } from './resolve-course';

const syncTables = ['courses', 'projects', 'members', 'commits', 'branches', 'tags', 'merge_requests', 'issues', 'notes', 'pipelines', 'jobs', 'audit_log'];

/** The instance's shared budget; a changed requests-per-minute takes effect once no sync of that instance runs. */
function findBudget(ctx: CoreContext, gitlabUrl: string, perMinute: number) {
  let budget = ctx.budgets.get(gitlabUrl);
  const isInUse = ctx.store.courses.listCourses().some((c) => c.gitlabUrl === gitlabUrl && ctx.runningSyncs.has(c.name.toLowerCase()));
  if (!budget || (budget.perMinute !== perMinute && !isInUse)) {
    budget = createRateBudget({ perMinute, concurrency: 4 });
    ctx.budgets.set(gitlabUrl, budget);
  }
  return budget;
}

export const syncHandlers: HandlerMap<typeof syncApi> = {
  'sync.run': async (input, ctx) => {
    const course = resolveCourse(ctx.store, input.course);
    if (course.isDemo) throw new ApiFailure('invalid_input', 'The demo course holds generated data and has no GitLab to sync from; run the demo again to regenerate it.');
    const key = course.name.toLowerCase();
    if (ctx.runningSyncs.has(key)) throw new ApiFailure('busy', `"${course.name}" is already syncing.`);
    const lock = ctx.store.syncLocks.acquireSyncLock(course.id);
    if (!lock.isAcquired) throw new ApiFailure('busy', `"${course.name}" is being synced by another GitPulse process (pid ${lock.holderPid}).`);
    const controller = new AbortController();
    ctx.runningSyncs.set(key, controller);
    let summary: SyncSummary | null = null;
    try {
      const connection = await loadConnectionForSync(ctx, course.gitlabUrl);
      summary = await syncCourse({
        store: ctx.store,
        course,
        token: connection.token,
        fetch: connection.fetch,
        requestTimeoutMs: ctx.requestTimeoutMs,
        budget: findBudget(ctx, course.gitlabUrl, connection.requestsPerMinute),
        signal: controller.signal,
        onProgress: (progress) => ctx.emit('sync.progressed', progress),
        onRequest: (record) => ctx.store.audit.recordRequest({ ...record, gitlabUrl: course.gitlabUrl }),
      });
      return summary;
    } catch (error) {
      const apiError = toApiError(error);
      // A cancel is the instructor's choice, not a failure to show on the course.
      if (apiError.code !== 'cancelled') ctx.store.courses.recordSyncError(course.id, apiError.message);
      // The connections screen shows a dead token without waiting for someone to press Test.
      if (error instanceof GitlabError && (error.kind === 'unauthorized' || error.kind === 'forbidden') && (error.kind === 'unauthorized' || error.scope !== null)) {
        recordConnectionStatus(ctx, course.gitlabUrl, error.kind, error.message);
      }
      ctx.emit('sync.finished', { course: course.name, ok: false, error: apiError, summary: null });
      throw error;
    } finally {
      ctx.store.syncLocks.releaseSyncLock(course.id);
      ctx.runningSyncs.delete(key);
      ctx.store.audit.pruneAudit();
      if (summary) ctx.emit('sync.finished', { course: course.name, ok: true, error: null, summary });
      ctx.emit('data.changed', { tables: syncTables });
    }
  },

  'sync.cancel': (input, ctx) => {
    const course = resolveCourse(ctx.store, input.course);
    const controller = ctx.runningSyncs.get(course.name.toLowerCase());
    controller?.abort();
    return { wasRunning: controller !== undefined };
  },

  'sync.status': (_input, ctx) =>
    ctx.store.courses.listCourses().map((course) => ({
      course: course.name,
      isRunning: ctx.runningSyncs.has(course.name.toLowerCase()),
      lastSyncedAt: course.lastSyncedAt,
      lastSyncError: course.lastSyncError,
      nextSyncAt: ctx.scheduler?.nextSyncAt(course) ?? null,
    })),
};
