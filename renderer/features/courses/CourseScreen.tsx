import type { CourseTab } from '../../app/route-store';
import { CourseSettingsScreen } from '../course-settings/CourseSettingsScreen';
import { CourseOverviewScreen } from './CourseOverviewScreen';
import { CourseTabs } from './CourseTabs';
import { findCourse, useCoursesStore } from './courses-store';
import { IncompleteFiguresBanner } from './IncompleteFiguresBanner';
import './course-screen.css';

/** One course: the tabs, then the view the route names. */
export function CourseScreen({ courseId, tab }: { courseId: number; tab: CourseTab }) {
  const course = useCoursesStore((state) => findCourse(state.courses, courseId));
  // The route is settled against the course list, so a missing course is only a moment's gap.
  if (!course) return null;
  return (
    <div className="course-screen">
      <CourseTabs courseId={courseId} active={tab} />
      <IncompleteFiguresBanner course={course} />
      {tab === 'overview' ? <CourseOverviewScreen courseId={courseId} /> : <CourseSettingsScreen course={course} />}
    </div>
  );
}
