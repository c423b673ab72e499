import { Fragment } from 'react';
import { syncResourceLabels, type SyncSummary } from '../../../shared/domain/sync';

/** Whether a finished sync left something the instructor has to read: the line then stays up. */
export function hasSyncWarnings(summary: SyncSummary | undefined | null): boolean {
  return summary !== undefined && summary !== null && (summary.unreachable.length > 0 || summary.failedTeams.length > 0 || summary.skipped.length > 0);
}

/** What a sync that finished did not get: teams GitLab hid, teams whose answers could not be stored, resources GitLab refused. */
export function SyncOutcomeWarnings({ summary }: { summary: SyncSummary }) {
  const { unreachable, failedTeams, skipped } = summary;
  return (
    <>
      {unreachable.length > 0 && (
        <p className="sync-bar__warning">
          GitLab did not show {unreachable.length === 1 ? 'this team' : `these ${unreachable.length} teams`} (deleted, renamed or not visible to the token):{' '}
          {unreachable.map((team, i) => (
            <Fragment key={team}>
              {i > 0 && ', '}
              <bdi>{team}</bdi>
            </Fragment>
          ))}
        </p>
      )}
      {failedTeams.map((failed) => (
        <p key={failed.team} className="sync-bar__warning" data-failed-team={failed.team}>
          Not synced, the other teams were: <bdi>{failed.message}</bdi>
        </p>
      ))}
      {skipped.map((item) => (
        <p key={`${item.team}/${item.resource}`} className="sync-bar__warning" data-skipped={item.resource}>
          Skipped {syncResourceLabels[item.resource]} of <bdi>{item.team}</bdi>: <bdi>{item.message}</bdi>
        </p>
      ))}
    </>
  );
}
