import type { RouteContext, RouteDefinition, RouteResult } from '../route-types';
import { respondInvalidParameter, respondJson, respondNotFound } from '../route-types';
import type { SimProject } from '../sim-state';
import { handleWithProject } from './handle-with-project';

/**
 * Project webhooks (doc/api/project_webhooks.md): list, get, add (201) and edit. They need at least
 * the Maintainer role; the secret `token` is accepted but never shown back, as in GitLab.
 */
export interface SimHook {
  id: number;
  url: string;
  project_id: number;
  push_events: boolean;
  push_events_branch_filter: string;
  issues_events: boolean;
  confidential_issues_events: boolean;
  merge_requests_events: boolean;
  tag_push_events: boolean;
  note_events: boolean;
  confidential_note_events: boolean;
  job_events: boolean;
  pipeline_events: boolean;
  wiki_page_events: boolean;
  deployment_events: boolean;
  releases_events: boolean;
  enable_ssl_verification: boolean;
  created_at: string;
}

/** Hooks are not part of the generated course; each simulator keeps its own beside its state. */
const hooksByProject = new WeakMap<SimProject, SimHook[]>();
let nextHookId = 1;

const eventFields = [
  'push_events',
  'issues_events',
  'confidential_issues_events',
  'merge_requests_events',
  'tag_push_events',
  'note_events',
  'confidential_note_events',
  'job_events',
  'pipeline_events',
  'wiki_page_events',
  'deployment_events',
  'releases_events',
  'enable_ssl_verification',
] as const;

export function listSimHooks(project: SimProject): SimHook[] {
  let hooks = hooksByProject.get(project);
  if (!hooks) {
    hooks = [];
    hooksByProject.set(project, hooks);
  }
  return hooks;
}

const MAINTAINER = 40;

function isMaintainer(context: RouteContext, project: SimProject): boolean {
  const { userId } = context.token;
  const member = [...project.team.members, ...context.state.course.staffMembers].find((m) => m.id === userId);
  return member !== undefined && member.access_level >= MAINTAINER;
}

function withMaintainer(handler: (context: RouteContext, project: SimProject) => RouteResult) {
  return handleWithProject((context, project) => (isMaintainer(context, project) ? handler(context, project) : respondJson(403, { message: '403 Forbidden' })));
}

function readAttributes(body: unknown): Record<string, unknown> {
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

function applyAttributes(hook: SimHook, attributes: Record<string, unknown>): void {
  for (const field of eventFields) if (typeof attributes[field] === 'boolean') hook[field] = attributes[field];
  if (typeof attributes.push_events_branch_filter === 'string') hook.push_events_branch_filter = attributes.push_events_branch_filter;
  // `token` (the secret) is accepted and, as in GitLab, never part of an answer.
  if (typeof attributes.url === 'string') hook.url = attributes.url;
}

function findHook(context: RouteContext, project: SimProject): SimHook | undefined {
  return listSimHooks(project).find((h) => String(h.id) === context.params.hook_id);
}

export const hookRoutes: RouteDefinition[] = [
  { pattern: ['projects', ':id', 'hooks'], handler: withMaintainer((_context, project) => respondJson(200, listSimHooks(project))) },
  {
    pattern: ['projects', ':id', 'hooks', ':hook_id'],
    handler: withMaintainer((context, project) => {
      const hook = findHook(context, project);
      return hook ? respondJson(200, hook) : respondNotFound('Not found');
    }),
  },
  {
    method: 'POST',
    pattern: ['projects', ':id', 'hooks'],
    handler: withMaintainer((context, project) => {
      const attributes = readAttributes(context.body);
      if (typeof attributes.url !== 'string' || attributes.url === '') return respondInvalidParameter('url', 'is missing');
      // GitLab's defaults: push events on, every other event off, SSL verification on.
      const hook: SimHook = {
        id: nextHookId++,
        url: attributes.url,
        project_id: project.team.project.id,
        push_events: true,
        push_events_branch_filter: '',
        issues_events: false,
        confidential_issues_events: false,
        merge_requests_events: false,
        tag_push_events: false,
        note_events: false,
        confidential_note_events: false,
        job_events: false,
        pipeline_events: false,
        wiki_page_events: false,
        deployment_events: false,
        releases_events: false,
        enable_ssl_verification: true,
        created_at: new Date(context.clock.nowMs).toISOString(),
      };
      applyAttributes(hook, attributes);
      listSimHooks(project).push(hook);
      return respondJson(201, hook);
    }),
  },
  {
    method: 'PUT',
    pattern: ['projects', ':id', 'hooks', ':hook_id'],
    handler: withMaintainer((context, project) => {
      const hook = findHook(context, project);
      if (!hook) return respondNotFound('Not found');
      applyAttributes(hook, readAttributes(context.body));
      return respondJson(200, hook);
    }),
  },
];
