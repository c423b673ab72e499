import type { CourseTab } from '../../app/route-store';
import { useRouteStore } from '../../app/route-store';

const tabs: readonly { tab: CourseTab; label: string }[] = [
  { tab: 'overview', label: 'Overview' },
  { tab: 'rubric', label: 'Rubric' },
  { tab: 'grading', label: 'Grading' },
  { tab: 'settings', label: 'Course settings' },
];

/**
 * The views of one course. Plain navigation buttons marked with aria-current rather than an ARIA
 * tablist: each view is a screen of its own with its own route, and Tab reaches every button.
 */
export function CourseTabs({ courseId, active }: { courseId: number; active: CourseTab }) {
  return (
    <nav className="course-tabs" aria-label="Course views">
      {tabs.map(({ tab, label }) => (
        <button
          key={tab}
          type="button"
          className="course-tabs__tab"
          aria-current={tab === active ? 'page' : undefined}
          onClick={() => useRouteStore.getState().openCourse(courseId, tab)}
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
