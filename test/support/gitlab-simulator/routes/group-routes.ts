import type { RestProject } from '../../../../electron/core/demo/rest-types';
import { paginate } from '../paginate';
import { isRouteResult, readChoice } from '../query-params';
import type { RouteDefinition } from '../route-types';
import { respondJson, respondNotFound } from '../route-types';
import { createView, sortByKey } from '../sorted-index';

const PROJECT_ORDERS = ['id', 'name', 'path', 'created_at', 'updated_at', 'last_activity_at'] as const;

function readProjectKey(project: RestProject, order: (typeof PROJECT_ORDERS)[number]): number {
  if (order === 'id') return project.id;
  if (order === 'created_at') return Date.parse(project.created_at);
  if (order === 'updated_at' || order === 'last_activity_at') return Date.parse(project.last_activity_at);
  return 0;
}

export const groupRoutes: RouteDefinition[] = [
  {
    pattern: ['groups', ':id'],
    handler: (context) => {
      const group = context.state.findGroup(context.params.id ?? '');
      return group ? respondJson(200, group) : respondNotFound('Group Not Found');
    },
  },
  {
    pattern: ['groups', ':id', 'members'],
    handler: (context) => {
      const group = context.state.findGroup(context.params.id ?? '');
      if (!group) return respondNotFound('Group Not Found');
      const list = [...(context.state.groupMembers.get(group.id) ?? [])].sort((a, b) => a.id - b.id);
      return paginate(context, createView(list, 0, list.length, false), (member) => member);
    },
  },
  {
    pattern: ['groups', ':id', 'members', 'all'],
    handler: (context) => {
      const group = context.state.findGroup(context.params.id ?? '');
      if (!group) return respondNotFound('Group Not Found');
      const list = context.state.listAllGroupMembers(group);
      return paginate(context, createView(list, 0, list.length, false), (member) => member);
    },
  },
  {
    pattern: ['groups', ':id', 'projects'],
    handler: (context) => {
      const { state, query } = context;
      const group = state.findGroup(context.params.id ?? '');
      if (!group) return respondNotFound('Group Not Found');
      const order = readChoice(query, 'order_by', PROJECT_ORDERS, 'id');
      if (isRouteResult(order)) return order;
      // Without order_by the simulator lists by id ascending; with it, GitLab's default sort (desc) applies.
      const sort = readChoice(query, 'sort', ['asc', 'desc'] as const, query.has('order_by') ? 'desc' : 'asc');
      if (isRouteResult(sort)) return sort;
      const isWithSubgroups = query.get('include_subgroups') === 'true';
      const archived = query.get('archived');
      const projects: RestProject[] = [];
      for (const project of state.projectsById.values()) {
        if (project.isRemoved) continue;
        const isInGroup = isWithSubgroups ? project.ancestorGroupIds.includes(group.id) : project.team.project.namespace.id === group.id;
        if (!isInGroup) continue;
        if (archived === 'true' && !project.team.project.archived) continue;
        if (archived === 'false' && project.team.project.archived) continue;
        projects.push(project.team.project);
      }
      const isByName = order === 'name' || order === 'path';
      const sorted = isByName
        ? { items: [...projects].sort((a, b) => (a[order] < b[order] ? -1 : a[order] > b[order] ? 1 : a.id - b.id)) }
        : sortByKey(
            projects,
            (project) => readProjectKey(project, order),
            (project) => project.id,
          );
      return paginate(context, createView(sorted.items, 0, sorted.items.length, sort === 'desc'), (project) => project);
    },
  },
];
