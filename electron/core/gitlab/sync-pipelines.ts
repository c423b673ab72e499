import type { JobRow, PipelineRow, TestReportRow } from '../store/rows/pipeline-rows';
import type { GitlabClient } from './gitlab-client';
import { mapJobRow, mapPipelineRow, mapTestReportRow } from './map-pipeline-rows';
import { parseGitlabList, parseGitlabObject } from './parse-gitlab-list';
import { BridgeSchema, JobSchema, PipelineSchema, TestReportSummarySchema, VersionSchema } from './schemas';
import { syncUpdatedList } from './sync-updated-list';
import { fetchUnlessGone, readAllPages, type TeamSyncContext } from './team-sync-context';

const finishedStatuses = new Set(['success', 'failed', 'canceled']);
const childSource = 'parent_pipeline';

interface PipelineChildren {
  jobs: Map<number, JobRow[]>;
  testReports: Map<number, TestReportRow>;
  parents: Map<number, number>;
}

/** GET /version, once per sync; null when GitLab will not say (some instances restrict it). */
export async function readInstanceVersion(client: GitlabClient): Promise<{ major: number; minor: number } | null> {
  const body = await fetchUnlessGone(() => client.fetchVersion());
  const parsed = body === null ? null : VersionSchema.safeParse(body);
  const match = parsed?.success ? /^(\d+)\.(\d+)/.exec(parsed.data.version) : null;
  return match ? { major: Number(match[1]), minor: Number(match[2]) } : null;
}

/**
 * Pipelines on all refs by updated_after; jobs (latest attempts) and the test report summary are
 * re-read only for pipelines that are new or changed since the last sync, the summary only where a
 * job published a JUnit report.
 *
 * Since GitLab 17.0 the list leaves out child pipelines (trigger: include:) unless asked with
 * source=parent_pipeline, so on such instances (or when the version is unknown) a second listing,
 * incremental like the first, reads them, and each new child is linked to the pipeline whose trigger
 * job started it. Their jobs and test reports are kept; the metrics leave children out of pipeline counts.
 */
export async function syncPipelines(ctx: TeamSyncContext): Promise<void> {
  const bridges = new Map<number, Map<number, number>>();
  await syncPipelineListing(ctx, bridges, undefined);
  const version = await ctx.loadInstanceVersion();
  if (version === null || version.major >= 17) await syncPipelineListing(ctx, bridges, childSource);
}

async function syncPipelineListing(ctx: TeamSyncContext, bridges: Map<number, Map<number, number>>, source: typeof childSource | undefined): Promise<void> {
  const { client, store, projectRowId, gitlabProjectId } = ctx;
  const known = store.pipelines.readUpdatedAt(projectRowId);
  await syncUpdatedList<PipelineRow, PipelineChildren>(ctx, {
    resource: 'pipelines',
    ...(source ? { cursorKey: 'childPipelines' } : {}),
    fetchPage: (updatedAfter, page) => client.fetchPipelinesPage(gitlabProjectId, updatedAfter, page, source),
    parse: (page) => parseGitlabList(PipelineSchema, page, 'pipeline').map(mapPipelineRow),
    updatedAtOf: (p) => p.updatedAt,
    async prepare(pipelines) {
      const children: PipelineChildren = { jobs: new Map(), testReports: new Map(), parents: new Map() };
      for (const p of pipelines.filter((p) => known.get(p.gitlabId) !== p.updatedAt)) {
        if (p.source === childSource && store.pipelines.readParent(projectRowId, p.gitlabId) === null) {
          const parent = await findParent(ctx, bridges, p, pipelines);
          if (parent !== null) children.parents.set(p.gitlabId, parent);
        }
        const rawJobs = await fetchUnlessGone(() => readAllPages((page) => client.fetchJobsPage(gitlabProjectId, p.gitlabId, page)));
        if (rawJobs === null) continue;
        const listed = parseGitlabList(JobSchema, rawJobs, 'job');
        const jobs = listed.map(mapJobRow);
        children.jobs.set(p.gitlabId, jobs);
        ctx.fetched.jobs += jobs.length;
        // GitLab builds the summary from the jobs' JUnit reports; without one it is all zeros, so it is
        // read only where a job published a junit artifact.
        const hasJunitReport = listed.some((job) => job.artifacts.includes('junit'));
        if (finishedStatuses.has(p.status) && hasJunitReport) {
          const summary = await fetchUnlessGone(() => client.fetchTestReportSummary(gitlabProjectId, p.gitlabId));
          if (summary !== null)
            children.testReports.set(
              p.gitlabId,
              mapTestReportRow(
                parseGitlabObject(
                  TestReportSummarySchema,
                  summary,
                  'test report summary',
                  `projects/${gitlabProjectId}/pipelines/${p.gitlabId}/test_report_summary`,
                ),
              ),
            );
        }
      }
      return children;
    },
    write(pipelines, children) {
      store.pipelines.upsertPipelines(
        projectRowId,
        pipelines.map((p) => ({ ...p, parentGitlabId: children.parents.get(p.gitlabId) ?? null })),
      );
      for (const [pipelineId, jobs] of children.jobs) store.pipelines.replaceJobs(projectRowId, pipelineId, jobs);
      for (const [pipelineId, summary] of children.testReports) store.pipelines.upsertTestReport(projectRowId, pipelineId, summary);
      for (const p of pipelines) known.set(p.gitlabId, p.updatedAt);
      ctx.fetched.pipelines += pipelines.length;
    },
  });
}

/**
 * The pipeline whose trigger job started a child: GitLab names it only from the parent's side (its
 * bridges' downstream_pipeline), so the candidates (same commit, older, not children themselves,
 * newest first) are asked until one names the child. Usually the first does.
 */
async function findParent(ctx: TeamSyncContext, bridges: Map<number, Map<number, number>>, child: PipelineRow, page: PipelineRow[]): Promise<number | null> {
  if (child.sha === null) return null;
  const onPage = page.filter((p) => p.sha === child.sha && p.gitlabId < child.gitlabId && p.source !== childSource).map((p) => p.gitlabId);
  const stored = ctx.store.pipelines.listParentCandidates(ctx.projectRowId, child.sha, child.gitlabId);
  const candidates = [...new Set([...onPage, ...stored])].sort((a, b) => b - a).slice(0, 5);
  for (const candidate of candidates) {
    let started = bridges.get(candidate);
    if (!started) {
      const raw = await fetchUnlessGone(() => readAllPages((n) => ctx.client.fetchBridgesPage(ctx.gitlabProjectId, candidate, n)));
      started = new Map();
      for (const bridge of parseGitlabList(BridgeSchema, raw ?? { items: [], endpoint: '' }, 'bridge'))
        if (bridge.downstream_pipeline) started.set(bridge.downstream_pipeline.id, candidate);
      bridges.set(candidate, started);
    }
    const parent = started.get(child.gitlabId);
    if (parent !== undefined) return parent;
  }
  return null;
}
