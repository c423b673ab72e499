import type { RestPipeline, RestPipelineStatus, RestTestReportSummary } from '../../../../electron/core/demo/rest-types';
import type { ListFilter } from '../list-query';
import { addTimeWindow, readTimeParameters, runListQuery } from '../list-query';
import { paginate } from '../paginate';
import { presentJobWithArtifacts, presentPipelineDetail, presentPipelineListItem } from '../present-objects';
import { isRouteResult, isTrue, readChoice, readList, readTimeParameter } from '../query-params';
import type { RouteDefinition } from '../route-types';
import { respondInvalidParameter, respondJson, respondNotFound } from '../route-types';
import { createView } from '../sorted-index';
import { handleWithProject } from './handle-with-project';

const PIPELINE_STATUSES: RestPipelineStatus[] = [
  'created',
  'waiting_for_resource',
  'preparing',
  'waiting_for_callback',
  'pending',
  'running',
  'success',
  'failed',
  'canceling',
  'canceled',
  'skipped',
  'manual',
  'scheduled',
];
const FINISHED: RestPipelineStatus[] = ['success', 'failed', 'canceled', 'skipped'];
const EMPTY_SUMMARY: RestTestReportSummary = {
  total: { time: 0, count: 0, success: 0, failed: 0, skipped: 0, error: 0, suite_error: null },
  test_suites: [],
};

