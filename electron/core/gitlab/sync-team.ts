import type { SyncResource } from '../../../shared/domain/sync';
import type { TeamRow } from '../store/projects-repo';
import { GitlabError } from './gitlab-error';
import { syncCiConfig } from './sync-ci-config';
import { syncMembers } from './sync-members';
import { syncPipelines } from './sync-pipelines';
import { syncRepository } from './sync-repository';
import { syncWorkItems } from './sync-work-items';
import { fetchUnlessGone, isGoneOrHidden, type TeamSyncContext } from './team-sync-context';

/** Resources of one team, in order; the project row itself came with the course's project list. */
export const teamSteps: SyncResource[] = ['members', 'commits', 'mergeRequests', 'issues', 'pipelines', 'ciConfig'];

/**
 * Pulls every resource of one team; each step commits page by page, so a failure keeps what came
 * before. The roster comes first: if GitLab no longer shows the project at all, that is where it
 * says so, and the team is unreachable. A later step that GitLab refuses on its own (issues or CI
 * switched off for the project) is skipped, named in the summary, and the other steps go on.
 */
export async function syncTeam(ctx: TeamSyncContext, team: TeamRow, onStep: (resource: SyncResource, done: number) => void): Promise<void> {
  onStep('members', 0);
  await syncMembers(ctx);
  onStep('commits', 1);
  const branches = (await runStep(ctx, 'commits', () => syncRepository(ctx))) ?? [];
  const steps: Array<[SyncResource, () => Promise<void>]> = [
    ['mergeRequests', () => syncWorkItems(ctx, 'mergeRequests')],
    ['issues', () => syncWorkItems(ctx, 'issues')],
    ['pipelines', () => syncPipelines(ctx)],
    ['ciConfig', () => syncCiConfig(ctx, branches, team.defaultBranch)],
  ];
  for (const [index, [resource, run]] of steps.entries()) {
    onStep(resource, index + 2);
    await runStep(ctx, resource, run);
  }
  onStep('ciConfig', teamSteps.length);
}

/**
 * Runs one step of a team. GitLab refusing the whole resource with a plain 403 (issues switched off,
 * a role too low) skips it, listed in the summary. A 404 on the team's own list means the project is
 * gone (deleted or hidden mid-sync) unless GitLab still shows the project: the team is then marked
 * unreachable instead of looking synced with data missing. A body over its size cap is skipped too.
 */
async function runStep<T>(ctx: TeamSyncContext, resource: SyncResource, run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof GitlabError && error.kind === 'too_large') {
      ctx.onSkipped(resource, error.message);
      return null;
    }
    if (!isGoneOrHidden(error)) throw error;
    if (error.kind === 'not_found' && (await fetchUnlessGone(() => ctx.client.fetchProject(ctx.gitlabProjectId))) === null) throw error;
    ctx.onSkipped(resource, error.message);
    return null;
  }
}
