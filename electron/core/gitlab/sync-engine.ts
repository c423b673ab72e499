import type { EventPayload } from '../../../shared/api/events';
import type { Course } from '../../../shared/domain/course';
import type { SyncSummary } from '../../../shared/domain/sync';
import type { Store } from '../store/create-store';
import { createGitlabClient } from './gitlab-client';
import { GitlabError } from './gitlab-error';
import { createGitlabRequester, type RequestRecord } from './gitlab-requester';
import { createRateBudget } from './rate-budget';
import { runWithConcurrency } from './run-with-concurrency';
import { syncCourseProjects } from './sync-course-projects';
import { syncPipelines } from './sync-pipelines';

export interface SyncCourseInput {
  store: Store;
  course: Course;
  token: string;
  perMinute?: number;
  concurrency?: number;
  signal?: AbortSignal;
  onProgress?: (progress: EventPayload<'sync.progressed'>) => void;
  onRequest?: (record: RequestRecord) => void;
}

/**
 * One sync of one course: the team list first, then every reachable team's resources, a few teams at
 * a time under one shared rate budget. Whatever was committed before a failure stays committed.
 */
export async function syncCourse(input: SyncCourseInput): Promise<SyncSummary> {
  const started = Date.now();
  const { store, course } = input;
  let requests = 0;
  const budget = createRateBudget({ perMinute: input.perMinute ?? 600, concurrency: input.concurrency ?? 4 });
  const requester = createGitlabRequester({
    budget,
    ...(input.signal ? { signal: input.signal } : {}),
    onRequest: (record) => {
      requests += 1;
      input.onRequest?.(record);
    },
  });
  const client = createGitlabClient({ baseUrl: course.gitlabUrl, token: input.token, requester });
  const report = (phase: 'listing-projects' | 'syncing-team' | 'done', team: string | null, teamsDone: number, teamsTotal: number) =>
    input.onProgress?.({ course: course.name, phase, team, teamsDone, teamsTotal, requests });

  report('listing-projects', null, 0, 0);
  const projects = await syncCourseProjects(client, store, course);
  const teams = store.projects.listTeams(course.id).filter((t) => t.isReachable);
  const unreachable = new Set(projects.unreachable);
  let pipelinesFetched = 0;
  let teamsDone = 0;

  await runWithConcurrency(teams, input.concurrency ?? 4, async (team) => {
    report('syncing-team', team.path, teamsDone, teams.length);
    try {
      pipelinesFetched += await syncPipelines({ client, store, projectRowId: team.projectId, gitlabProjectId: team.gitlabId });
    } catch (error) {
      // A team whose project was deleted or hidden must not stop the rest of the course.
      if (!(error instanceof GitlabError && error.kind === 'not_found')) throw error;
      store.projects.markTeamReachable(course.id, team.projectId, false);
      unreachable.add(team.path);
    }
    teamsDone += 1;
    report('syncing-team', team.path, teamsDone, teams.length);
  });

  const finishedAt = new Date().toISOString();
  store.courses.markCourseSynced(course.id, finishedAt);
  report('done', null, teams.length, teams.length);
  return {
    course: course.name,
    requests,
    durationMs: Date.now() - started,
    fetched: { projects: projects.fetched, pipelines: pipelinesFetched },
    stored: { projects: store.projects.listTeams(course.id).length, pipelines: store.pipelines.countCoursePipelines(course.id) },
    unreachable: [...unreachable].sort(),
  };
}
