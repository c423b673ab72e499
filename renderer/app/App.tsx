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
      return <CourseScreen key={route.course} courseName={route.course} tab={route.tab} />;
    case 'settings':
      return <SettingsScreen section={route.section} />;
  }
}

/** The open course's sync bar, pinned under the content so it stays in view while the page scrolls. */
function CourseSyncBar({ courseName, tab }: { courseName: string; tab: CourseTab }) {
  const course = useCoursesStore((state) => findCourse(state.courses, courseName));
  return course ? <SyncBar key={course.name} course={course} isOnSettings={tab === 'settings'} /> : null;
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
        {route.screen === 'course' && <CourseSyncBar courseName={route.course} tab={route.tab} />}
      </div>
    </div>
  );
}
