import { create } from 'zustand';
import type { ApiTransport } from '../../../shared/api/contract';
import type { MetricsWindowSpec } from '../../../shared/domain/metrics-window';
import type { TeamPractices } from '../../../shared/domain/practices';
import { api } from '../../api-client';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { selectOpenCourse, useRouteStore } from '../../app/route-store';
import { selectCourseWindow, useMetricsWindowStore } from '../metrics-window/metrics-window-store';
import { courseWindow } from '../metrics-window/window-options';

interface CoursePracticesState {
  /** Each course's practice checks with their evidence, by team project path. */
  byCourse: Record<number, Record<string, TeamPractices>>;
  fetchPractices(courseId: number, window?: MetricsWindowSpec): Promise<void>;
}

/**
 * The evidence behind the overview's practice icons. The verdicts themselves come with the metrics;
 * this only adds what a hover shows, so a failure here leaves the icons without their detail, not wrong.
 */
export function createCoursePracticesStore(api: ApiTransport) {
  const latestRequest = new Map<number, number>();
  return create<CoursePracticesState>()((set) => ({
    byCourse: {},
    async fetchPractices(courseId, window = courseWindow) {
      const request = (latestRequest.get(courseId) ?? 0) + 1;
      latestRequest.set(courseId, request);
      const result = await api.call('practices.course', { courseId, window });
      if (latestRequest.get(courseId) !== request || !result.ok) return;
      const byProject = Object.fromEntries(result.value.teams.map((team) => [team.project, team]));
      set((state) => ({ byCourse: { ...state.byCourse, [courseId]: byProject } }));
    },
  }));
}

export const useCoursePracticesStore = createCoursePracticesStore(api);

const noPractices: Record<string, TeamPractices> = {};

export function selectCoursePractices(courseId: number): (state: CoursePracticesState) => Record<string, TeamPractices> {
  return (state) => state.byCourse[courseId] ?? noPractices;
}

/** The checks read the stored CI file and, for two of them, the window's pipelines. */
export const coursePracticesChanges: ChangeDependency = {
  dependsOn: ['courses', 'course_teams', 'projects', 'ci_configs', 'pipelines', 'jobs', 'course_iterations'],
  refresh: async () => {
    const courseId = selectOpenCourse(useRouteStore.getState());
    if (courseId !== undefined) {
      await useCoursePracticesStore.getState().fetchPractices(courseId, selectCourseWindow(courseId)(useMetricsWindowStore.getState()));
    }
  },
};
