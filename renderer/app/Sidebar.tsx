import { useCoursesStore } from '../features/courses/courses-store';
import { TeamNavList } from '../features/team/TeamNavList';
import { courseOfRoute, useRouteStore } from './route-store';
import './sidebar.css';

function PulseMark() {
  return (
    <svg className="sidebar__mark" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <rect width="24" height="24" rx="6" className="sidebar__mark-bg" />
      <path d="M4 13h4l2-5 4 9 2-4h4" className="sidebar__mark-line" />
    </svg>
  );
}

export function Sidebar() {
  const courses = useCoursesStore((state) => state.courses);
  const route = useRouteStore((state) => state.route);
  const { openCourse, openWelcome, openSettings } = useRouteStore.getState();

  return (
    <aside className="sidebar">
      <div className="sidebar__brand">
        <PulseMark />
        <span className="sidebar__wordmark">GitPulse</span>
      </div>
      <nav className="sidebar__nav" aria-label="Main">
        <h2 className="sidebar__heading" id="sidebar-courses">
          Courses
        </h2>
        <ul className="sidebar__list" aria-labelledby="sidebar-courses">
          {courses.map((course) => {
            const isActive = courseOfRoute(route) === course.id;
            return (
              <li key={course.id}>
                <button
                  type="button"
                  className="nav-item"
                  aria-current={isActive ? 'page' : undefined}
                  onClick={() => openCourse(course.id)}
                  title={`${course.name}${course.isDemo ? ' (demo)' : ''} · ${course.teamCount} ${course.teamCount === 1 ? 'team' : 'teams'}`}
                >
                  {/* The accessible name is the course name alone; tag and count repeat the tooltip. */}
                  <span className="nav-item__label">
                    <bdi>{course.name}</bdi>
                  </span>
                  {course.isDemo && (
                    <span className="nav-item__tag" aria-hidden="true">
                      demo
                    </span>
                  )}
                  <span className="nav-item__count" aria-hidden="true">
                    {course.teamCount}
                  </span>
                </button>
                {isActive && <TeamNavList courseId={course.id} />}
              </li>
            );
          })}
          <li>
            <button type="button" className="nav-item nav-item--add" aria-current={route.screen === 'welcome' ? 'page' : undefined} onClick={openWelcome}>
              <span className="nav-item__icon" aria-hidden="true">
                +
              </span>
              <span className="nav-item__label">Add course</span>
            </button>
          </li>
        </ul>
      </nav>
      <div className="sidebar__footer">
        <button type="button" className="nav-item" aria-current={route.screen === 'settings' ? 'page' : undefined} onClick={() => openSettings()}>
          <span className="nav-item__icon" aria-hidden="true">
            ⚙
          </span>
          <span className="nav-item__label">Settings</span>
        </button>
      </div>
    </aside>
  );
}
