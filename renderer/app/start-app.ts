import type { AnyEvent } from '../../shared/api/events';
import { api } from '../api-client';
import { useAuditStore } from '../features/activity/audit-store';
import { useConnectionsStore } from '../features/connections/connections-store';
import { useRosterStore } from '../features/course-settings/roster-store';
import { useCourseMetricsStore } from '../features/courses/course-metrics-store';
import { useCoursesStore } from '../features/courses/courses-store';
import { useSyncStatusStore } from '../features/sync/sync-status-store';
import { useSyncStore } from '../features/sync/sync-store';
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

/** An empty table list means "anything may have changed" (the event stream reconnected). */
function touches(tables: readonly string[], table: string): boolean {
  return tables.length === 0 || tables.includes(table);
}

async function refreshAfterChange(tables: readonly string[]): Promise<void> {
  const openCourse = selectOpenCourse(useRouteStore.getState());
  const pending: Promise<void>[] = [useCoursesStore.getState().fetchCourses(), useSyncStatusStore.getState().fetchSyncStatus()];
  if (openCourse !== undefined) {
    pending.push(useCourseMetricsStore.getState().fetchMetrics(openCourse));
    if (touches(tables, 'members')) pending.push(useRosterStore.getState().refreshRoster(openCourse));
  }
  await Promise.all(pending);
  settleRoute();
}

function routeEvent(event: AnyEvent): void {
  switch (event.name) {
    case 'sync.progressed':
      useSyncStore.getState().recordProgress(event.payload);
      return;
    case 'sync.finished':
      useSyncStore.getState().recordFinished(event.payload);
      void refreshAfterChange([]);
      void useAuditStore.getState().refreshNewest();
      return;
    case 'connections.changed':
      void useConnectionsStore.getState().fetchConnections();
      return;
    case 'data.changed':
      void refreshAfterChange(event.payload.tables);
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
