import type { SyncSummary } from '../../../shared/domain/sync';
import type { SyncProgress } from './sync-store';

const count = new Intl.NumberFormat('en');

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

/** One line saying what the sync is doing now and how much is left. */
export function describeSyncProgress(progress: SyncProgress | undefined): string {
  if (!progress) return 'Starting sync…';
  const requests = plural(progress.requests, 'GitLab request', 'GitLab requests');
  switch (progress.phase) {
    case 'listing-projects':
      return `Listing team projects on GitLab… · ${requests}`;
    case 'syncing-team': {
      const done = `${count.format(progress.teamsDone)} of ${plural(progress.teamsTotal, 'team', 'teams')} done`;
      return progress.team === null ? `Syncing · ${done} · ${requests}` : `Syncing ${progress.team} · ${done} · ${requests}`;
    }
    case 'done':
      return `Finishing… · ${requests}`;
  }
}

/** The result line shown after a sync: what arrived, what the course now holds, what it cost. */
export function describeSyncSummary(summary: SyncSummary): string {
  const seconds = (summary.durationMs / 1000).toFixed(1);
  return (
    `Fetched ${plural(summary.fetched.pipelines, 'pipeline', 'pipelines')}; the course now holds ` +
    `${plural(summary.stored.pipelines, 'pipeline', 'pipelines')} from ${plural(summary.stored.projects, 'team', 'teams')}. ` +
    `${plural(summary.requests, 'request', 'requests')} in ${seconds} s.`
  );
}
