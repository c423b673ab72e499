import type { RouteContext, RouteHandler, RouteResult } from '../route-types';
import { respondNotFound } from '../route-types';
import type { SimProject } from '../sim-state';

/** Resolves `:id` (numeric or encoded full path) to a live project, or answers 404 like GitLab. */
export function handleWithProject(handler: (context: RouteContext, project: SimProject) => RouteResult): RouteHandler {
  return (context) => {
    const project = context.state.findProject(context.params.id ?? '');
    return project ? handler(context, project) : respondNotFound('Project Not Found');
  };
}
