import type { AnyEvent } from '../../shared/api/events';
import { api } from '../api-client';
import { auditChanges } from '../features/activity/audit-store';
import { useConnectionsStore } from '../features/connections/connections-store';
import { rosterChanges } from '../features/course-settings/roster-store';
import { courseMetricsChanges } from '../features/courses/course-metrics-store';
import { coursePracticesChanges } from '../features/courses/course-practices-store';
import { coursesChanges, useCoursesStore } from '../features/courses/courses-store';
import { iterationsChanges } from '../features/metrics-window/iterations-store';
import { relayChanges } from '../features/relay/relay-store';
import { courseAliasesChanges } from '../features/team/course-aliases-store';
import { studentProfileChanges } from '../features/team/student-profile-store';
import { teamDetailChanges } from '../features/team/team-detail-store';
import { courseTotalChanges } from '../features/grading/course-total-store';
import { gradingChanges } from '../features/grading/grading-store';
import { rubricChanges } from '../features/rubric/rubric-store';
import { syncStatusChanges, useSyncStatusStore } from '../features/sync/sync-status-store';
import { useSyncStore } from '../features/sync/sync-store';
import { createChangeRouter } from './refresh-on-change';
import { courseOfRoute, useRouteStore } from './route-store';

/**
 * After the course list changed, the shell must still point at something that exists: the first
 * screen becomes the first course (or Welcome when there is none), and a removed course closes.
 */
function settleRoute(): void {
  const { courses, status } = useCoursesStore.getState();
  if (status !== 'ready') return;
  const { route, openCourse, openWelcome } = useRouteStore.getState();
  const first = courses[0];
  const courseId = courseOfRoute(route);
  if (route.screen === 'starting' || (courseId !== undefined && !courses.some((c) => c.id === courseId))) {
    if (first) openCourse(first.id);
    else openWelcome();
  }
}

/** Each store says which tables it reads, so a commit refetches only the screens it can change. */
const changeRouter = createChangeRouter(
  [
    coursesChanges,
    syncStatusChanges,
    auditChanges,
    courseMetricsChanges,
    rosterChanges,
    relayChanges,
    teamDetailChanges,
    studentProfileChanges,
    courseAliasesChanges,
    iterationsChanges,
    coursePracticesChanges,
    rubricChanges,
    gradingChanges,
    courseTotalChanges,
  ],
  settleRoute,
);

function routeEvent(event: AnyEvent): void {
  switch (event.name) {
    case 'sync.progressed':
      useSyncStore.getState().recordProgress(event.payload);
      return;
    case 'sync.finished':
      // The data it wrote arrives as data.changed, commit by commit.
      useSyncStore.getState().recordFinished(event.payload);
      return;
    case 'connections.changed':
      void useConnectionsStore.getState().fetchConnections();
      return;
    case 'data.changed':
      changeRouter.noteChanged(event.payload.tables);
      return;
  }
}

/** Fetches the course list again (the first load, or Retry after it failed) and settles the route. */
export async function reloadCourses(): Promise<void> {
  await useCoursesStore.getState().fetchCourses();
  settleRoute();
}

/** Loads the first data and routes push events to the feature stores; returns a stop function. */
export function startApp(): () => void {
  void reloadCourses();
  void useSyncStatusStore.getState().fetchSyncStatus();
  return api.subscribe(routeEvent);
}
