import type { RestIssue, RestMergeRequest, RestNote } from '../../../../electron/core/demo/rest-types';
import type { ListFilter } from '../list-query';
import { addTimeWindow, readTimeParameters, runListQuery } from '../list-query';
import { paginate } from '../paginate';
import { isRouteResult, readChoice, readList, readTimeParameter } from '../query-params';
import type { RouteContext, RouteDefinition, RouteResult } from '../route-types';
import { respondJson, respondNotFound } from '../route-types';
import type { SimProject } from '../sim-state';
import { formatNoteParentKey } from '../sim-state';
import type { SortedCache } from '../sorted-index';
import { createView, sortByKey } from '../sorted-index';
import { handleWithProject } from './handle-with-project';

type WorkItem = RestMergeRequest | RestIssue;

/** Shared list logic of merge requests and issues: state, time windows, iids, order and sort. */
function listWorkItems<T extends WorkItem>(
  context: RouteContext,
  cache: SortedCache<T>,
  states: readonly string[],
  extraFilters: ListFilter<T>[],
): RouteResult {
  const { query } = context;
  const state = readChoice(query, 'state', states, 'all');
  if (isRouteResult(state)) return state;
  const order = readChoice(query, 'order_by', ['created_at', 'updated_at'] as const, 'created_at');
  if (isRouteResult(order)) return order;
  const sort = readChoice(query, 'sort', ['asc', 'desc'] as const, 'desc');
  if (isRouteResult(sort)) return sort;
  const times = readTimeParameters(['updated_after', 'updated_before', 'created_after', 'created_before'] as const, (name) => readTimeParameter(query, name));
  if ('error' in times) return times.error;
  const { updated_after: updatedAfter, updated_before: updatedBefore, created_after: createdAfter, created_before: createdBefore } = times.values;
  const filters = [...extraFilters];
  if (state !== 'all') filters.push({ test: (item) => item.state === state });
  const iids = readList(query, 'iids').map(Number);
  if (iids.length > 0) filters.push({ test: (item) => iids.includes(item.iid) });
  const isByUpdated = order === 'updated_at';
  if (isByUpdated) addTimeWindow(filters, (item) => item.created_at, createdAfter, createdBefore);
  else addTimeWindow(filters, (item) => item.updated_at, updatedAfter, updatedBefore);
  const view = runListQuery({
    cache,
    orderField: order,
    keyOf: (item) => Date.parse(item[order]),
    isDescending: sort === 'desc',
    keyMin: isByUpdated ? updatedAfter : createdAfter,
    keyMax: isByUpdated ? updatedBefore : createdBefore,
    filters,
  });
  return paginate(context, view, (item) => item);
}

function listNotes(context: RouteContext, project: SimProject, type: RestNote['noteable_type'], iid: number): RouteResult {
  const order = readChoice(context.query, 'order_by', ['created_at', 'updated_at'] as const, 'created_at');
  if (isRouteResult(order)) return order;
  const sort = readChoice(context.query, 'sort', ['asc', 'desc'] as const, 'desc');
  if (isRouteResult(sort)) return sort;
  const notes = project.notesByParent.get(formatNoteParentKey(type, iid)) ?? [];
  const sorted = sortByKey(
    notes,
    (note) => Date.parse(note[order]),
    (note) => note.id,
  );
  return paginate(context, createView(sorted.items, 0, sorted.items.length, sort === 'desc'), (note) => note);
}

function readIid(context: RouteContext): number {
  return Number(context.params.iid);
}

export const workItemRoutes: RouteDefinition[] = [
  {
    pattern: ['projects', ':id', 'merge_requests'],
    handler: handleWithProject((context, project) => {
      const filters: ListFilter<RestMergeRequest>[] = [];
      for (const field of ['source_branch', 'target_branch'] as const) {
        const value = context.query.get(field);
        if (value !== null) filters.push({ test: (mergeRequest) => mergeRequest[field] === value });
      }
      return listWorkItems(context, project.mergeRequests, ['opened', 'closed', 'locked', 'merged', 'all'], filters);
    }),
  },
  {
    pattern: ['projects', ':id', 'merge_requests', ':iid'],
    handler: handleWithProject((context, project) => {
      const mergeRequest = project.team.mergeRequests.find((candidate) => candidate.iid === readIid(context));
      return mergeRequest ? respondJson(200, mergeRequest) : respondNotFound('Not found');
    }),
  },
  {
    pattern: ['projects', ':id', 'merge_requests', ':iid', 'notes'],
    handler: handleWithProject((context, project) => {
      const iid = readIid(context);
      if (!project.team.mergeRequests.some((candidate) => candidate.iid === iid)) return respondNotFound('Not found');
      return listNotes(context, project, 'MergeRequest', iid);
    }),
  },
  {
    pattern: ['projects', ':id', 'issues'],
    handler: handleWithProject((context, project) => listWorkItems(context, project.issues, ['opened', 'closed', 'all'], [])),
  },
  {
    pattern: ['projects', ':id', 'issues', ':iid'],
    handler: handleWithProject((context, project) => {
      const issue = project.team.issues.find((candidate) => candidate.iid === readIid(context));
      return issue ? respondJson(200, issue) : respondNotFound('Not found');
    }),
  },
  {
    pattern: ['projects', ':id', 'issues', ':iid', 'notes'],
    handler: handleWithProject((context, project) => {
      const iid = readIid(context);
      if (!project.team.issues.some((candidate) => candidate.iid === iid)) return respondNotFound('Not found');
      return listNotes(context, project, 'Issue', iid);
    }),
  },
];
