import { create } from 'zustand';

/** The views of one course: its numbers, its rubric, its grades, and the settings that shape them (window, schedule, roster). */
export type CourseTab = 'overview' | 'rubric' | 'grading' | 'settings';

/** The sections of the app-wide Settings screen. */
export type SettingsSection = 'connections' | 'relay' | 'activity' | 'data' | 'about';

/** The screens the shell can show; a course is addressed by its id, which survives a rename. */
export type Route =
  | { screen: 'starting' }
  | { screen: 'welcome' }
  | { screen: 'course'; courseId: number; tab: CourseTab }
  /** One team of a course, by its project's row id (as metrics.course lists it). */
  | { screen: 'team'; courseId: number; projectId: number }
  /** One student of a team, by GitLab username. */
  | { screen: 'student'; courseId: number; projectId: number; username: string }
  | { screen: 'settings'; section: SettingsSection };

interface RouteState {
  route: Route;
  openWelcome(): void;
  openCourse(courseId: number, tab?: CourseTab): void;
  openTeam(courseId: number, projectId: number): void;
  openStudent(courseId: number, projectId: number, username: string): void;
  openSettings(section?: SettingsSection): void;
}

export const useRouteStore = create<RouteState>()((set) => ({
  route: { screen: 'starting' },
  openWelcome: () => set({ route: { screen: 'welcome' } }),
  openCourse: (courseId, tab = 'overview') => set({ route: { screen: 'course', courseId, tab } }),
  openTeam: (courseId, projectId) => set({ route: { screen: 'team', courseId, projectId } }),
  openStudent: (courseId, projectId, username) => set({ route: { screen: 'student', courseId, projectId, username } }),
  openSettings: (section = 'connections') => set({ route: { screen: 'settings', section } }),
}));

/** The course of a route: the course screen's, or the course a team or student page belongs to. */
export function courseOfRoute(route: Route): number | undefined {
  return route.screen === 'course' || route.screen === 'team' || route.screen === 'student' ? route.courseId : undefined;
}

/** The course the content area shows, or undefined on any other screen. */
export function selectOpenCourse(state: RouteState): number | undefined {
  return courseOfRoute(state.route);
}
