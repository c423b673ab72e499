import { create } from 'zustand';
import type { MetricsWindowSpec } from '../../../shared/domain/metrics-window';
import { courseWindow } from './window-options';

interface MetricsWindowState {
  /** The window each course's screens count in; a course nobody picked a window for uses the course window. */
  byCourse: Record<number, MetricsWindowSpec>;
  selectWindow(courseId: number, spec: MetricsWindowSpec): void;
}

/**
 * The window picked per course, shared by every screen of that course (the overview, the team page, the student profile),
 * so moving between them keeps the instructor's choice. Held for the session, not stored.
 */
export const useMetricsWindowStore = create<MetricsWindowState>()((set) => ({
  byCourse: {},
  selectWindow: (courseId, spec) => set((state) => ({ byCourse: { ...state.byCourse, [courseId]: spec } })),
}));

export function selectCourseWindow(courseId: number): (state: MetricsWindowState) => MetricsWindowSpec {
  return (state) => state.byCourse[courseId] ?? courseWindow;
}
