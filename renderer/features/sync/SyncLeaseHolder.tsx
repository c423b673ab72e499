import type { SyncStatus } from '../../../shared/domain/sync';
import { formatAbsoluteTime, formatRelativeTime } from '../../format/format-relative-time';

/**
 * Who else is syncing the course: another GitPulse process (the CLI, `gitpulse serve`, another app
 * window's core) holds its sync lease, so Sync now would be refused until that one ends.
 */
export function SyncLeaseHolder({ heldBy, now }: { heldBy: NonNullable<SyncStatus['heldBy']>; now: number }) {
  return (
    <span className="sync-bar__held">
      Being synced by another GitPulse process (pid {heldBy.pid} on <bdi>{heldBy.host}</bdi>), started{' '}
      <time dateTime={heldBy.since} title={formatAbsoluteTime(heldBy.since)}>
        {formatRelativeTime(heldBy.since, now)}
      </time>
    </span>
  );
}
