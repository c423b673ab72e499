import { paginate } from '../paginate';
import type { RouteDefinition } from '../route-types';
import { respondJson } from '../route-types';
import { createView } from '../sorted-index';
import { handleWithProject } from './handle-with-project';

export const projectRoutes: RouteDefinition[] = [
  {
    pattern: ['projects', ':id'],
    handler: (context) => {
      // GitLab 16.7+: the old path of a renamed or moved project answers 301 with the project's id.
      const moved = context.state.findRedirect(context.params.id ?? '');
      if (moved) {
        const location = `${context.publicUrl}/api/v4/projects/${moved.team.project.id}`;
        return { status: 301, body: { message: '301 Moved Permanently' }, headers: { location } };
      }
      return handleWithProject((_context, project) => respondJson(200, project.team.project))(context);
    },
  },
  {
    pattern: ['projects', ':id', 'members'],
    handler: handleWithProject((context, project) => {
      const list = [...project.team.members].sort((a, b) => a.id - b.id);
      return paginate(context, createView(list, 0, list.length, false), (member) => member);
    }),
  },
  {
    pattern: ['projects', ':id', 'members', 'all'],
    handler: handleWithProject((context, project) => {
      const list = context.state.listAllProjectMembers(project);
      return paginate(context, createView(list, 0, list.length, false), (member) => member);
    }),
  },
];
