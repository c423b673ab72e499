import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import { api } from '../../api-client';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { Panel } from '../../components/Panel';
import { useCoursesStore } from '../courses/courses-store';

/**
 * Settings → Data: deletes every course with its students' data at the end of a term, as
 * `gitpulse forget --all` does. The confirm step names what goes; focus lands on "Keep" so a stray
 * Enter deletes nothing.
 */
export function ForgetDataSection() {
  const courses = useCoursesStore((state) => state.courses);
  const [isConfirming, setIsConfirming] = useState(false);
  const [includeConnections, setIncludeConnections] = useState(false);
  const [isDeleting, setIsDeleting] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [note, setNote] = useState<string | undefined>(undefined);
  const keepRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (isConfirming) keepRef.current?.focus();
  }, [isConfirming]);

  async function forget(): Promise<void> {
    setIsDeleting(true);
    setError(undefined);
    const result = await api.call('courses.forgetAll', { includeConnections });
    setIsDeleting(false);
    setIsConfirming(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    const { removedCourses, removedConnections } = result.value;
    setNote(
      `Deleted ${removedCourses.length} course${removedCourses.length === 1 ? '' : 's'} and all their data` +
        (includeConnections
          ? ` and ${removedConnections.length} GitLab connection${removedConnections.length === 1 ? '' : 's'}.`
          : '; GitLab connections kept.'),
    );
    await useCoursesStore.getState().fetchCourses();
  }

  const names = courses.map((c) => c.name).join(', ');
  return (
    <Panel
      title="Course data"
      description="At the end of a term, delete every course with what was synced for it: teams, rosters with the students' names and emails, commits, merge requests, issues, pipelines and the activity log. Deleted data is overwritten in the database file."
    >
      {!isConfirming && (
        <div className="forget-data__actions">
          <Button
            variant="danger"
            disabledReason={courses.length === 0 ? 'There is no course data to delete.' : undefined}
            onClick={() => setIsConfirming(true)}
          >
            Delete all course data…
          </Button>
        </div>
      )}
      {isConfirming && (
        <div
          className="confirm"
          role="group"
          aria-label="Delete all course data?"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setIsConfirming(false);
          }}
        >
          <p className="confirm__text">
            Delete {courses.length === 1 ? 'the course' : `all ${courses.length} courses`} <strong>{names}</strong> with every student&apos;s name and email,
            their activity and the activity log? This cannot be undone.
          </p>
          <label className="forget-data__option">
            <input type="checkbox" checked={includeConnections} onChange={(e) => setIncludeConnections(e.target.checked)} /> Also delete the GitLab connections
            and their tokens in the OS keychain
          </label>
          <Button variant="danger" disabled={isDeleting} onClick={() => void forget()}>
            {isDeleting ? 'Deleting…' : 'Delete everything'}
          </Button>
          <Button ref={keepRef} onClick={() => setIsConfirming(false)}>
            Keep
          </Button>
        </div>
      )}
      <p className="settings__note" role="status">
        {note}
      </p>
      {error && <ErrorBanner title="Could not delete the course data" error={error} />}
    </Panel>
  );
}
