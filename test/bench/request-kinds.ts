import type { SimRequest } from '../support/gitlab-simulator';

/**
 * The lists and objects a sync reads, one kind per endpoint. The minimum (minimum-requests.ts) and
 * the simulator's request log are both tallied by these kinds, so waste shows per endpoint.
 */
export const requestKinds = [
  'group projects',
  'members/all',
  'members (direct)',
  'course staff',
  'users/:id',
  'branches',
  'tags',
  'commits',
  'merge requests',
  'MR notes',
  'issues',
  'issue notes',
  'pipelines',
  'child pipelines',
  'version',
  'bridges',
  'jobs',
  'test report summary',
  'CI file (+includes)',
] as const;

export type RequestKind = (typeof requestKinds)[number];

export function isRequestKind(kind: string): kind is RequestKind {
  return (requestKinds as readonly string[]).includes(kind);
}

/** Kinds outside the sync: the connection test, and anything the engine asks that no kind above covers. */
export type LoggedKind = RequestKind | 'connection test' | `other: ${string}`;

export interface ClassifiedRequest {
  kind: LoggedKind;
  /** The GitLab project id the request is about; null for group-, user- and instance-level requests. */
  projectId: number | null;
}

const projectPatterns: Array<[RegExp, RequestKind]> = [
  [/^members\/all$/, 'members/all'],
  [/^members$/, 'members (direct)'],
  [/^repository\/branches$/, 'branches'],
  [/^repository\/tags$/, 'tags'],
  [/^repository\/commits$/, 'commits'],
  [/^merge_requests$/, 'merge requests'],
  [/^merge_requests\/\d+\/notes$/, 'MR notes'],
  [/^issues$/, 'issues'],
  [/^issues\/\d+\/notes$/, 'issue notes'],
  [/^pipelines$/, 'pipelines'],
  [/^pipelines\/\d+\/jobs$/, 'jobs'],
  [/^pipelines\/\d+\/bridges$/, 'bridges'],
  [/^pipelines\/\d+\/test_report_summary$/, 'test report summary'],
  [/^repository\/files\/[^/]+\/raw$/, 'CI file (+includes)'],
];

export function classifyRequest(request: SimRequest): ClassifiedRequest {
  const path = request.path.replace(/^\/api\/v4\//, '');
  const project = /^projects\/(\d+)\/(.+)$/.exec(path);
  if (project) {
    const projectId = Number(project[1]);
    const rest = project[2] ?? '';
    if (rest === 'pipelines' && new URLSearchParams(request.query).get('source') === 'parent_pipeline') return { kind: 'child pipelines', projectId };
    const match = projectPatterns.find(([pattern]) => pattern.test(rest));
    return { kind: match ? match[1] : `other: projects/:id/${rest.replace(/\d+/g, ':n')}`, projectId };
  }
  if (/^groups\/[^/]+\/projects$/.test(path)) return { kind: 'group projects', projectId: null };
  if (/^groups\/[^/]+\/members\/all$/.test(path)) return { kind: 'course staff', projectId: null };
  if (/^users\/\d+$/.test(path)) return { kind: 'users/:id', projectId: null };
  if (path === 'version') return { kind: 'version', projectId: null };
  if (path === 'user' || path === 'personal_access_tokens/self') return { kind: 'connection test', projectId: null };
  return { kind: `other: ${path.replace(/\d+/g, ':n')}`, projectId: null };
}

export interface KindTally {
  total: number;
  /** Distinct projects the kind was requested for. */
  projects: number;
  /** The most requests of this kind any single project (or the instance, for project-less kinds) got. */
  maxPerProject: number;
  /** Requests whose path and query had been sent before in the same run. */
  repeats: number;
}

/** Per kind: total, spread over projects, and exact repeats (the plainest kind of waste). */
export function tallyByKind(requests: SimRequest[]): Map<LoggedKind, KindTally> {
  const perProject = new Map<LoggedKind, Map<number | null, number>>();
  const seen = new Set<string>();
  const repeats = new Map<LoggedKind, number>();
  for (const request of requests) {
    const { kind, projectId } = classifyRequest(request);
    const counts = perProject.get(kind) ?? new Map<number | null, number>();
    counts.set(projectId, (counts.get(projectId) ?? 0) + 1);
    perProject.set(kind, counts);
    const key = `${request.method} ${request.path}?${request.query}`;
    if (seen.has(key)) repeats.set(kind, (repeats.get(kind) ?? 0) + 1);
    seen.add(key);
  }
  const tallies = new Map<LoggedKind, KindTally>();
  for (const [kind, counts] of perProject) {
    const values = [...counts.values()];
    tallies.set(kind, {
      total: values.reduce((sum, n) => sum + n, 0),
      projects: [...counts.keys()].filter((id) => id !== null).length,
      maxPerProject: Math.max(...values),
      repeats: repeats.get(kind) ?? 0,
    });
  }
  return tallies;
}

/** Kinds in report order: the sync's own first, then whatever else turned up. */
export function orderKinds(kinds: Iterable<LoggedKind>): LoggedKind[] {
  const known: LoggedKind[] = [...requestKinds];
  const extra = [...kinds].filter((kind) => !known.includes(kind)).sort();
  return [...known, ...extra];
}
