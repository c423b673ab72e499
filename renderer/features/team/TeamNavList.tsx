import { useEffect } from 'react';
import { useRouteStore } from '../../app/route-store';
import { selectCourseMetrics, useCourseMetricsStore } from '../courses/course-metrics-store';

/**
 * The open course's teams under its entry in the sidebar: a way to every team page from anywhere in
 * the course, and from one team to the next. Names come from the course metrics already loaded.
 */
export function TeamNavList({ courseId }: { courseId: number }) {
  const entry = useCourseMetricsStore(selectCourseMetrics(courseId));
  const route = useRouteStore((state) => state.route);
  const openTeam = useRouteStore((state) => state.openTeam);
  useEffect(() => {
    if (entry.status === 'idle') void useCourseMetricsStore.getState().fetchMetrics(courseId);
  }, [courseId, entry.status]);
  const teams = [...(entry.metrics?.teams ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  if (teams.length === 0) return null;
  const openProject = route.screen === 'team' || route.screen === 'student' ? route.projectId : undefined;
  return (
    <ul className="sidebar__teams" aria-label="Teams">
      {teams.map((team) => (
        <li key={team.projectId}>
          <button
            type="button"
            className="nav-item nav-item--team"
            aria-current={openProject === team.projectId ? 'page' : undefined}
            onClick={() => openTeam(courseId, team.projectId)}
            title={team.project}
          >
            <span className="nav-item__label">
              <bdi>{team.name}</bdi>
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
