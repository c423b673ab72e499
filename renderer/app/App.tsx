import { CourseOverviewScreen } from '../features/courses/CourseOverviewScreen';
import { WelcomeScreen } from '../features/courses/WelcomeScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { AppHeader } from './AppHeader';
import type { Route } from './route-store';
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
      return <CourseOverviewScreen key={route.course} courseName={route.course} />;
    case 'settings':
      return <SettingsScreen />;
  }
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
      </div>
    </div>
  );
}
