import type { SyncProgress, TeamProgress } from './sync-store';

/**
 * How much of the whole sync is done, 0..1: finished teams count fully, running teams by the share
 * of their resources already pulled. Undefined while the size of the work is not known yet (the
 * project listing), so the bar shows as indeterminate instead of stuck at zero.
 */
export function computeSyncFraction(progress: SyncProgress | undefined, teams: Readonly<Record<string, TeamProgress>>): number | undefined {
  if (!progress || progress.phase === 'listing-projects' || progress.teamsTotal <= 0) return undefined;
  if (progress.phase === 'done') return 1;
  let running = 0;
  for (const team of Object.values(teams)) {
    if (team.total > 0 && team.done < team.total) running += team.done / team.total;
  }
  // A team may report its last resource a moment before teamsDone counts it; never pass 100 %.
  return Math.min(1, (progress.teamsDone + running) / progress.teamsTotal);
}
