import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProgressBar } from '../../components/ProgressBar';
import { describeSyncProgress, describeSyncSummary } from './describe-sync';
import type { CourseSyncState } from './sync-store';
import { isSyncActive, useSyncStore } from './sync-store';

/** Progress while a sync runs, then its outcome until dismissed or the next sync starts. */
export function SyncStatus({ course, sync }: { course: string; sync: CourseSyncState }) {
  const dismiss = () => useSyncStore.getState().dismissOutcome(course);

  if (isSyncActive(sync)) {
    const progress = sync.progress;
    const isCounting = progress?.phase === 'syncing-team' && progress.teamsTotal > 0;
    return (
      <div className="sync-status">
        <ProgressBar
          label="Sync progress"
          done={isCounting ? progress.teamsDone : undefined}
          total={isCounting ? progress.teamsTotal : undefined}
          detail={describeSyncProgress(progress)}
        />
      </div>
    );
  }
  if (sync.error) {
    return <ErrorBanner title="Sync failed" error={sync.error} action={<Button variant="ghost" onClick={dismiss}>Dismiss</Button>} />;
  }
  if (sync.summary) {
    const { unreachable } = sync.summary;
    return (
      <div className="sync-outcome" role="status">
        <div className="sync-outcome__text">
          <p className="sync-outcome__title">Sync finished</p>
          <p>{describeSyncSummary(sync.summary)}</p>
          {unreachable.length > 0 && (
            <p className="sync-outcome__warning">
              GitLab did not show {unreachable.length === 1 ? 'this team' : `these ${unreachable.length} teams`}{' '}
              (deleted, renamed or not visible to the token): {unreachable.join(', ')}
            </p>
          )}
        </div>
        <Button variant="ghost" onClick={dismiss}>Dismiss</Button>
      </div>
    );
  }
  return null;
}
