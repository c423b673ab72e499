import { create } from 'zustand';
import type { Course } from '../../../shared/domain/course';
import type { ApiError } from '../../../shared/api/result';
import type { MethodInput } from '../../../shared/api/contract';
import { api } from '../../api-client';
import type { ApiTransport } from '../../../shared/api/contract';
import type { ChangeDependency } from '../../app/refresh-on-change';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

interface CoursesState {
  courses: Course[];
  status: LoadStatus;
  error: ApiError | undefined;
  isCreatingDemo: boolean;
  demoError: ApiError | undefined;
  fetchCourses(): Promise<void>;
  /** Creates the demo course and resolves to its id, or undefined when it failed (see demoError). */
  createDemoCourse(): Promise<number | undefined>;
  /** Adds a course; resolves to the course or to the server's error for the form to show. */
  addCourse(input: MethodInput<'courses.add'>): Promise<{ course: Course } | { error: ApiError }>;
  /** Saves course settings; the updated course replaces the listed one at once, without a refetch. */
  updateCourse(input: MethodInput<'courses.update'>): Promise<{ course: Course } | { error: ApiError }>;
}

/**
 * A store over the given transport; the app uses the one below, renderer unit tests make their own.
 */
export function createCoursesStore(api: ApiTransport) {
  // Refreshes overlap when data.changed events arrive in bursts; only the newest answer may land.
  let latestRequest = 0;
  return create<CoursesState>()((set, get) => ({
    courses: [],
    status: 'idle',
    error: undefined,
    isCreatingDemo: false,
    demoError: undefined,

    async fetchCourses() {
      const request = ++latestRequest;
      // Keep showing the current list during a refresh; only the first load shows a loading state.
      if (get().status !== 'ready') set({ status: 'loading' });
      const result = await api.call('courses.list', {});
      if (request !== latestRequest) return;
      if (result.ok) set({ courses: result.value, status: 'ready', error: undefined });
      else set({ status: get().status === 'ready' ? 'ready' : 'error', error: result.error });
    },

    async createDemoCourse() {
      set({ isCreatingDemo: true, demoError: undefined });
      const result = await api.call('courses.createDemo', {});
      if (!result.ok) {
        set({ isCreatingDemo: false, demoError: result.error });
        return undefined;
      }
      await get().fetchCourses();
      set({ isCreatingDemo: false });
      return result.value.id;
    },

    async addCourse(input) {
      const result = await api.call('courses.add', input);
      if (!result.ok) return { error: result.error };
      await get().fetchCourses();
      return { course: result.value };
    },

    async updateCourse(input) {
      const result = await api.call('courses.update', input);
      if (!result.ok) return { error: result.error };
      const updated = result.value;
      // A list fetch already in flight may answer with the old row; outdate it so it cannot land.
      latestRequest += 1;
      set((state) => ({ courses: state.courses.map((course) => (course.id === updated.id ? updated : course)) }));
      return { course: updated };
    },
  }));
}

export const useCoursesStore = createCoursesStore(api);

export function findCourse(courses: readonly Course[], courseId: number | undefined): Course | undefined {
  return courseId === undefined ? undefined : courses.find((course) => course.id === courseId);
}

/** The course list shows each course's settings, last sync and team count. */
export const coursesChanges: ChangeDependency = {
  dependsOn: ['courses', 'course_teams'],
  refresh: () => useCoursesStore.getState().fetchCourses(),
};
