import { useCallback } from 'react';
import type { Course } from '../../../shared/domain/course';
import { useRouteStore } from '../../app/route-store';
import { Button } from '../../components/Button';
import { FactList } from '../../components/FactList';
import { LastSyncError } from './LastSyncError';
import { LastSynced } from './LastSynced';
import { useNow } from '../courses/useNow';
import { NextSync } from './NextSync';
import { SyncLeaseHolder } from './SyncLeaseHolder';
import { SyncOutcomeLine } from './SyncOutcomeLine';
import { SyncRunningPanel } from './SyncRunningPanel';
import { selectSyncStatus, useSyncStatusStore } from './sync-status-store';
import { isSyncActive, selectCourseSync, useSyncStore } from './sync-store';
import './sync-bar.css';

/**
 * The slim bar under the open course: when it last synced, when it syncs next and how the last sync
 * failed; while a sync runs, its progress with Cancel; right after, how it went.
 */
export function SyncBar({ course, isOnSettings }: { course: Course; isOnSettings: boolean }) {
  const sync = useSyncStore(selectCourseSync(course.id));
  const status = useSyncStatusStore(selectSyncStatus(course.id));
  const now = useNow();
  const dismiss = useCallback(() => useSyncStore.getState().dismissOutcome(course.id), [course.id]);

  // A sync started before this window opened (the schedule, the CLI) shows up in sync.status before
  // its next progress event does.
  const isRunningElsewhere = status?.isRunning === true && sync.outcome === undefined;
  if (isSyncActive(sync) || isRunningElsewhere) {
    return (
      <section className="sync-bar is-running" aria-label="Sync status">
        <SyncRunningPanel course={course} sync={sync} />
      </section>
    );
  }

  return (
    <section className="sync-bar" aria-label="Sync status">
      {sync.callError && (
        <div className="sync-bar__outcome is-bad" role="alert">
          <span className="sync-bar__outcome-icon" aria-hidden="true">
            !
          </span>
          <p className="sync-bar__outcome-text">
            <strong>Could not sync</strong> · <bdi>{sync.callError.message}</bdi>
          </p>
          <Button variant="ghost" onClick={dismiss}>
            Dismiss
          </Button>
        </div>
      )}
      {sync.outcome && <SyncOutcomeLine outcome={sync.outcome} onDismiss={dismiss} />}
      {!sync.outcome && (
        <div className="sync-bar__line">
          <FactList>
            <li>
              <LastSynced course={course} now={now} />
            </li>
            {!course.isDemo && (
              <li>
                <NextSync course={course} status={status} now={now} />
              </li>
            )}
            {status?.heldBy && (
              <li>
                <SyncLeaseHolder heldBy={status.heldBy} now={now} />
              </li>
            )}
          </FactList>
          {!course.isDemo && !isOnSettings && (
            <Button variant="ghost" onClick={() => useRouteStore.getState().openCourse(course.id, 'settings')}>
              Sync schedule…
            </Button>
          )}
        </div>
      )}
      {!sync.outcome && course.lastSyncError !== null && <LastSyncError message={course.lastSyncError} />}
    </section>
  );
}
