import { useState } from 'react';
import type { ApiError } from '../../../shared/api/result';
import type { Course } from '../../../shared/domain/course';
import { ErrorBanner } from '../../components/ErrorBanner';
import { FormField } from '../../components/FormField';
import { Panel } from '../../components/Panel';
import { useCoursesStore } from '../courses/courses-store';
import { useSyncStatusStore } from '../sync/sync-status-store';
import { describeInterval, syncIntervalChoices } from '../sync/describe-interval';

const off = 'off';

function labelOf(minutes: number | null): string {
  if (minutes === null) return 'Off';
  const text = describeInterval(minutes);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** How often the app syncs the course by itself; saved as soon as a choice is made. */
export function SyncSchedulePanel({ course }: { course: Course }) {
  const [isSaving, setIsSaving] = useState(false);
  const [serverError, setServerError] = useState<ApiError | undefined>(undefined);

  // A schedule set elsewhere (the CLI) may not be one of the menu's choices; it still shows as chosen.
  const choices = syncIntervalChoices.includes(course.syncIntervalMinutes) ? syncIntervalChoices : [...syncIntervalChoices, course.syncIntervalMinutes];

  async function choose(raw: string): Promise<void> {
    const syncIntervalMinutes = raw === off ? null : Number(raw);
    setIsSaving(true);
    setServerError(undefined);
    const outcome = await useCoursesStore.getState().updateCourse({ courseId: course.id, syncIntervalMinutes });
    setIsSaving(false);
    if ('error' in outcome) setServerError(outcome.error);
    else void useSyncStatusStore.getState().fetchSyncStatus();
  }

  const hint = course.isDemo
    ? 'The demo course is generated on this computer; there is no GitLab to sync from.'
    : 'Off leaves syncing to the Sync now button on the course overview.';

  return (
    <Panel title="Sync schedule" description="GitPulse can pull new activity from GitLab on its own, so the numbers are fresh when you look.">
      <FormField id="course-sync-interval" label="Sync automatically" hint={hint}>
        {(control) => (
          <select
            {...control}
            className="text-input select-input"
            value={course.syncIntervalMinutes === null ? off : String(course.syncIntervalMinutes)}
            // Not disabled while saving: that would drop keyboard focus after every arrow key.
            disabled={course.isDemo}
            onChange={(event) => void choose(event.target.value)}
          >
            {choices.map((minutes) => (
              <option key={minutes ?? off} value={minutes === null ? off : String(minutes)}>
                {labelOf(minutes)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      {/* The next sync is in the sync bar below; saying it here too made "Syncs every hour" appear twice. */}
      {!course.isDemo && (
        <p className="schedule-next" role="status">
          {isSaving ? 'Saving…' : ''}
        </p>
      )}
      {serverError && <ErrorBanner title="Could not change the sync schedule" error={serverError} />}
    </Panel>
  );
}
