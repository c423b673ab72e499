import type { RestCommit, RestTag } from '../../../../electron/core/demo/rest-types';
import { readTimeParameters } from '../list-query';
import { paginate } from '../paginate';
import { presentCommit, presentCommitDetail } from '../present-objects';
import { isRouteResult, isTrue, readChoice, readTimeParameter } from '../query-params';
import type { RouteDefinition } from '../route-types';
import { respondJson, respondNotFound } from '../route-types';
import type { SimProject } from '../sim-state';
import { createView, selectKeyRange } from '../sorted-index';
import { handleWithProject } from './handle-with-project';

/** A branch name, tag name, full SHA or SHA prefix (7+ hex digits) to a commit SHA. */
function resolveRef(project: SimProject, ref: string): string | undefined {
  const branch = project.team.branches.find((candidate) => candidate.name === ref);
  if (branch) return branch.commit.id;
  const tag = project.team.tags.find((candidate) => candidate.name === ref);
  if (tag) return tag.commit.id;
  if (project.commitBySha.has(ref)) return ref;
  if (/^[0-9a-f]{7,39}$/.test(ref)) return project.team.commits.find((commit) => commit.id.startsWith(ref))?.id;
  return undefined;
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders version-like names numerically (v1.10 after v1.9). */
function compareVersions(a: string, b: string): number {
  const partsA = a.replace(/^v/, '').split('.').map(Number);
  const partsB = b.replace(/^v/, '').split('.').map(Number);
  for (let index = 0; index < Math.max(partsA.length, partsB.length); index += 1) {
    const difference = (partsA[index] ?? 0) - (partsB[index] ?? 0);
    if (difference !== 0 && !Number.isNaN(difference)) return difference;
  }
  return compareNames(a, b);
}

export const repositoryRoutes: RouteDefinition[] = [
  {
    pattern: ['projects', ':id', 'repository', 'commits'],
    handler: handleWithProject((context, project) => {
      const { query, state } = context;
      const times = readTimeParameters(['since', 'until'] as const, (name) => readTimeParameter(query, name));
      if ('error' in times) return times.error;
      let starts: string[];
      if (isTrue(query, 'all')) {
        starts = [...new Set([...project.team.branches.map((branch) => branch.commit.id), ...project.team.tags.map((tag) => tag.commit.id)])];
      } else {
        const sha = resolveRef(project, query.get('ref_name') || (project.team.project.default_branch ?? 'main'));
        // An unknown ref lists nothing rather than failing.
        starts = sha === undefined ? [] : [sha];
      }
      const sorted = state.listReachableCommits(project, starts, isTrue(query, 'first_parent'));
      const [start, end] = selectKeyRange(sorted.keys, times.values.since, times.values.until);
      const isWithStats = isTrue(query, 'with_stats');
      return paginate(context, createView(sorted.items, start, end, true), (commit: RestCommit) => presentCommit(commit, isWithStats), {
        isTotalOmitted: true,
      });
    }),
  },
  {
    pattern: ['projects', ':id', 'repository', 'commits', ':sha'],
    handler: handleWithProject((context, project) => {
      const sha = resolveRef(project, context.params.sha ?? '');
      const commit = sha === undefined ? undefined : project.commitBySha.get(sha);
      if (!commit) return respondNotFound('Commit Not Found');
      const pipelines = project.team.pipelines;
      let lastPipeline;
      for (let index = pipelines.length - 1; index >= 0 && !lastPipeline; index -= 1) {
        if (pipelines[index]?.sha === commit.id) lastPipeline = pipelines[index];
      }
      return respondJson(200, presentCommitDetail(commit, lastPipeline));
    }),
  },
  {
    pattern: ['projects', ':id', 'repository', 'branches'],
    handler: handleWithProject((context, project) => {
      const search = context.query.get('search')?.toLowerCase() ?? '';
      const branches = project.team.branches.filter((branch) => branch.name.toLowerCase().includes(search)).sort((a, b) => compareNames(a.name, b.name));
      return paginate(context, createView(branches, 0, branches.length, false), (branch) => branch);
    }),
  },
  {
    pattern: ['projects', ':id', 'repository', 'branches', ':branch'],
    handler: handleWithProject((context, project) => {
      const branch = project.team.branches.find((candidate) => candidate.name === context.params.branch);
      return branch ? respondJson(200, branch) : respondNotFound('Branch Not Found');
    }),
  },
  {
    pattern: ['projects', ':id', 'repository', 'tags'],
    handler: handleWithProject((context, project) => {
      const order = readChoice(context.query, 'order_by', ['updated', 'name', 'version'] as const, 'updated');
      if (isRouteResult(order)) return order;
      const sort = readChoice(context.query, 'sort', ['asc', 'desc'] as const, 'desc');
      if (isRouteResult(sort)) return sort;
      const compare = (a: RestTag, b: RestTag): number =>
        order === 'name'
          ? compareNames(a.name, b.name)
          : order === 'version'
            ? compareVersions(a.name, b.name)
            : Date.parse(a.commit.committed_date) - Date.parse(b.commit.committed_date);
      const tags = [...project.team.tags].sort(compare);
      return paginate(context, createView(tags, 0, tags.length, sort === 'desc'), (tag) => tag);
    }),
  },
  {
    pattern: ['projects', ':id', 'repository', 'files', ':file_path', 'raw'],
    handler: handleWithProject((context, project) => {
      const ref = context.query.get('ref');
      const isKnownRef = ref === null || ref === 'HEAD' || resolveRef(project, ref) !== undefined;
      // Only the CI file exists in a simulated repository; it reads the same on every ref.
      if (!isKnownRef || context.params.file_path !== '.gitlab-ci.yml' || project.team.ciConfig === null) return respondNotFound('File Not Found');
      return { status: 200, body: project.team.ciConfig, isText: true, headers: { 'x-gitlab-file-path': '.gitlab-ci.yml', 'x-gitlab-ref': ref ?? 'HEAD' } };
    }),
  },
];
