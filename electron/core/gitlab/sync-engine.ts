import { AsyncLocalStorage } from 'node:async_hooks';
import type { EventPayload } from '../../../shared/api/events';
import type { Course } from '../../../shared/domain/course';
import { toPrintableLine } from '../../../shared/domain/student-text';
import { syncResources, type StoredCounts, type SyncResource, type SyncSummary } from '../../../shared/domain/sync';
import type { Store } from '../store/create-store';
import { createGitlabClient } from './gitlab-client';
import { estimateTimeLeft } from './estimate-time-left';
import { GitlabError } from './gitlab-error';
import { createGitlabRequester, type RequestRecord } from './gitlab-requester';
import type { RateBudget } from './rate-budget';
import { runWithConcurrency } from './run-with-concurrency';
import { syncCourseProjects } from './sync-course-projects';
import { syncTeam, teamSteps } from './sync-team';
import { readCourseStaff } from './sync-members';
import { readInstanceVersion } from './sync-pipelines';
import { isGoneOrHidden, type TeamSyncContext } from './team-sync-context';

export interface SyncCourseInput {
  store: Store;
  course: Course;
  token: string;
  /** The instance's shared budget: every sync against the same GitLab draws from it. */
  budget: RateBudget;
  concurrency?: number;
  requestTimeoutMs?: number;
  fetch?: typeof fetch;
  signal?: AbortSignal;
  onProgress?: (progress: EventPayload<'sync.progressed'>) => void;
  onRequest?: (record: RequestRecord) => void;
}

const emptyCounts = (): StoredCounts => ({
  projects: 0,
  members: 0,
  commits: 0,
  branches: 0,
  tags: 0,
  mergeRequests: 0,
  issues: 0,
  notes: 0,
  pipelines: 0,
  jobs: 0,
});

/**
 * One sync of one course: the team list first, then every reachable team's resources, a few teams at
 * a time under the instance's shared budget. Whatever was committed before a failure or a cancel
 * stays committed; a token failure stops the other teams at once.
 */
