import type { Course } from '../../../shared/domain/course';
import type { RequestRecord } from '../gitlab/gitlab-requester';
import type { RateBudget } from '../gitlab/rate-budget';
import { syncProjectResources, type TargetedResource } from '../gitlab/sync-project-resources';
import type { Store } from '../store/create-store';
import type { TeamRow } from '../store/projects-repo';

/** One resource of one team project (a store project row id) that webhooks said changed. */
export interface TargetedSyncRequest {
  projectId: number;
  resource: TargetedResource;
}

/** What one course's targeted run refreshes: each team once, with every resource asked for it. */
export interface TargetedSyncPlan {
  course: Course;
  teams: Array<{ team: TeamRow; resources: Set<TargetedResource> }>;
  /** The requests this plan serves, to hand back when the course is busy. */
  requests: TargetedSyncRequest[];
}

/**
 * Groups coalesced requests by course. A project shared by several courses is synced once, under the
 * first course (by id) that has it as a reachable team: its rows belong to the project, not the course.
 * Demo courses and projects no course holds any more are dropped.
 */
export function planTargetedSyncs(store: Store, requests: readonly TargetedSyncRequest[]): TargetedSyncPlan[] {
  const wanted = new Map<number, Set<TargetedResource>>();
  for (const { projectId, resource } of requests) {
    const resources = wanted.get(projectId) ?? new Set();
    resources.add(resource);
    wanted.set(projectId, resources);
  }
  const plans = new Map<number, TargetedSyncPlan>();
  const courses = store.courses
    .listCourses()
    .filter((course) => !course.isDemo)
    .sort((a, b) => a.id - b.id);
  for (const course of courses) {
    for (const team of store.projects.listTeams(course.id)) {
      const resources = wanted.get(team.projectId);
      if (!resources || !team.isReachable) continue;
      wanted.delete(team.projectId);
      const plan = plans.get(course.id) ?? { course, teams: [], requests: [] };
      plan.teams.push({ team, resources });
      plan.requests.push(...[...resources].map((resource) => ({ projectId: team.projectId, resource })));
      plans.set(course.id, plan);
    }
  }
  return [...plans.values()];
}

export interface RunTargetedSyncInput {
  store: Store;
  plan: TargetedSyncPlan;
  token: string;
  budget: RateBudget;
  requestTimeoutMs: number;
  fetch: typeof fetch;
  signal: AbortSignal;
  onRequest(record: RequestRecord): void;
}

/** The plan's teams one after another: a handful of requests each, and the budget is shared with full syncs. */
export async function runTargetedSync(input: RunTargetedSyncInput): Promise<void> {
  for (const { team, resources } of input.plan.teams) {
    // A cancel ends the run between teams too; what the earlier teams committed stays.
    if (input.signal.aborted) return;
    await syncProjectResources({
      store: input.store,
      course: input.plan.course,
      team,
      resources,
      token: input.token,
      budget: input.budget,
      requestTimeoutMs: input.requestTimeoutMs,
      fetch: input.fetch,
      signal: input.signal,
      onRequest: input.onRequest,
    });
  }
}
