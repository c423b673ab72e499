import { create } from 'zustand';
import type { ApiTransport } from '../../../shared/api/contract';
import type { ApiError } from '../../../shared/api/result';
import type { CourseTotal } from '../../../shared/domain/course-total';
import { api } from '../../api-client';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { selectOpenCourse, useRouteStore } from '../../app/route-store';
import type { LoadStatus } from '../courses/courses-store';
import { gradingChanges } from './grading-store';

export interface CourseTotalEntry {
  status: LoadStatus;
  total: CourseTotal | undefined;
  /** A `conflict` says the course has nothing to combine yet (no iterations, or every weight 0): the view says what to do. */
  error: ApiError | undefined;
}

interface CourseTotalState {
  byCourse: Record<number, CourseTotalEntry>;
  fetchTotal(courseId: number): Promise<void>;
}

const emptyEntry: CourseTotalEntry = { status: 'idle', total: undefined, error: undefined };

/** A store over the given transport; the app uses the one below, renderer unit tests make their own. */
export function createCourseTotalStore(api: ApiTransport) {
  const latestRequest = new Map<number, number>();
  return create<CourseTotalState>()((set, get) => ({
    byCourse: {},
    async fetchTotal(courseId) {
      const request = (latestRequest.get(courseId) ?? 0) + 1;
      latestRequest.set(courseId, request);
      const previous = get().byCourse[courseId] ?? emptyEntry;
      if (previous.status === 'idle') set((s) => ({ byCourse: { ...s.byCourse, [courseId]: { ...previous, status: 'loading' } } }));
      const result = await api.call('grades.courseTotal', { courseId });
      if (latestRequest.get(courseId) !== request) return;
      // A refused total replaces the last one: it means the iterations changed under it, so its columns are gone.
      const entry: CourseTotalEntry = result.ok
        ? { status: 'ready', total: result.value, error: undefined }
        : {
            status: result.error.code === 'conflict' ? 'ready' : 'error',
            total: result.error.code === 'conflict' ? undefined : previous.total,
            error: result.error,
          };
      set((s) => ({ byCourse: { ...s.byCourse, [courseId]: entry } }));
    },
  }));
}

export const useCourseTotalStore = createCourseTotalStore(api);

export function selectCourseTotal(courseId: number): (state: CourseTotalState) => CourseTotalEntry {
  return (state) => state.byCourse[courseId] ?? emptyEntry;
}

/** The open course's total: what the grades of every iteration read, the iterations and their weights included. */
export const courseTotalChanges: ChangeDependency = {
  dependsOn: gradingChanges.dependsOn,
  refresh: async () => {
    const courseId = selectOpenCourse(useRouteStore.getState());
    if (courseId !== undefined && useCourseTotalStore.getState().byCourse[courseId]) await useCourseTotalStore.getState().fetchTotal(courseId);
  },
};
