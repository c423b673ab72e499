import type { Course } from '../../../shared/domain/course';
import { type SyncResource, syncResourceLabels } from '../../../shared/domain/sync';
import { formatCount } from '../../format/format-count';
import { shortenTeamPath } from '../courses/shorten-team-path';
import type { SyncProgress } from './sync-store';

export function humanizeResource(resource: SyncResource): string {
  return syncResourceLabels[resource];
}

/** "~3 min left" from the core's rough estimate; rounded because the estimate is rough. */
export function formatTimeLeft(etaMs: number | null): string | undefined {
  if (etaMs === null || etaMs < 0) return undefined;
  const seconds = etaMs / 1000;
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 60) return `~${Math.round(seconds / 5) * 5} s left`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return `~${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `~${hours} h left` : `~${hours} h ${rest} min left`;
}

/** One line saying what the sync is doing now and how much is left, e.g. "team-03: merge requests · 412 requests · ~1 min left". */
export function describeSyncActivity(progress: SyncProgress | undefined, course: Course): string {
  if (!progress) return 'Starting sync…';
  const parts: string[] = [];
  switch (progress.phase) {
    case 'listing-projects':
      parts.push('Listing team projects on GitLab');
      break;
    case 'syncing-team': {
      const what = progress.resource === null ? 'syncing' : humanizeResource(progress.resource);
      parts.push(progress.team === null ? what.charAt(0).toUpperCase() + what.slice(1) : `${shortenTeamPath(progress.team, course)}: ${what}`);
      break;
    }
    case 'done':
      parts.push('Finishing');
      break;
  }
  parts.push(formatCount(progress.requests, 'request', 'requests'));
  const timeLeft = progress.phase === 'done' ? undefined : formatTimeLeft(progress.etaMs);
  if (timeLeft) parts.push(timeLeft);
  return parts.join(' · ');
}
