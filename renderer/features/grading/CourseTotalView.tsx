import { useEffect } from 'react';
import type { CourseTotal } from '../../../shared/domain/course-total';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useRouteStore } from '../../app/route-store';
import type { Course } from '../../../shared/domain/course';
import { findCourse, useCoursesStore } from '../courses/courses-store';
import { shortenTeamPath } from '../courses/shorten-team-path';
import { selectCourseTotal, useCourseTotalStore, type CourseTotalEntry } from './course-total-store';
import { formatPoints } from './format-points';

function describeWeights(total: CourseTotal): string {
  return total.iterations.map((it) => `${it.name} × ${formatPoints(it.weight)}`).join(', ');
}

/**
 * Each student's course percent: the weighted mean of their iterations' percents, with the weights in
 * the header. Until the course has iterations with weight, the core's sentence says what is missing
 * and a link goes where to fix it.
 */
export function CourseTotalView({ courseId }: { courseId: number }) {
  const entry = useCourseTotalStore(selectCourseTotal(courseId));
  const course = useCoursesStore((state) => findCourse(state.courses, courseId));

  useEffect(() => {
    void useCourseTotalStore.getState().fetchTotal(courseId);
  }, [courseId]);

  return (
    <CourseTotalContent
      entry={entry}
      course={course}
      onRetry={() => void useCourseTotalStore.getState().fetchTotal(courseId)}
      onOpenSettings={() => useRouteStore.getState().openCourse(courseId, 'settings')}
    />
  );
}

export interface CourseTotalContentProps {
  entry: CourseTotalEntry;
  /** For the short team names; the full project path shows until the course list has loaded. */
  course: Course | undefined;
  onRetry(): void;
  onOpenSettings(): void;
}

/** The course total as the store last answered it: the table, the empty state, or the failure. */
export function CourseTotalContent({ entry, course, onRetry, onOpenSettings }: CourseTotalContentProps) {
  if (entry.error?.code === 'conflict') {
    return (
      <EmptyState
        title="No course total yet"
        action={
          <Button variant="primary" onClick={onOpenSettings}>
            Open Course settings
          </Button>
        }
      >
        {entry.error.message}
      </EmptyState>
    );
  }
  if (entry.error && !entry.total)
    return <ErrorBanner title="Could not combine the iterations" error={entry.error} action={<Button onClick={onRetry}>Retry</Button>} />;
  const { total } = entry;
  if (!total) return <p className="muted">Combining the iterations…</p>;

  return (
    <section className="course-total" aria-labelledby="course-total-title">
      {entry.error && <ErrorBanner title="Could not refresh the course total; showing the last one" error={entry.error} />}
      <header className="course-total__header">
        <h2 id="course-total-title" className="course-total__title">
          Course total
        </h2>
        <p className="muted course-total__weights">
          Weighted mean of the iterations’ percents: <bdi>{describeWeights(total)}</bdi>. An iteration of weight 0 is shown but not counted.
        </p>
      </header>
      {total.students.length === 0 ? (
        <EmptyState title="No students to combine">Sync the course first: its teams’ members appear here with their percents.</EmptyState>
      ) : (
        <div className="grade-matrix-frame">
          <table className="grade-matrix course-total__table">
            <thead>
              <tr>
                <th scope="col">Team</th>
                <th scope="col">Student</th>
                {total.iterations.map((it) => (
                  <th key={it.name} scope="col" className="numeric">
                    <bdi>{it.name}</bdi>
                    <span className="course-total__sub">
                      weight {formatPoints(it.weight)}
                      {it.frozen && ' · frozen'}
                    </span>
                  </th>
                ))}
                <th scope="col" className="numeric">
                  Course
                </th>
              </tr>
            </thead>
            <tbody>
              {total.students.map((student) => (
                <tr key={`${student.projectId}:${student.userId}`} data-username={student.username}>
                  <td title={student.project}>
                    <bdi>{course ? shortenTeamPath(student.project, course) : student.project}</bdi>
                  </td>
                  <td>
                    <bdi>{student.name}</bdi>{' '}
                    <span className="muted">
                      @<bdi>{student.username}</bdi>
                    </span>
                  </td>
                  {student.iterations.map((result) => (
                    <td key={result.name} className="numeric" title={`${formatPoints(result.total)} of ${formatPoints(result.maxPoints)} pts`}>
                      {formatPoints(result.percent)} <span className="unit">%</span>
                    </td>
                  ))}
                  <td className="numeric course-total__percent" data-course-percent>
                    {formatPoints(student.percent)} <span className="unit">%</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
