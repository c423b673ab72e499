import type { TeamDetail } from '../../../shared/domain/team-detail';

/**
 * What is missing behind a team's figures, in words: a zero that only means "nothing synced" or "no
 * CI" must not read as a team that did nothing. Most serious first.
 */
export function describeMissingData(detail: Pick<TeamDetail, 'isDemo' | 'lastSyncedAt' | 'team' | 'ciFile'>): string[] {
  const notes: string[] = [];
  if (!detail.isDemo && detail.lastSyncedAt === null) notes.push('This course has never been synced: the figures stay empty until its first sync.');
  if (!detail.team.isReachable) notes.push('GitLab no longer gives access to this project: the figures are those of the last sync that could read it.');
  if (detail.ciFile.content === null) {
    notes.push(
      detail.team.pipelines.total > 0
        ? 'CI is switched off now: the default branch has no .gitlab-ci.yml, though pipelines ran earlier in the window.'
        : 'CI is not set up: the default branch has no .gitlab-ci.yml.',
    );
  }
  if (detail.team.pipelines.total === 0) notes.push('No pipelines ran in this window, so there is no success rate, duration or recovery time.');
  return notes;
}
