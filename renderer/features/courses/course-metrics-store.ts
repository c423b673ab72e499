import { create } from 'zustand';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../../api-client';
import type { LoadStatus } from './courses-store';

export interface CourseMetricsEntry {
  status: LoadStatus;
  metrics: CourseMetrics | undefined;
  error: ApiError | undefined;
}

interface CourseMetricsState {
  byCourse: Record<string, CourseMetricsEntry>;
  fetchMetrics(course: string): Promise<void>;
}

const emptyEntry: CourseMetricsEntry = { status: 'idle', metrics: undefined, error: undefined };
const latestRequest = new Map<string, number>();

export const useCourseMetricsStore = create<CourseMetricsState>()((set, get) => ({
  byCourse: {},

  async fetchMetrics(course) {
    const request = (latestRequest.get(course) ?? 0) + 1;
    latestRequest.set(course, request);
    const previous = get().byCourse[course] ?? emptyEntry;
    // A refresh keeps the table on screen; a blank table flashing on every sync step is noise.
    if (previous.status !== 'ready') {
      set((state) => ({ byCourse: { ...state.byCourse, [course]: { ...previous, status: 'loading' } } }));
    }
    const result = await api.call('metrics.course', { course });
    if (latestRequest.get(course) !== request) return;
    const entry: CourseMetricsEntry = result.ok
      ? { status: 'ready', metrics: result.value, error: undefined }
      : { status: previous.status === 'ready' ? 'ready' : 'error', metrics: previous.metrics, error: result.error };
    set((state) => ({ byCourse: { ...state.byCourse, [course]: entry } }));
  },
}));

export function selectCourseMetrics(course: string): (state: CourseMetricsState) => CourseMetricsEntry {
  return (state) => state.byCourse[course] ?? emptyEntry;
}
