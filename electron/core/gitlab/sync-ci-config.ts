import { findLocalIncludes } from '../../../shared/practices/find-local-includes';
import type { BranchRow } from '../store/rows/repository-rows';
import type { TeamSyncContext } from './team-sync-context';

const ciConfigPath = '.gitlab-ci.yml';

/** The .gitlab-ci.yml at the head of the default branch and its local includes, re-read only when that head moved. */
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
  const includes: Array<{ path: string; content: string | null }> = [];
  for (const path of content ? findLocalIncludes(content) : []) {
    includes.push({ path, content: await ctx.client.fetchRawFile(ctx.gitlabProjectId, path, sha) });
  }
  ctx.store.transaction(() => ctx.store.ciConfigs.writeCiConfig(ctx.projectRowId, { ref: head.name, sha, content, includes }));
  ctx.onPage('ciConfig');
}
