import type { SyncResource } from '../../../shared/domain/sync';
import type { TeamRow } from '../store/projects-repo';
import { syncCiConfig } from './sync-ci-config';
import { syncMembers } from './sync-members';
import { syncPipelines } from './sync-pipelines';
import { syncRepository } from './sync-repository';
import { syncWorkItems } from './sync-work-items';
import type { TeamSyncContext } from './team-sync-context';

/** Resources of one team, in order; the project row itself came with the course's project list. */
export const teamSteps: SyncResource[] = ['members', 'commits', 'mergeRequests', 'issues', 'pipelines', 'ciConfig'];

/** Pulls every resource of one team; each step commits page by page, so a failure keeps what came before. */
export async function syncTeam(ctx: TeamSyncContext, team: TeamRow, onStep: (resource: SyncResource, done: number) => void): Promise<void> {
  onStep('members', 0);
  await syncMembers(ctx);
  onStep('commits', 1);
  const branches = await syncRepository(ctx);
  onStep('mergeRequests', 2);
  await syncWorkItems(ctx, 'mergeRequests');
  onStep('issues', 3);
  await syncWorkItems(ctx, 'issues');
  onStep('pipelines', 4);
  await syncPipelines(ctx);
  onStep('ciConfig', 5);
  await syncCiConfig(ctx, branches, team.defaultBranch);
  onStep('ciConfig', teamSteps.length);
}
