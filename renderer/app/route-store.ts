import { create } from 'zustand';

/** The views of one course: its numbers, and the settings that shape them (window, schedule, roster). */
export type CourseTab = 'overview' | 'settings';

/** The sections of the app-wide Settings screen. */
export type SettingsSection = 'connections' | 'relay' | 'activity' | 'data' | 'about';

/** The screens the shell can show; a course is addressed by its id, which survives a rename. */
export type Route =
  | { screen: 'starting' }
  | { screen: 'welcome' }
  | { screen: 'course'; courseId: number; tab: CourseTab }
  | { screen: 'team'; courseId: number; projectId: number }
  | { screen: 'settings'; section: SettingsSection };

interface RouteState {
  route: Route;
  openWelcome(): void;
  openCourse(courseId: number, tab?: CourseTab): void;
  /** One team of a course, by its project's row id (as metrics.course lists it). */
  openTeam(courseId: number, projectId: number): void;
  openSettings(section?: SettingsSection): void;
}

export const useRouteStore = create<RouteState>()((set) => ({
  route: { screen: 'starting' },
  openWelcome: () => set({ route: { screen: 'welcome' } }),
  openCourse: (courseId, tab = 'overview') => set({ route: { screen: 'course', courseId, tab } }),
  openTeam: (courseId, projectId) => set({ route: { screen: 'team', courseId, projectId } }),
  openSettings: (section = 'connections') => set({ route: { screen: 'settings', section } }),
}));

/** The course the content area shows (its overview, settings or one of its teams), or undefined on any other screen. */
export function selectOpenCourse(state: RouteState): number | undefined {
  return state.route.screen === 'course' || state.route.screen === 'team' ? state.route.courseId : undefined;
}
