import { create } from 'zustand';

/** The screens the shell can show; a course is addressed by its name, as in every API call. */
export type Route =
  | { screen: 'starting' }
  | { screen: 'welcome' }
  | { screen: 'course'; course: string }
  | { screen: 'settings' };

interface RouteState {
  route: Route;
  openWelcome(): void;
  openCourse(course: string): void;
  openSettings(): void;
}

export const useRouteStore = create<RouteState>()((set) => ({
  route: { screen: 'starting' },
  openWelcome: () => set({ route: { screen: 'welcome' } }),
  openCourse: (course) => set({ route: { screen: 'course', course } }),
  openSettings: () => set({ route: { screen: 'settings' } }),
}));

/** The course the content area shows, or undefined on any other screen. */
export function selectOpenCourse(state: RouteState): string | undefined {
  return state.route.screen === 'course' ? state.route.course : undefined;
}
