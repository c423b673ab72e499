import { create } from 'zustand';

/** The views of one course: its numbers, its rubric, its grades, and the settings that shape them (window, schedule, roster). */
export type CourseTab = 'overview' | 'rubric' | 'grading' | 'settings';

/** The sections of the app-wide Settings screen. */
export type SettingsSection = 'connections' | 'relay' | 'activity' | 'data' | 'about';

/** The screens the shell can show; a course is addressed by its id, which survives a rename. */
export type Route =
  { screen: 'starting' } | { screen: 'welcome' } | { screen: 'course'; courseId: number; tab: CourseTab } | { screen: 'settings'; section: SettingsSection };

interface RouteState {
  route: Route;
  openWelcome(): void;
  openCourse(courseId: number, tab?: CourseTab): void;
  openSettings(section?: SettingsSection): void;
}

export const useRouteStore = create<RouteState>()((set) => ({
  route: { screen: 'starting' },
  openWelcome: () => set({ route: { screen: 'welcome' } }),
  openCourse: (courseId, tab = 'overview') => set({ route: { screen: 'course', courseId, tab } }),
  openSettings: (section = 'connections') => set({ route: { screen: 'settings', section } }),
}));

/** The course the content area shows, or undefined on any other screen. */
export function selectOpenCourse(state: RouteState): number | undefined {
  return state.route.screen === 'course' ? state.route.courseId : undefined;
}
