import { create } from 'zustand';
import type { EventPayload } from '../../../shared/api/events';
import type { ApiError } from '../../../shared/api/result';
import type { SyncResource, SyncSummary } from '../../../shared/domain/sync';
import { api } from '../../api-client';
import { useSyncStatusStore } from './sync-status-store';

export type SyncProgress = EventPayload<'sync.progressed'>;
export type SyncFinished = EventPayload<'sync.finished'>;

/** Where one team's sync stands, from the latest progress event that named it. */
export interface TeamProgress {
  resource: SyncResource | null;
  done: number;
  total: number;
}

/** How the last sync ended; the error's code is a plain string because events carry any code. */
export interface SyncOutcome {
  ok: boolean;
  error: { code: string; message: string } | undefined;
  summary: SyncSummary | undefined;
  /** Teams the sync was working through, for "Synced N teams" when no summary came along. */
  teamsTotal: number | undefined;
}

export interface CourseSyncState {
  /** This window's sync.run call is in flight. */
  isStarting: boolean;
  isCancelling: boolean;
  /** The latest progress event for the course, whoever started the sync (this window, the CLI, the schedule). */
  progress: SyncProgress | undefined;
  /** Per team (project path), in the order the sync first reported them. */
  teams: Record<string, TeamProgress>;
  outcome: SyncOutcome | undefined;
  /** sync.run or sync.cancel was refused before any sync ran (e.g. no token). */
  callError: ApiError | undefined;
}

interface SyncState {
  byCourse: Record<number, CourseSyncState>;
  runSync(courseId: number): Promise<void>;
  cancelSync(courseId: number): Promise<void>;
  recordProgress(progress: SyncProgress): void;
  recordFinished(finished: SyncFinished): void;
  dismissOutcome(courseId: number): void;
}

const idle: CourseSyncState = { isStarting: false, isCancelling: false, progress: undefined, teams: {}, outcome: undefined, callError: undefined };

export const useSyncStore = create<SyncState>()((set, get) => {
  function read(courseId: number): CourseSyncState {
    return get().byCourse[courseId] ?? idle;
  }
  function update(courseId: number, patch: Partial<CourseSyncState>): void {
    set((state) => ({ byCourse: { ...state.byCourse, [courseId]: { ...(state.byCourse[courseId] ?? idle), ...patch } } }));
  }

  return {
    byCourse: {},

    async runSync(courseId) {
      if (isSyncActive(read(courseId))) return;
      update(courseId, { isStarting: true, progress: undefined, teams: {}, outcome: undefined, callError: undefined });
      const result = await api.call('sync.run', { courseId });
      const current = read(courseId);
      if (!result.ok) {
        const { error } = result;
        // 'busy' means a sync started elsewhere is running; its own events keep the bar up to date.
        if (error.code === 'busy') {
          update(courseId, { isStarting: false });
          // Until that sync's next event arrives, sync.status is what tells the bar it is running.
          return void useSyncStatusStore.getState().fetchSyncStatus();
        }
        // sync.finished may already have told the story (a cancel, a failure half-way).
        if (current.outcome) return update(courseId, { isStarting: false, progress: undefined });
        // A sync that got going ends with an outcome; one refused before it started (no token) with a call error.
        const hasStarted = current.progress !== undefined || error.code === 'cancelled';
        const ending = { ok: false, error, summary: undefined, teamsTotal: current.progress?.teamsTotal };
        return update(courseId, { isStarting: false, isCancelling: false, progress: undefined, ...(hasStarted ? { outcome: ending } : { callError: error }) });
      }
      // sync.finished usually arrives first and already holds the outcome; keep it rather than restart its display.
      const outcome = current.outcome ?? { ok: true, error: undefined, summary: result.value, teamsTotal: current.progress?.teamsTotal };
      update(courseId, { isStarting: false, isCancelling: false, progress: undefined, outcome });
    },

    async cancelSync(courseId) {
      update(courseId, { isCancelling: true, callError: undefined });
      const result = await api.call('sync.cancel', { courseId });
      if (!result.ok) update(courseId, { isCancelling: false, callError: result.error });
      // Nothing was running: whatever progress is still shown is stale, so clear it.
      else if (!result.value.wasRunning) update(courseId, { isCancelling: false, progress: undefined });
    },

    recordProgress(progress) {
      const current = read(progress.courseId);
      // The first event of a new sync clears the previous one's outcome and team list.
      const isNewSync = current.progress === undefined && !current.isStarting;
      const teams = isNewSync ? {} : { ...current.teams };
      if (progress.team !== null) {
        teams[progress.team] = { resource: progress.resource, done: progress.teamResourcesDone, total: progress.teamResourcesTotal };
      }
      update(progress.courseId, { progress, teams, ...(isNewSync ? { outcome: undefined, callError: undefined } : {}) });
    },

    recordFinished(finished) {
      const current = read(finished.courseId);
      const outcome: SyncOutcome = {
        ok: finished.ok,
        error: finished.error ?? undefined,
        summary: finished.summary ?? undefined,
        teamsTotal: current.progress?.teamsTotal,
      };
      update(finished.courseId, { progress: undefined, isCancelling: false, outcome });
    },

    dismissOutcome(courseId) {
      update(courseId, { outcome: undefined, callError: undefined });
    },
  };
});

/** True while this window's call runs or a sync reported progress and has not finished yet. */
export function isSyncActive(sync: CourseSyncState): boolean {
  return sync.isStarting || (sync.progress !== undefined && sync.progress.phase !== 'done');
}

export function selectCourseSync(courseId: number): (state: SyncState) => CourseSyncState {
  return (state) => state.byCourse[courseId] ?? idle;
}
