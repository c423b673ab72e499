import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { Course } from '../../../shared/domain/course';
import { api } from '../../api-client';
import { useRouteStore } from '../../app/route-store';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { formatCount } from '../../format/format-count';
import { useCoursesStore } from '../courses/courses-store';

/**
 * Removes the course after a confirmation that says what goes. The core refuses while the course
 * syncs (here or in another GitPulse process); its message says what to do. Focus lands on "Keep".
 */
export function RemoveCoursePanel({ course }: { course: Course }) {
  const [isConfirming, setIsConfirming] = useState(false);
  const [isRemoving, setIsRemoving] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (isConfirming) keepRef.current?.focus();
  }, [isConfirming]);

  async function remove(): Promise<void> {
    setIsRemoving(true);
    setError(undefined);
    const result = await api.call('courses.remove', { courseId: course.id });
    setIsRemoving(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    useRouteStore.getState().openWelcome();
    await useCoursesStore.getState().fetchCourses();
  }

  return (
    <Panel title="Remove course" description="Removes the course from this computer. Nothing on GitLab changes.">
      {!isConfirming ? (
        <div>
          <Button variant="danger" onClick={() => setIsConfirming(true)}>
            Remove course…
          </Button>
        </div>
      ) : (
        <div
          className="confirm"
          role="group"
          aria-label={`Remove ${course.name}?`}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setIsConfirming(false);
          }}
        >
          <p className="confirm__text">
            Remove <strong>{course.name}</strong> with what it synced for its {formatCount(course.teamCount, 'team', 'teams')} (commits, merge requests, issues,
            pipelines), its roster, aliases and exclusions, and the names and emails of students no other course lists? This cannot be undone; a new sync would
            fetch it again.
          </p>
          <Button variant="danger" disabled={isRemoving} onClick={() => void remove()}>
            {isRemoving ? 'Removing…' : 'Remove course'}
          </Button>
          <Button ref={keepRef} onClick={() => setIsConfirming(false)}>
            Keep
          </Button>
        </div>
      )}
      {error && <ErrorBanner title="The course was not removed" error={error} />}
    </Panel>
  );
}
