import { CourseScreen } from '../features/courses/CourseScreen';
import { findCourse, useCoursesStore } from '../features/courses/courses-store';
import { WelcomeScreen } from '../features/courses/WelcomeScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { SyncBar } from '../features/sync/SyncBar';
import { AppHeader } from './AppHeader';
import type { CourseTab, Route } from './route-store';
import { useRouteStore } from './route-store';
import { Sidebar } from './Sidebar';
import { StartingScreen } from './StartingScreen';
import './app.css';

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'starting':
      return <StartingScreen />;
    case 'welcome':
      return <WelcomeScreen />;
    case 'course':
      // Keyed by course so per-course form and sort state starts fresh when switching courses.
      return <CourseScreen key={route.courseId} courseId={route.courseId} tab={route.tab} />;
    case 'team':
      // The team page is built on its own branch; until it lands a team route shows its course's overview.
      return <CourseScreen key={route.courseId} courseId={route.courseId} tab="overview" />;
    case 'settings':
      return <SettingsScreen section={route.section} />;
  }
}

/** The open course's sync bar, pinned under the content so it stays in view while the page scrolls. */
function CourseSyncBar({ courseId, tab }: { courseId: number; tab: CourseTab }) {
  const course = useCoursesStore((state) => findCourse(state.courses, courseId));
  return course ? <SyncBar key={course.id} course={course} isOnSettings={tab === 'settings'} /> : null;
}

export function App() {
  const route = useRouteStore((state) => state.route);
  return (
    <div className="app">
      <Sidebar />
      <div className="app__main">
        <AppHeader route={route} />
        <main className="app__content">
          <Screen route={route} />
        </main>
        {route.screen === 'course' && <CourseSyncBar courseId={route.courseId} tab={route.tab} />}
      </div>
    </div>
  );
}
