import { api } from '../api-client';
import { useCourseMetricsStore } from '../features/courses/course-metrics-store';
import { useCoursesStore } from '../features/courses/courses-store';
import { useSyncStore } from '../features/courses/sync-store';
import { selectOpenCourse, useRouteStore } from './route-store';

/**
 * After the course list changed, the shell must still point at something that exists: the first
 * screen becomes the first course (or Welcome when there is none), and a removed course closes.
 */
function settleRoute(): void {
  const { courses, status } = useCoursesStore.getState();
  if (status !== 'ready') return;
  const { route, openCourse, openWelcome } = useRouteStore.getState();
  const first = courses[0];
  if (route.screen === 'starting' || (route.screen === 'course' && !courses.some((c) => c.name === route.course))) {
    if (first) openCourse(first.name);
    else openWelcome();
  }
}

async function refreshAfterChange(): Promise<void> {
  const openCourse = selectOpenCourse(useRouteStore.getState());
  await Promise.all([
    useCoursesStore.getState().fetchCourses(),
    openCourse === undefined ? Promise.resolve() : useCourseMetricsStore.getState().fetchMetrics(openCourse),
  ]);
  settleRoute();
}

/** Fetches the course list again (the first load, or Retry after it failed) and settles the route. */
export async function reloadCourses(): Promise<void> {
  await useCoursesStore.getState().fetchCourses();
  settleRoute();
}

/** Loads the first data and routes push events to the feature stores; returns a stop function. */
export function startApp(): () => void {
  void reloadCourses();
  return api.subscribe((event) => {
    if (event.name === 'sync.progressed') useSyncStore.getState().recordProgress(event.payload);
    else void refreshAfterChange();
  });
}
