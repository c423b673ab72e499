import { create } from 'zustand';
import type { EventPayload } from '../../../shared/api/events';
import type { ApiError } from '../../../shared/api/result';
import type { SyncSummary } from '../../../shared/domain/sync';
import { api } from '../../api-client';

export type SyncProgress = EventPayload<'sync.progressed'>;

export interface CourseSyncState {
  /** This window's sync.run call is in flight. */
  isRunning: boolean;
  /** The latest progress event for the course, whoever started the sync. */
  progress: SyncProgress | undefined;
  summary: SyncSummary | undefined;
  error: ApiError | undefined;
}

interface SyncState {
  byCourse: Record<string, CourseSyncState>;
  runSync(course: string): Promise<void>;
  recordProgress(progress: SyncProgress): void;
  dismissOutcome(course: string): void;
}

const idle: CourseSyncState = { isRunning: false, progress: undefined, summary: undefined, error: undefined };

export const useSyncStore = create<SyncState>()((set, get) => {
  function update(course: string, patch: Partial<CourseSyncState>): void {
    set((state) => ({ byCourse: { ...state.byCourse, [course]: { ...(state.byCourse[course] ?? idle), ...patch } } }));
  }

  return {
    byCourse: {},

    async runSync(course) {
      if (get().byCourse[course]?.isRunning) return;
      update(course, { isRunning: true, progress: undefined, summary: undefined, error: undefined });
      const result = await api.call('sync.run', { course });
      update(course, result.ok
        ? { isRunning: false, progress: undefined, summary: result.value }
        : { isRunning: false, progress: undefined, error: result.error });
    },

    recordProgress(progress) {
      // A sync started elsewhere (the CLI, another window) reports progress too; show it all the same.
      update(progress.course, { progress });
    },

    dismissOutcome(course) {
      update(course, { summary: undefined, error: undefined });
    },
  };
});

/** True while this window's call runs or another caller's sync has not reported 'done' yet. */
export function isSyncActive(sync: CourseSyncState): boolean {
  return sync.isRunning || (sync.progress !== undefined && sync.progress.phase !== 'done');
}

export function selectCourseSync(course: string): (state: SyncState) => CourseSyncState {
  return (state) => state.byCourse[course] ?? idle;
}
