import { create } from 'zustand';
import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../../api-client';
import type { ApiTransport } from '../../../shared/api/contract';
import type { LoadStatus } from './courses-store';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { selectOpenCourse, useRouteStore } from '../../app/route-store';
import type { MetricsWindowSpec } from '../../../shared/domain/metrics-window';
import { selectCourseWindow, useMetricsWindowStore } from '../metrics-window/metrics-window-store';
import { courseWindow } from '../metrics-window/window-options';

export interface CourseMetricsEntry {
  status: LoadStatus;
  metrics: CourseMetrics | undefined;
  error: ApiError | undefined;
}

interface CourseMetricsState {
  byCourse: Record<number, CourseMetricsEntry>;
  /** The course's figures over a window (the course window unless given); the newest request wins. */
  fetchMetrics(courseId: number, window?: MetricsWindowSpec): Promise<void>;
}

const emptyEntry: CourseMetricsEntry = { status: 'idle', metrics: undefined, error: undefined };

/**
 * A store over the given transport; the app uses the one below, renderer unit tests make their own.
 */
export function createCourseMetricsStore(api: ApiTransport) {
  const latestRequest = new Map<number, number>();
  return create<CourseMetricsState>()((set, get) => ({
    byCourse: {},

    async fetchMetrics(courseId, window = courseWindow) {
      const request = (latestRequest.get(courseId) ?? 0) + 1;
      latestRequest.set(courseId, request);
      const previous = get().byCourse[courseId] ?? emptyEntry;
      // A refresh keeps the table on screen; a blank table flashing on every sync step is noise.
      if (previous.status !== 'ready') {
        set((state) => ({ byCourse: { ...state.byCourse, [courseId]: { ...previous, status: 'loading' } } }));
      }
      const result = await api.call('metrics.course', { courseId, window });
      if (latestRequest.get(courseId) !== request) return;
      const entry: CourseMetricsEntry = result.ok
        ? { status: 'ready', metrics: result.value, error: undefined }
        : { status: previous.status === 'ready' ? 'ready' : 'error', metrics: previous.metrics, error: result.error };
      set((state) => ({ byCourse: { ...state.byCourse, [courseId]: entry } }));
    },
  }));
}

export const useCourseMetricsStore = createCourseMetricsStore(api);

export function selectCourseMetrics(courseId: number): (state: CourseMetricsState) => CourseMetricsEntry {
  return (state) => state.byCourse[courseId] ?? emptyEntry;
}

/**
 * The open course's numbers: its teams' pipelines and each student's part, within the course window.
 * An alias or an exclusion changes every figure at once, so those tables count too; the practice
 * verdicts in each team's row come from its CI file.
 */
export const courseMetricsChanges: ChangeDependency = {
  dependsOn: [
    'courses',
    'course_teams',
    'projects',
    'ci_configs',
    'pipelines',
    'members',
    'users',
    'commits',
    'merge_requests',
    'issues',
    'notes',
    'identity_aliases',
    'exclusions',
    'course_iterations',
  ],
  refresh: async () => {
    const courseId = selectOpenCourse(useRouteStore.getState());
    if (courseId !== undefined) await useCourseMetricsStore.getState().fetchMetrics(courseId, selectCourseWindow(courseId)(useMetricsWindowStore.getState()));
  },
};
