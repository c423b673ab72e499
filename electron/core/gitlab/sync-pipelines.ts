import type { JobRow, PipelineRow, TestReportRow } from '../store/rows/pipeline-rows';
import { mapJobRow, mapPipelineRow, mapTestReportRow } from './map-pipeline-rows';
import { parseGitlabList, parseGitlabObject } from './parse-gitlab-list';
import { JobSchema, PipelineSchema, TestReportSummarySchema } from './schemas';
import { syncUpdatedList } from './sync-updated-list';
import { fetchUnlessGone, readAllPages, type TeamSyncContext } from './team-sync-context';

const finishedStatuses = new Set(['success', 'failed', 'canceled']);

interface PipelineChildren {
  jobs: Map<number, JobRow[]>;
  testReports: Map<number, TestReportRow>;
}

/**
 * Pipelines on all refs by updated_after; jobs (latest attempts) and the test report summary are
 * re-read only for pipelines that are new or changed since the last sync, the summary only where a
 * job published a JUnit report.
 */
export async function syncPipelines(ctx: TeamSyncContext): Promise<void> {
  const { client, store, projectRowId, gitlabProjectId } = ctx;
  const known = store.pipelines.readUpdatedAt(projectRowId);
  await syncUpdatedList<PipelineRow, PipelineChildren>(ctx, {
    resource: 'pipelines',
    fetchPage: (updatedAfter, page) => client.fetchPipelinesPage(gitlabProjectId, updatedAfter, page),
    parse: (items) => parseGitlabList(PipelineSchema, items, 'pipeline').map(mapPipelineRow),
    updatedAtOf: (p) => p.updatedAt,
    async prepare(pipelines) {
      const children: PipelineChildren = { jobs: new Map(), testReports: new Map() };
      for (const p of pipelines.filter((p) => known.get(p.gitlabId) !== p.updatedAt)) {
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
          if (summary !== null) children.testReports.set(p.gitlabId, mapTestReportRow(parseGitlabObject(TestReportSummarySchema, summary, 'test report summary')));
        }
      }
      return children;
    },
    write(pipelines, children) {
      store.pipelines.upsertPipelines(projectRowId, pipelines);
      for (const [pipelineId, jobs] of children.jobs) store.pipelines.replaceJobs(projectRowId, pipelineId, jobs);
      for (const [pipelineId, summary] of children.testReports) store.pipelines.upsertTestReport(projectRowId, pipelineId, summary);
      for (const p of pipelines) known.set(p.gitlabId, p.updatedAt);
      ctx.fetched.pipelines += pipelines.length;
    },
  });
}
