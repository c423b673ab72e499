import { create } from 'zustand';
import type { Course } from '../../../shared/domain/course';
import type { ApiError } from '../../../shared/api/result';
import type { MethodInput } from '../../../shared/api/contract';
import { api } from '../../api-client';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

interface CoursesState {
  courses: Course[];
  status: LoadStatus;
  error: ApiError | undefined;
  isCreatingDemo: boolean;
  demoError: ApiError | undefined;
  fetchCourses(): Promise<void>;
  /** Creates the demo course and resolves to its name, or undefined when it failed (see demoError). */
  createDemoCourse(): Promise<string | undefined>;
  /** Adds a course; resolves to the course or to the server's error for the form to show. */
  addCourse(input: MethodInput<'courses.add'>): Promise<{ course: Course } | { error: ApiError }>;
  /** Saves course settings; the updated course replaces the listed one at once, without a refetch. */
  updateCourse(input: MethodInput<'courses.update'>): Promise<{ course: Course } | { error: ApiError }>;
}

// Refreshes overlap when data.changed events arrive in bursts; only the newest answer may land.
let latestRequest = 0;

export const useCoursesStore = create<CoursesState>()((set, get) => ({
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
    return result.value.name;
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

export function findCourse(courses: readonly Course[], name: string | undefined): Course | undefined {
  return name === undefined ? undefined : courses.find((course) => course.name === name);
}
