import { create } from 'zustand';
import type { ApiError } from '../../../shared/api/result';
import type { RosterEntry, RosterRole } from '../../../shared/domain/roster';
import { api } from '../../api-client';
import type { LoadStatus } from '../courses/courses-store';

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
  byCourse: Record<string, CourseRoster>;
  fetchRoster(course: string): Promise<void>;
  /** Fetches again only if the roster was loaded before: a sync elsewhere should not load every course. */
  refreshRoster(course: string): Promise<void>;
  setRole(course: string, entry: RosterEntry, role: RosterRole): Promise<void>;
  dismissRoleError(course: string): void;
}

const empty: CourseRoster = { status: 'idle', entries: [], error: undefined, roleError: undefined, pending: [] };

/** A person can be on several teams, so a row is a person in a project. */
export function rosterKey(entry: Pick<RosterEntry, 'projectId' | 'userId'>): string {
  return `${entry.projectId}:${entry.userId}`;
}

const latestRequest = new Map<string, number>();

export const useRosterStore = create<RosterState>()((set, get) => {
  function read(course: string): CourseRoster {
    return get().byCourse[course] ?? empty;
  }
  function update(course: string, change: (roster: CourseRoster) => Partial<CourseRoster>): void {
    set((state) => {
      const current = state.byCourse[course] ?? empty;
      return { byCourse: { ...state.byCourse, [course]: { ...current, ...change(current) } } };
    });
  }
  function replaceEntry(entries: readonly RosterEntry[], next: RosterEntry): RosterEntry[] {
    const key = rosterKey(next);
    return entries.map((entry) => (rosterKey(entry) === key ? next : entry));
  }

  return {
    byCourse: {},

    async fetchRoster(course) {
      const request = (latestRequest.get(course) ?? 0) + 1;
      latestRequest.set(course, request);
      // A refresh keeps the rows on screen; only the first load shows a loading state.
      if (read(course).status !== 'ready') update(course, () => ({ status: 'loading' }));
      const result = await api.call('roster.list', { course });
      if (latestRequest.get(course) !== request) return;
      update(course, (current) =>
        result.ok
          ? { status: 'ready', entries: result.value, error: undefined }
          : { status: current.status === 'ready' ? 'ready' : 'error', error: result.error },
      );
    },

    async refreshRoster(course) {
      if (read(course).status === 'idle') return;
      await get().fetchRoster(course);
    },

    async setRole(course, entry, role) {
      const key = rosterKey(entry);
      if (read(course).pending.includes(key)) return;
      // Shown at once so the toggle answers the click; put back if the core refuses.
      update(course, (current) => ({
        entries: replaceEntry(current.entries, { ...entry, role }),
        pending: [...current.pending, key],
        roleError: undefined,
      }));
      const result = await api.call('roster.setRole', { course, projectId: entry.projectId, userId: entry.userId, role });
      update(course, (current) => ({
        entries: replaceEntry(current.entries, result.ok ? result.value : entry),
        pending: current.pending.filter((pending) => pending !== key),
        roleError: result.ok ? undefined : result.error,
      }));
    },

    dismissRoleError(course) {
      update(course, () => ({ roleError: undefined }));
    },
  };
});

export function selectRoster(course: string): (state: RosterState) => CourseRoster {
  return (state) => state.byCourse[course] ?? empty;
}
