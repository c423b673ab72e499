import { create } from 'zustand';
import type { ApiTransport } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import type { Iteration, IterationInput } from '../../../shared/domain/iteration';
import { api } from '../../api-client';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { selectOpenCourse, useRouteStore } from '../../app/route-store';

export interface IterationsEntry {
  iterations: Iteration[];
  isLoaded: boolean;
  error: ApiError | undefined;
}

interface IterationsState {
  byCourse: Record<number, IterationsEntry>;
  fetchIterations(courseId: number): Promise<void>;
  /**
   * Saves the whole list; the core checks it again and refuses it whole. A list that drops an
   * iteration with grading data is refused with `conflict` unless `force` says to delete that data.
   */
  replaceIterations(courseId: number, iterations: IterationInput[], options?: { force: boolean }): Promise<{ iterations: Iteration[] } | { error: ApiError }>;
}

const emptyEntry: IterationsEntry = { iterations: [], isLoaded: false, error: undefined };

/** A store over the given transport; the app uses the one below, renderer unit tests make their own. */
export function createIterationsStore(api: ApiTransport) {
  const latestRequest = new Map<number, number>();
  return create<IterationsState>()((set, get) => ({
    byCourse: {},

    async fetchIterations(courseId) {
      const request = (latestRequest.get(courseId) ?? 0) + 1;
      latestRequest.set(courseId, request);
      const result = await api.call('iterations.list', { courseId });
      if (latestRequest.get(courseId) !== request) return;
      const previous = get().byCourse[courseId] ?? emptyEntry;
      const entry: IterationsEntry = result.ok ? { iterations: result.value, isLoaded: true, error: undefined } : { ...previous, error: result.error };
      set((state) => ({ byCourse: { ...state.byCourse, [courseId]: entry } }));
    },

    async replaceIterations(courseId, iterations, options) {
      const result = await api.call('iterations.replace', { courseId, iterations, ...(options?.force ? { force: true } : {}) });
      if (!result.ok) return { error: result.error };
      // An older list fetch may still be on its way; outdate it so it cannot overwrite the saved list.
      latestRequest.set(courseId, (latestRequest.get(courseId) ?? 0) + 1);
      set((state) => ({ byCourse: { ...state.byCourse, [courseId]: { iterations: result.value, isLoaded: true, error: undefined } } }));
      return { iterations: result.value };
    },
  }));
}

export const useIterationsStore = createIterationsStore(api);

export function selectIterations(courseId: number): (state: IterationsState) => IterationsEntry {
  return (state) => state.byCourse[courseId] ?? emptyEntry;
}

/** The open course's iterations: the settings list and every window selector. */
export const iterationsChanges: ChangeDependency = {
  dependsOn: ['course_iterations', 'courses'],
  refresh: async () => {
    const courseId = selectOpenCourse(useRouteStore.getState());
    if (courseId !== undefined) await useIterationsStore.getState().fetchIterations(courseId);
  },
};
