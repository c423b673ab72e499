import type { CourseTab } from '../../app/route-store';
import type { Course } from '../../../shared/domain/course';
import { CourseSettingsScreen } from '../course-settings/CourseSettingsScreen';
import { GradingScreen } from '../grading/GradingScreen';
import { RubricScreen } from '../rubric/RubricScreen';
import { CourseOverviewScreen } from './CourseOverviewScreen';
import { CourseTabs } from './CourseTabs';
import { findCourse, useCoursesStore } from './courses-store';
import { IncompleteFiguresBanner } from './IncompleteFiguresBanner';
import './course-screen.css';

function CourseView({ course, tab }: { course: Course; tab: CourseTab }) {
  switch (tab) {
    case 'overview':
      return <CourseOverviewScreen courseId={course.id} />;
    case 'rubric':
      return <RubricScreen courseId={course.id} />;
    case 'grading':
      return <GradingScreen courseId={course.id} />;
    case 'settings':
      return <CourseSettingsScreen course={course} />;
  }
}

/** One course: the tabs, then the view the route names. */
export function CourseScreen({ courseId, tab }: { courseId: number; tab: CourseTab }) {
  const course = useCoursesStore((state) => findCourse(state.courses, courseId));
  // The route is settled against the course list, so a missing course is only a moment's gap.
  if (!course) return null;
  return (
    <div className="course-screen">
      <CourseTabs courseId={courseId} active={tab} />
      <IncompleteFiguresBanner course={course} />
      <CourseView course={course} tab={tab} />
    </div>
  );
}
