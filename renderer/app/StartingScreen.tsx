import { Button } from '../components/Button';
import { ErrorBanner } from '../components/ErrorBanner';
import { useCoursesStore } from '../features/courses/courses-store';
import { reloadCourses } from './start-app';

/** What the content area shows until the first course list arrives (or fails to). */
export function StartingScreen() {
  const error = useCoursesStore((state) => state.error);
  if (error) {
    return <ErrorBanner title="Could not load your courses" error={error} action={<Button onClick={() => void reloadCourses()}>Retry</Button>} />;
  }
  return <p className="muted">Loading courses…</p>;
}
