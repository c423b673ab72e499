import { z } from 'zod';
import type { HookSetup } from '../../../shared/api/relay-api';

/** The events GitPulse needs, as GitLab's project hook API names them (doc/api/project_webhooks.md). */
export const hookEvents = {
  push_events: true,
  tag_push_events: true,
  merge_requests_events: true,
  issues_events: true,
  note_events: true,
  pipeline_events: true,
  job_events: true,
} as const;

const HookSchema = z.looseObject({
  id: z.number().int(),
  url: z.string(),
  push_events: z.boolean().optional(),
  tag_push_events: z.boolean().optional(),
  merge_requests_events: z.boolean().optional(),
  issues_events: z.boolean().optional(),
  note_events: z.boolean().optional(),
  pipeline_events: z.boolean().optional(),
  job_events: z.boolean().optional(),
});

export interface SetupProjectHooksOptions {
  gitlabUrl: string;
  token: string;
  /** The token's scopes when known; without `api` GitLab refuses hook changes, so the steps are shown instead. */
  scopes: string[] | null;
  fetch: typeof fetch;
  relayUrl: string;
  secret: string;
  projects: Array<{ gitlabId: number; path: string }>;
}

export function describeManualHookSteps(relayUrl: string): string[] {
  return [
    'In each team project on GitLab: Settings → Webhooks → Add new webhook.',
    `URL: ${relayUrl}/api/v1/webhooks/gitlab`,
    "Secret token: one of the relay's --secret values.",
    'Trigger: Push events (all branches), Tag push events, Comments, Issues events, Merge request events, Pipeline events, Job events.',
    'Keep "Enable SSL verification" on, save, then use Test → Push events: the relay should answer 200.',
  ];
}

/**
 * Creates the relay's hook on each project, or brings an existing one (same URL) up to the events
 * GitPulse needs and the given secret. GitLab never shows a hook's secret back, so an existing hook is
 * updated with it rather than compared (PUT /projects/:id/hooks/:hook_id).
 */
export async function setupProjectHooks(options: SetupProjectHooksOptions): Promise<HookSetup> {
  const steps = describeManualHookSteps(options.relayUrl);
  const hookUrl = `${options.relayUrl}/api/v1/webhooks/gitlab`;
  if (options.scopes !== null && !options.scopes.includes('api')) {
    return { mode: 'manual', projects: options.projects.map((p) => ({ project: p.path, outcome: 'manual', message: 'The token has no api scope.' })), steps };
  }
  const api = `${options.gitlabUrl}/api/v4`;
  const headers = { 'private-token': options.token, 'content-type': 'application/json' };
  const body = JSON.stringify({
    url: hookUrl,
    token: options.secret,
    enable_ssl_verification: hookUrl.startsWith('https:'),
    push_events_branch_filter: '',
    ...hookEvents,
  });
  const results: HookSetup['projects'] = [];
  for (const project of options.projects) {
    try {
      const listed = await options.fetch(`${api}/projects/${project.gitlabId}/hooks?per_page=100`, { headers });
      if (listed.status === 403) {
        await listed.body?.cancel();
        results.push({
          project: project.path,
          outcome: 'manual',
          message: 'GitLab refused (403): managing hooks needs the Maintainer role and a token with the api scope.',
        });
        continue;
      }
      if (!listed.ok) throw new Error(`GitLab answered ${listed.status} listing hooks`);
      const hooks = z.array(HookSchema).parse(await listed.json());
      const existing = hooks.find((h) => h.url.replace(/\/+$/, '') === hookUrl);
      const isComplete = existing !== undefined && Object.keys(hookEvents).every((name) => existing[name as keyof typeof hookEvents] === true);
      const response = existing
        ? await options.fetch(`${api}/projects/${project.gitlabId}/hooks/${existing.id}`, { method: 'PUT', headers, body })
        : await options.fetch(`${api}/projects/${project.gitlabId}/hooks`, { method: 'POST', headers, body });
      await response.body?.cancel();
      if (response.status === 403) {
        results.push({
          project: project.path,
          outcome: 'manual',
          message: 'GitLab refused (403): managing hooks needs the Maintainer role and a token with the api scope.',
        });
        continue;
      }
      if (!response.ok) throw new Error(`GitLab answered ${response.status} ${existing ? 'updating' : 'creating'} the hook`);
      results.push({ project: project.path, outcome: existing ? (isComplete ? 'verified' : 'updated') : 'created', message: null });
    } catch (error) {
      results.push({ project: project.path, outcome: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  }
  const isManual = results.length > 0 && results.every((r) => r.outcome === 'manual');
  return { mode: isManual ? 'manual' : 'api', projects: results, steps: results.some((r) => r.outcome === 'manual' || r.outcome === 'failed') ? steps : [] };
}
