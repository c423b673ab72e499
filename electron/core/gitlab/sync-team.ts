import type { SyncResource } from '../../../shared/domain/sync';
import type { TeamRow } from '../store/projects-repo';
import { syncCiConfig } from './sync-ci-config';
import { syncMembers } from './sync-members';
import { syncPipelines } from './sync-pipelines';
import { syncRepository } from './sync-repository';
import { syncWorkItems } from './sync-work-items';
import { fetchUnlessGone, type TeamSyncContext } from './team-sync-context';

/** Resources of one team, in order; the project row itself came with the course's project list. */
export const teamSteps: SyncResource[] = ['members', 'commits', 'mergeRequests', 'issues', 'pipelines', 'ciConfig'];

/**
 * Pulls every resource of one team; each step commits page by page, so a failure keeps what came
 * before. The roster comes first: if GitLab no longer shows the project at all, that is where it
 * says so, and the team is unreachable. A later step that GitLab refuses on its own (issues or CI
 * switched off for the project) is skipped and the other steps go on.
 */
export async function syncTeam(ctx: TeamSyncContext, team: TeamRow, onStep: (resource: SyncResource, done: number) => void): Promise<void> {
  onStep('members', 0);
  await syncMembers(ctx);
  onStep('commits', 1);
  const branches = (await fetchUnlessGone(() => syncRepository(ctx))) ?? [];
  const steps: Array<[SyncResource, () => Promise<void>]> = [
    ['mergeRequests', () => syncWorkItems(ctx, 'mergeRequests')],
    ['issues', () => syncWorkItems(ctx, 'issues')],
    ['pipelines', () => syncPipelines(ctx)],
    ['ciConfig', () => syncCiConfig(ctx, branches, team.defaultBranch)],
  ];
  for (const [index, [resource, run]] of steps.entries()) {
    onStep(resource, index + 2);
    await fetchUnlessGone(run);
  }
  onStep('ciConfig', teamSteps.length);
}