export const pipelineRoutes: RouteDefinition[] = [
  {
    pattern: ['projects', ':id', 'pipelines'],
    handler: handleWithProject((context, project) => {
      const { query } = context;
      // status, ref and user_id orders are accepted but served by id, which is what a sync uses anyway.
      const order = readChoice(query, 'order_by', ['id', 'status', 'ref', 'updated_at', 'user_id'] as const, 'id');
      if (isRouteResult(order)) return order;
      const sort = readChoice(query, 'sort', ['asc', 'desc'] as const, 'desc');
      if (isRouteResult(sort)) return sort;
      const times = readTimeParameters(['updated_after', 'updated_before', 'created_after', 'created_before'] as const, (name) =>
        readTimeParameter(query, name),
      );
      if ('error' in times) return times.error;
      const { updated_after: updatedAfter, updated_before: updatedBefore, created_after: createdAfter, created_before: createdBefore } = times.values;
      const filters: ListFilter<RestPipeline>[] = [];
      const status = query.get('status');
      if (status !== null) {
        if (!PIPELINE_STATUSES.includes(status as RestPipelineStatus)) return respondInvalidParameter('status', 'does not have a valid value');
        filters.push({ test: (pipeline) => pipeline.status === status });
      }
      // GitLab 17.0+ leaves child pipelines (trigger: include:) out unless asked for with source=parent_pipeline.
      if (context.state.version.major >= 17 && query.get('source') !== 'parent_pipeline')
        filters.push({ test: (pipeline) => pipeline.source !== 'parent_pipeline' });
      for (const field of ['ref', 'sha', 'source'] as const) {
        const value = query.get(field);
        if (value !== null) filters.push({ test: (pipeline) => pipeline[field] === value });
      }
      const scope = query.get('scope');
      if (scope === 'finished') filters.push({ test: (pipeline) => FINISHED.includes(pipeline.status) });
      else if (scope === 'running' || scope === 'pending') filters.push({ test: (pipeline) => pipeline.status === scope });
      else if (scope === 'tags' || scope === 'branches') filters.push({ test: (pipeline) => pipeline.tag === (scope === 'tags') });
      const isByUpdated = order === 'updated_at';
      if (!isByUpdated) addTimeWindow(filters, (pipeline) => pipeline.updated_at, updatedAfter, updatedBefore);
      addTimeWindow(filters, (pipeline) => pipeline.created_at, createdAfter, createdBefore);
      const view = runListQuery({
        cache: project.pipelines,
        orderField: isByUpdated ? 'updated_at' : 'id',
        keyOf: isByUpdated ? (pipeline) => Date.parse(pipeline.updated_at) : (pipeline) => pipeline.id,
        isDescending: sort === 'desc',
        keyMin: isByUpdated ? updatedAfter : null,
        keyMax: isByUpdated ? updatedBefore : null,
        filters,
      });
      return paginate(context, view, presentPipelineListItem);
    }),
  },
  {
    pattern: ['projects', ':id', 'pipelines', ':pipeline_id'],
    handler: handleWithProject((context, project) => {
      const pipeline = project.pipelineById.get(Number(context.params.pipeline_id));
      return pipeline ? respondJson(200, presentPipelineDetail(pipeline, project.team.project.path_with_namespace)) : respondNotFound('Not found');
    }),
  },
  {
    pattern: ['projects', ':id', 'pipelines', ':pipeline_id', 'jobs'],
    handler: handleWithProject((context, project) => {
      const pipelineId = Number(context.params.pipeline_id);
      if (!project.pipelineById.has(pipelineId)) return respondNotFound('Not found');
      const isWithRetried = isTrue(context.query, 'include_retried');
      const scopes = readList(context.query, 'scope');
      const jobs = (project.jobsByPipeline.get(pipelineId) ?? []).filter(
        (job) => (isWithRetried || !job.retried) && (scopes.length === 0 || scopes.includes(job.status)),
      );
      // Jobs whose JUnit report the pipeline's test report summary was built from published it as an artifact.
      const junitJobs = new Set((project.team.testReportSummaries[pipelineId]?.test_suites ?? []).flatMap((suite) => suite.build_ids));
      // Newest first, as GitLab lists a pipeline's jobs.
      return paginate(context, createView(jobs, 0, jobs.length, true), (job) => presentJobWithArtifacts(job, junitJobs.has(job.id)));
    }),
  },
  {
    pattern: ['projects', ':id', 'pipelines', ':pipeline_id', 'bridges'],
    handler: handleWithProject((context, project) => {
      const pipelineId = Number(context.params.pipeline_id);
      const pipeline = project.pipelineById.get(pipelineId);
      if (!pipeline) return respondNotFound('Not found');
      const bridges = (context.state.bridgesByPipeline.get(pipelineId) ?? []).map((bridge) => {
        const child = project.pipelineById.get(bridge.childId);
        return {
          id: bridge.id,
          name: bridge.name,
          stage: bridge.stage,
          status: bridge.status,
          ref: pipeline.ref,
          tag: pipeline.tag,
          allow_failure: false,
          created_at: pipeline.created_at,
          started_at: pipeline.started_at,
          finished_at: pipeline.finished_at,
          duration: null,
          queued_duration: null,
          web_url: `${project.team.project.web_url}/-/jobs/${bridge.id}`,
          pipeline: {
            id: pipeline.id,
            iid: pipeline.iid,
            project_id: pipeline.project_id,
            sha: pipeline.sha,
            ref: pipeline.ref,
            status: pipeline.status,
            source: pipeline.source,
          },
          downstream_pipeline: child
            ? {
                id: child.id,
                iid: child.iid,
                project_id: child.project_id,
                sha: child.sha,
                ref: child.ref,
                status: child.status,
                source: child.source,
                web_url: child.web_url,
              }
            : null,
        };
      });
      return paginate(context, createView(bridges, 0, bridges.length, true), (bridge) => bridge);
    }),
  },
  {
    pattern: ['projects', ':id', 'pipelines', ':pipeline_id', 'test_report_summary'],
    handler: handleWithProject((context, project) => {
      const pipelineId = Number(context.params.pipeline_id);
      if (!project.pipelineById.has(pipelineId)) return respondNotFound('Not found');
      return respondJson(200, project.team.testReportSummaries[pipelineId] ?? EMPTY_SUMMARY);
    }),
  },
];
