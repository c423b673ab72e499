import { maxIncludeDepth, maxIncludes } from '../../../shared/practices/expand-ci-config';
import { findLocalIncludes } from '../../../shared/practices/find-local-includes';
import type { BranchRow } from '../store/rows/repository-rows';
import { GitlabError } from './gitlab-error';
import type { TeamSyncContext } from './team-sync-context';

const ciConfigPath = '.gitlab-ci.yml';

/**
 * The .gitlab-ci.yml at the head of the default branch and its local includes, re-read only when that
 * head moved. A main file over the size cap fails the step (skipped, the stored config kept); an
 * include over it is stored as unresolved and named in the summary.
 */
export async function syncCiConfig(ctx: TeamSyncContext, branches: BranchRow[], defaultBranch: string | null): Promise<void> {
  const head = branches.find((b) => b.isDefault) ?? branches.find((b) => b.name === defaultBranch);
  const stored = ctx.store.ciConfigs.readCiConfig(ctx.projectRowId);
  if (!head) {
    if (stored?.sha !== null || stored === null) {
      ctx.store.transaction(() => ctx.store.ciConfigs.writeCiConfig(ctx.projectRowId, { ref: defaultBranch ?? '', sha: null, content: null, includes: [] }));
    }
    return;
  }
  if (stored?.sha === head.headSha) return;
  const sha = head.headSha;
  const content = await ctx.client.fetchRawFile(ctx.gitlabProjectId, ciConfigPath, sha);
  const includes = content === null ? [] : await readLocalIncludes(ctx, content, sha);
  ctx.store.transaction(() => ctx.store.ciConfigs.writeCiConfig(ctx.projectRowId, { ref: head.name, sha, content, includes }));
  ctx.onPage('ciConfig');
}

/**
 * The local files the configuration includes, nested as GitLab nests them: at most 150 files in all
 * and 3 levels deep, GitLab's own limits (a config past them is invalid there too), so a hostile file
 * listing thousands of includes costs at most 150 requests of the shared budget.
 */
async function readLocalIncludes(ctx: TeamSyncContext, mainText: string, sha: string): Promise<Array<{ path: string; content: string | null }>> {
  const includes = new Map<string, string | null>();
  let isOverLimit = false;
  let pending = [mainText];
  for (let depth = 1; depth <= maxIncludeDepth && pending.length > 0; depth += 1) {
    const next: string[] = [];
    for (const text of pending) {
      for (const path of findLocalIncludes(text)) {
        if (includes.has(path)) continue;
        if (includes.size >= maxIncludes) {
          isOverLimit = true;
          break;
        }
        const included = await fetchIncludeOrNull(ctx, path, sha);
        includes.set(path, included);
        if (included !== null) next.push(included);
      }
    }
    pending = next;
  }
  if (isOverLimit) {
    ctx.onSkipped(
      'ciConfig',
      `${ciConfigPath} includes more than ${maxIncludes} local files; GitLab allows ${maxIncludes} and GitPulse read the first ${maxIncludes}, the rest is left out.`,
    );
  }
  return [...includes].map(([path, content]) => ({ path, content }));
}

/** An include's text; null when it does not exist, or is over the size cap (then named in the summary). */
async function fetchIncludeOrNull(ctx: TeamSyncContext, path: string, sha: string): Promise<string | null> {
  try {
    return await ctx.client.fetchRawFile(ctx.gitlabProjectId, path, sha);
  } catch (error) {
    if (!(error instanceof GitlabError && error.kind === 'too_large')) throw error;
    ctx.onSkipped('ciConfig', error.message);
    return null;
  }
}
