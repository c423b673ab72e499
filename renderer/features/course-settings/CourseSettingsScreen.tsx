import type { Course } from '../../../shared/domain/course';
import { CourseSourcePanel } from './CourseSourcePanel';
import { CourseWindowPanel } from './CourseWindowPanel';
import { IterationsPanel } from './IterationsPanel';
import { MetricSettingsPanel } from './MetricSettingsPanel';
import { RemoveCoursePanel } from './RemoveCoursePanel';
import { RosterPanel } from './RosterPanel';
import { SyncSchedulePanel } from './SyncSchedulePanel';
import './course-settings.css';

/** What shapes a course's numbers: the dates that count, its iterations, the metric settings, how often it syncs, and who is a student. */
export function CourseSettingsScreen({ course }: { course: Course }) {
  return (
    <div className="course-settings">
      <div className="course-settings__row">
        <CourseWindowPanel course={course} />
        <SyncSchedulePanel course={course} />
      </div>
      <div className="course-settings__row">
        <IterationsPanel course={course} />
        <MetricSettingsPanel course={course} />
      </div>
      <RosterPanel course={course} />
      {!course.isDemo && <CourseSourcePanel course={course} />}
      <RemoveCoursePanel course={course} />
    </div>
  );
}
