import { findCourse, useCoursesStore } from '../features/courses/courses-store';
import type { Route, SettingsSection } from './route-store';

const settingsTitles: Record<SettingsSection, string> = {
  connections: 'Connections',
  relay: 'Relay',
  activity: 'Activity',
  data: 'Data',
  about: 'About',
};

function titleOf(route: Route, hasCourses: boolean, courseName: string | undefined): { title: string; section: string | undefined } {
  switch (route.screen) {
    case 'starting':
      return { title: 'GitPulse', section: undefined };
    case 'welcome':
      return hasCourses ? { title: 'Add a course', section: 'Courses' } : { title: 'Welcome to GitPulse', section: undefined };
    case 'course':
    case 'team':
      return { title: courseName ?? '', section: 'Courses' };
    case 'settings':
      return { title: settingsTitles[route.section], section: 'Settings' };
  }
}

export function AppHeader({ route }: { route: Route }) {
  const hasCourses = useCoursesStore((state) => state.courses.length > 0);
  const courseName = useCoursesStore((state) =>
    route.screen === 'course' || route.screen === 'team' ? findCourse(state.courses, route.courseId)?.name : undefined,
  );
  const { title, section } = titleOf(route, hasCourses, courseName);
  return (
    <header className="app-header">
      {section && <span className="app-header__section">{section} /</span>}
      <h1 className="app-header__title">{title}</h1>
    </header>
  );
}
