import { useId, useState } from 'react';
import type { Course } from '../../../shared/domain/course';
import { Button } from '../../components/Button';
import { ProgressBar } from '../../components/ProgressBar';
import { computeSyncFraction } from './compute-sync-fraction';
import { formatCount, formatNumber } from '../../format/format-count';
import { describeSyncActivity } from './describe-sync-progress';
import type { CourseSyncState } from './sync-store';
import { useSyncStore } from './sync-store';
import { TeamProgressList } from './TeamProgressList';

/** The bar while a sync runs: overall progress, what is happening, per-team details, and Cancel. */
export function SyncRunningPanel({ course, sync }: { course: Course; sync: CourseSyncState }) {
  const [isExpanded, setIsExpanded] = useState(false);
  const detailsId = useId();
  const { progress } = sync;
  const fraction = computeSyncFraction(progress, sync.teams);
  const activity = describeSyncActivity(progress, course);
  const cancel = () => void useSyncStore.getState().cancelSync(course.id);

  return (
    <div className="sync-bar__running">
      <div className="sync-bar__row">
        <div className="sync-bar__progress">
          <ProgressBar
            label="Sync progress"
            done={fraction === undefined ? undefined : Math.round(fraction * 100)}
            total={fraction === undefined ? undefined : 100}
            detail={activity}
          />
        </div>
        {progress && progress.teamsTotal > 0 && (
          <span className="sync-bar__teams numeric">
            {formatNumber(progress.teamsDone)} of {formatCount(progress.teamsTotal, 'team', 'teams')}
          </span>
        )}
        <Button variant="ghost" aria-expanded={isExpanded} aria-controls={detailsId} onClick={() => setIsExpanded((value) => !value)}>
          <span aria-hidden="true">{isExpanded ? '▾' : '▸'}</span> Details
        </Button>
        <Button onClick={cancel} disabledReason={sync.isCancelling ? 'Asked the core to stop; waiting for it to finish the current request.' : undefined}>
          {sync.isCancelling ? 'Cancelling…' : 'Cancel'}
        </Button>
      </div>
      {/* Always in the tree so aria-controls points at something; hidden while collapsed. */}
      <div id={detailsId} className="sync-bar__details" hidden={!isExpanded}>
        {progress && (
          <p className="sync-bar__stats">
            {formatCount(progress.requests, 'request', 'requests')} · {formatCount(progress.pages, 'page', 'pages')} · rate budget:{' '}
            {formatCount(progress.budgetLeft, 'request', 'requests')} left
          </p>
        )}
        <TeamProgressList course={course} teams={sync.teams} teamsTotal={progress?.teamsTotal ?? 0} />
      </div>
    </div>
  );
}
