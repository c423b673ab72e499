import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/result';
import type { RosterEntry, RosterRole } from '../../../shared/domain/roster';
import { api } from '../../api-client';
import type { ApiTransport } from '../../../shared/api/contract';
import type { LoadStatus } from '../courses/courses-store';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { selectOpenCourse, useRouteStore } from '../../app/route-store';

export interface CourseRoster {
  status: LoadStatus;
  entries: RosterEntry[];
  error: ApiError | undefined;
  /** The last role change the core refused; its row shows the role from before again. */
  roleError: ApiError | undefined;
  /** Rows whose role change is on its way to the core (see rosterKey). */
  pending: readonly string[];
}

interface RosterState {
  byCourse: Record<number, CourseRoster>;
  fetchRoster(courseId: number): Promise<void>;
  /** Fetches again only if the roster was loaded before: a sync elsewhere should not load every course. */
  refreshRoster(courseId: number): Promise<void>;
  setRole(courseId: number, entry: RosterEntry, role: RosterRole): Promise<void>;
  dismissRoleError(courseId: number): void;
}

const empty: CourseRoster = { status: 'idle', entries: [], error: undefined, roleError: undefined, pending: [] };

/** A person can be on several teams, so a row is a person in a project. */
export function rosterKey(entry: Pick<RosterEntry, 'projectId' | 'userId'>): string {
  return `${entry.projectId}:${entry.userId}`;
}

/**
 * A store over the given transport; the app uses the one below, renderer unit tests make their own.
 */
export function createRosterStore(api: ApiTransport) {
  const latestRequest = new Map<number, number>();
  return create<RosterState>()((set, get) => {
    function read(courseId: number): CourseRoster {
      return get().byCourse[courseId] ?? empty;
    }
    function update(courseId: number, change: (roster: CourseRoster) => Partial<CourseRoster>): void {
      set((state) => {
        const current = state.byCourse[courseId] ?? empty;
        return { byCourse: { ...state.byCourse, [courseId]: { ...current, ...change(current) } } };
      });
    }
    function replaceEntry(entries: readonly RosterEntry[], next: RosterEntry): RosterEntry[] {
      const key = rosterKey(next);
      return entries.map((entry) => (rosterKey(entry) === key ? next : entry));
    }

    return {
      byCourse: {},

      async fetchRoster(courseId) {
        const request = (latestRequest.get(courseId) ?? 0) + 1;
        latestRequest.set(courseId, request);
        // A refresh keeps the rows on screen; only the first load shows a loading state.
        if (read(courseId).status !== 'ready') update(courseId, () => ({ status: 'loading' }));
        const result = await api.call('roster.list', { courseId });
        if (latestRequest.get(courseId) !== request) return;
        update(courseId, (current) =>
          result.ok
            ? { status: 'ready', entries: result.value, error: undefined }
            : { status: current.status === 'ready' ? 'ready' : 'error', error: result.error },
        );
      },

      async refreshRoster(courseId) {
        if (read(courseId).status === 'idle') return;
        await get().fetchRoster(courseId);
      },

      async setRole(courseId, entry, role) {
        const key = rosterKey(entry);
        if (read(courseId).pending.includes(key)) return;
        // Shown at once so the toggle answers the click; put back if the core refuses.
        update(courseId, (current) => ({
          entries: replaceEntry(current.entries, { ...entry, role }),
          pending: [...current.pending, key],
          roleError: undefined,
        }));
        const result = await api.call('roster.setRole', { courseId, projectId: entry.projectId, userId: entry.userId, role });
        update(courseId, (current) => ({
          entries: replaceEntry(current.entries, result.ok ? result.value : entry),
          pending: current.pending.filter((pending) => pending !== key),
          roleError: result.ok ? undefined : result.error,
        }));
      },

      dismissRoleError(courseId) {
        update(courseId, () => ({ roleError: undefined }));
      },
    };
  });
}

export const useRosterStore = createRosterStore(api);

export function selectRoster(courseId: number): (state: RosterState) => CourseRoster {
  return (state) => state.byCourse[courseId] ?? empty;
}

/** The open course's roster, if it was loaded: members, their users and their teams. */
export const rosterChanges: ChangeDependency = {
  dependsOn: ['members', 'users', 'course_teams', 'projects'],
  refresh: async () => {
    const courseId = selectOpenCourse(useRouteStore.getState());
    if (courseId !== undefined) await useRosterStore.getState().refreshRoster(courseId);
  },
};