export async function syncCourse(input: SyncCourseInput): Promise<SyncSummary> {
  const started = Date.now();
  const { store, course, budget } = input;
  const stop = new AbortController();
  const signal = input.signal ? AbortSignal.any([input.signal, stop.signal]) : stop.signal;
  let requests = 0;
  let pages = 0;
  // Which team and step a request was made for, whichever await it came from, so the estimate knows
  // what each step of a team costs. The step is updated in place as the team moves on.
  const teamScope = new AsyncLocalStorage<{ requestsByStep: number[]; step: number }>();
  const teamRequests = new Map<string, { requestsByStep: number[]; step: number }>();
  const finishedTeams: number[][] = [];
  const requester = createGitlabRequester({
    budget,
    signal,
    ...(input.requestTimeoutMs ? { timeoutMs: input.requestTimeoutMs } : {}),
    ...(input.fetch ? { fetch: input.fetch } : {}),
    onRequest: (record) => {
      requests += 1;
      const team = teamScope.getStore();
      if (team !== undefined) team.requestsByStep[team.step] = (team.requestsByStep[team.step] ?? 0) + 1;
      input.onRequest?.(record);
    },
  });
  const client = createGitlabClient({ baseUrl: course.gitlabUrl, token: input.token, requester });
  const fetched = emptyCounts();
  const running = new Map<string, number>();
  const userLookups = new Map<number, Promise<unknown>>();
  const deferredUserIds = new Set<number>();
  let courseStaff: Promise<Set<number> | null> | null = null;
  let instanceVersion: Promise<{ major: number; minor: number } | null> | null = null;
  const loadInstanceVersion = () => (instanceVersion ??= readInstanceVersion(client));
  const loadCourseStaff = () => (courseStaff ??= course.source.kind === 'group' ? readCourseStaff(client, course.source.groupPath) : Promise.resolve(null));
  let teamsDone = 0;
  let teamsTotal = 0;

  const report = (phase: 'listing-projects' | 'syncing-team' | 'done', team: string | null, resource: SyncResource | null, teamResourcesDone: number) => {
    const elapsed = Date.now() - started;
    input.onProgress?.({
      courseId: course.id,
      course: course.name,
      phase,
      team,
      resource,
      teamResourcesDone,
      teamResourcesTotal: teamSteps.length,
      teamsDone,
      teamsTotal,
      pages,
      requests,
      budgetLeft: budget.tokensLeft(),
      etaMs:
        phase === 'done'
          ? null
          : estimateTimeLeft({
              teamsTotal,
              teamsDone,
              finishedTeams,
              runningTeams: [...teamRequests.values()],
              budgetLeft: budget.tokensLeft(),
              perMinute: budget.perMinute,
              pausedMs: budget.pausedForMs(),
              requests,
              elapsedMs: elapsed,
            }),
    });
  };

  report('listing-projects', null, 'project', 0);
  const projects = await syncCourseProjects(client, store, course);
  fetched.projects = projects.fetched;
  const teams = store.projects.listTeams(course.id).filter((t) => t.isReachable);
  teamsTotal = teams.length;
  const unreachable = new Set(projects.unreachable);
  const failedTeams: SyncSummary['failedTeams'] = [];
  const skipped: SyncSummary['skipped'] = [];

  await runWithConcurrency(teams, input.concurrency ?? 4, async (team) => {
    const ctx: TeamSyncContext = {
      client,
      store,
      fetched,
      userLookups,
      deferredUserIds,
      loadCourseStaff,
      loadInstanceVersion,
      instanceUrl: course.gitlabUrl,
      projectRowId: team.projectId,
      gitlabProjectId: team.gitlabId,
      onSkipped: (resource, message) => skipped.push({ team: team.path, resource, message }),
      onPage: (resource) => {
        pages += 1;
        report('syncing-team', team.path, resource, running.get(team.path) ?? 0);
      },
    };
    try {
      running.set(team.path, 0);
      const cost = { requestsByStep: teamSteps.map(() => 0), step: 0 };
      teamRequests.set(team.path, cost);
      await teamScope.run(cost, () =>
        syncTeam(ctx, team, (resource, done) => {
          running.set(team.path, done);
          cost.step = Math.min(done, teamSteps.length - 1);
          report('syncing-team', team.path, resource, done);
        }),
      );
      finishedTeams.push(cost.requestsByStep);
    } catch (error) {
      // A team GitLab no longer shows us, or one that sent something unstorable: the course carries on
      // without it. A bad token or scope, a dead network or a write error stops everything.
      if (isBadAnswer(error)) {
        // The path is GitLab's text: stored and printed, so one printable line only.
        failedTeams.push({ team: team.path, message: toPrintableLine(`${team.path}: ${error.message}`, 500) });
      } else if (isGoneOrHidden(error)) {
        store.projects.markTeamReachable(course.id, team.projectId, false);
        unreachable.add(team.path);
      } else {
        stop.abort(error);
        throw error;
      }
    } finally {
      running.delete(team.path);
      teamRequests.delete(team.path);
    }
    teamsDone += 1;
    report('syncing-team', team.path, null, teamSteps.length);
  });

  store.courses.markCourseSynced(course.id, new Date().toISOString());
  // The course shows the failure (its last sync error) until a sync gets those teams through.
  if (failedTeams.length > 0) store.courses.recordSyncError(course.id, describeFailedTeams(failedTeams));
  report('done', null, null, teamSteps.length);
  return {
    course: course.name,
    requests,
    durationMs: Date.now() - started,
    fetched,
    stored: store.counts.countCourseData(course.id),
    unreachable: [...unreachable].sort(),
    deferredLookups: deferredUserIds.size,
    failedTeams: failedTeams.sort((a, b) => a.team.localeCompare(b.team)),
    // Teams in name order, each team's resources in the order they are synced.
    skipped: skipped.sort((a, b) => a.team.localeCompare(b.team) || syncResources.indexOf(a.resource) - syncResources.indexOf(b.resource)),
  };
}

/** A malformed or oversized answer is that team's problem: retrying gets the same bytes, and other teams are fine. */
function isBadAnswer(error: unknown): error is GitlabError {
  return error instanceof GitlabError && (error.kind === 'bad_response' || error.kind === 'too_large');
}

/** One line for the course's last sync error: how many teams failed, and the first one's reason. */
function describeFailedTeams(failedTeams: SyncSummary['failedTeams']): string {
  const [first] = failedTeams;
  const others = failedTeams.length - 1;
  return `${failedTeams.length === 1 ? 'One team' : `${failedTeams.length} teams`} could not be synced, the others were: ${first?.message ?? ''}${others > 0 ? ` (and ${others} more)` : ''}`;
}
