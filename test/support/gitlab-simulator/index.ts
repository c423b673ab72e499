import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createSeededRandom } from '../../../electron/core/demo/seeded-random';
import type {
  RestAccessLevel,
  RestGroup,
  RestIssue,
  RestJob,
  RestMergeRequest,
  RestNote,
  RestPipeline,
  RestPipelineStatus,
  RestCommit,
} from '../../../electron/core/demo/rest-types';
import type { AccountRefusal } from './account-refusals';
import { addChildPipeline, addPipeline, retryJob, updatePipelineStatus } from './ci-mutations';
import { ApplicationRateLimiter } from './application-rate-limit';
import { FaultInjector } from './fault-injector';
import type { MutationContext } from './mutation-context';
import { RateLimiter } from './rate-limiter';
import type { ForcePushOptions, ForcePushResult, PushOptions, TagOptions } from './repository-mutations';
import { deleteBranch, forcePush, pushCommits, pushTag } from './repository-mutations';
import type { RouteDefinition } from './route-types';
import { groupRoutes } from './routes/group-routes';
import { hookRoutes } from './routes/hook-routes';
import { pipelineRoutes } from './routes/pipeline-routes';
import { projectRoutes } from './routes/project-routes';
import { repositoryRoutes } from './routes/repository-routes';
import { userRoutes } from './routes/user-routes';
import { workItemRoutes } from './routes/work-item-routes';
import { serveRequest, type RequestHook } from './serve-request';
import { createSimClock } from './sim-clock';
import { SimState } from './sim-state';
import type { FaultSpec, SimClock, SimRequest, SimToken, StartGitlabSimulatorOptions } from './simulator-types';
import type { NoteOptions } from './work-item-mutations';
import { addIssue, addMergeRequest, addNote, updateIssue, updateMergeRequest } from './work-item-mutations';

export type { FaultKind, FaultSpec, SimClock, SimRequest, SimToken, StartGitlabSimulatorOptions } from './simulator-types';
export type { ForcePushOptions, ForcePushResult, PushOptions, TagOptions } from './repository-mutations';
export type { NoteOptions } from './work-item-mutations';
export type { AccountRefusal } from './account-refusals';

/** The token every simulator accepts unless the test passes its own token table. */
export const DEFAULT_SIMULATOR_TOKEN = 'glpat-simulator-valid-token';

const ROUTES: RouteDefinition[] = [...userRoutes, ...groupRoutes, ...projectRoutes, ...pipelineRoutes, ...repositoryRoutes, ...workItemRoutes, ...hookRoutes];

/** A running GitLab REST v4 simulator serving a generated course on 127.0.0.1. */
export interface GitlabSimulator {
  /** Instance base URL, e.g. http://127.0.0.1:41234; the API is at url + '/api/v4'. */
  url: string;
  /** Every request received, in order. */
  requests: SimRequest[];
  /** The course being served (a deep copy unless shouldCopyCourse is false), kept up to date by the mutation helpers. */
  course: StartGitlabSimulatorOptions['course'];
  clock: SimClock;
  close(): Promise<void>;
  clearRequests(): void;
  injectFault(fault: FaultSpec): number;
  removeFault(id: number): void;
  clearFaults(): void;
  addPipeline(projectId: number, partial?: Partial<RestPipeline>): RestPipeline;
  updatePipelineStatus(pipelineId: number, status: RestPipelineStatus): RestPipeline;
  /** A child pipeline (source parent_pipeline) triggered by the given parent pipeline. */
  addChildPipeline(parentId: number, partial?: Partial<RestPipeline>): RestPipeline;
  /** The GitLab version GET /version reports; before 17.0 the pipeline list includes child pipelines. */
  setVersion(version: string): void;
  /** Jobs of a pipeline as stored, older attempts included (without the internal retried marker). */
  listJobs(pipelineId: number): RestJob[];
  retryJob(jobId: number): RestJob;
  addMergeRequest(projectId: number, partial?: Partial<RestMergeRequest>): RestMergeRequest;
  updateMergeRequest(projectId: number, iid: number, patch: Partial<RestMergeRequest>): RestMergeRequest;
  addNote(projectId: number, type: 'MergeRequest' | 'Issue', iid: number, body: string, options?: NoteOptions): RestNote;
  addIssue(projectId: number, partial?: Partial<RestIssue>): RestIssue;
  updateIssue(projectId: number, iid: number, patch: Partial<RestIssue>): RestIssue;
  pushCommits(projectId: number, branch: string, count: number, options?: PushOptions): RestCommit[];
  forcePush(projectId: number, branch: string, keepCommits: number, options?: ForcePushOptions): ForcePushResult;
  deleteBranch(projectId: number, branch: string): void;
  pushTag(projectId: number, name: string, options?: TagOptions): RestCommit;
  /**
   * Runs `run` once, just before the simulator answers the first request whose path and query match:
   * a change landing while the client is in the middle of a listing.
   */
  beforeRequest(match: RegExp, run: () => void): void;
  /** Deletes the project: every endpoint answers 404 for it from now on. */
  removeProject(projectId: number): void;
  archiveProject(projectId: number, isArchived?: boolean): void;
  /** Renames or moves a project to a new full path; GET /projects/<old path> answers 301 to /projects/<id>. */
  renameProject(projectId: number, newFullPath: string): void;
  /** Renames a group (its last path segment); subgroups and projects move along; the old group path answers 404. */
  renameGroup(groupPath: string, newPath: string): void;
  /** Creates a group under an existing one, e.g. a per-team subgroup. */
  addGroup(fullPath: string): RestGroup;
  /** Makes a user a direct member of a group; its projects (and subgroups') list them in /members/all. */
  addGroupMember(groupPath: string, userId: number, accessLevel: RestAccessLevel): void;
  /** Invites a group to a project: its members get at most `groupAccess` there. */
  shareProjectWithGroup(projectId: number, groupPath: string, groupAccess: RestAccessLevel): void;
  /** Ends a user's direct membership of a project. */
  removeProjectMember(projectId: number, userId: number): void;
  /**
   * GitLab refuses every API call of the user's tokens with an account-level 403 (Terms of Service,
   * deactivated, blocked), starting `afterRequests` requests from now (0: at once); null lifts it.
   */
  refuseAccount(userId: number, refusal: AccountRefusal | null, options?: { afterRequests?: number }): void;
}

const HOUR_MS = 3_600_000;

export async function startGitlabSimulator(options: StartGitlabSimulatorOptions): Promise<GitlabSimulator> {
  const state = new SimState(options.course, options.shouldCopyCourse ?? true);
  const clock = createSimClock(Date.parse(state.course.latestEventAt) + HOUR_MS);
  const firstStaff = state.course.staffMembers[0]?.id ?? state.course.users[0]?.id ?? 1;
  const tokens: Record<string, SimToken> = options.tokens ?? {
    [DEFAULT_SIMULATOR_TOKEN]: { scopes: ['read_api'], expiresAt: '2027-06-30', state: 'active', userId: firstStaff, name: 'gitpulse' },
  };
  const faults = new FaultInjector();
  const requests: SimRequest[] = [];
  const hooks: RequestHook[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let url = '';
  const schedule = (fn: () => void, ms: number): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      fn();
    }, ms);
    timers.add(timer);
  };
  const rateLimiter = options.rateLimitPerMinute === undefined ? null : new RateLimiter(options.rateLimitPerMinute);
  const usersRateLimiter = options.usersRateLimit ? new ApplicationRateLimiter(options.usersRateLimit) : null;
  const server = createServer((request, response) => {
    serveRequest(
      {
        state,
        clock,
        tokens,
        routes: ROUTES,
        faults,
        latencyMs: options.latencyMs ?? 0,
        requests,
        publicUrl: () => url,
        schedule,
        rateLimiter,
        usersRateLimiter,
        timeZoneOffset: options.timeZoneOffset ?? null,
        hooks,
      },
      request,
      response,
    );
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const context: MutationContext = { state, clock, random: createSeededRandom(0x51) };

  return {
    url,
    requests,
    course: state.course,
    clock,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        // Idle keep-alive sockets and held "timeout" requests would otherwise keep close() waiting.
        server.closeAllConnections();
      }),
    clearRequests: () => {
      requests.length = 0;
    },
    injectFault: (fault) => faults.add(fault),
    removeFault: (id) => faults.remove(id),
    clearFaults: () => faults.clear(),
    addPipeline: (projectId, partial) => addPipeline(context, projectId, partial),
    updatePipelineStatus: (pipelineId, status) => updatePipelineStatus(context, pipelineId, status),
    addChildPipeline: (parentId, partial) => addChildPipeline(context, parentId, partial),
    setVersion: (version) => {
      const [major, minor] = version.split('.').map((part) => Number.parseInt(part, 10));
      state.version = { text: version, major: major ?? 0, minor: minor ?? 0 };
    },
    listJobs: (pipelineId) => {
      const project = state.projectByPipelineId.get(pipelineId);
      return (project?.jobsByPipeline.get(pipelineId) ?? []).map((job) => {
        const { retried: _retried, ...rest } = structuredClone(job);
        return rest;
      });
    },
    retryJob: (jobId) => retryJob(context, jobId),
    addMergeRequest: (projectId, partial) => addMergeRequest(context, projectId, partial),
    updateMergeRequest: (projectId, iid, patch) => updateMergeRequest(context, projectId, iid, patch),
    addNote: (projectId, type, iid, body, noteOptions) => addNote(context, projectId, type, iid, body, noteOptions),
    addIssue: (projectId, partial) => addIssue(context, projectId, partial),
    updateIssue: (projectId, iid, patch) => updateIssue(context, projectId, iid, patch),
    pushCommits: (projectId, branch, count, pushOptions) => pushCommits(context, projectId, branch, count, pushOptions),
    forcePush: (projectId, branch, keepCommits, pushOptions) => forcePush(context, projectId, branch, keepCommits, pushOptions),
    deleteBranch: (projectId, branch) => deleteBranch(context, projectId, branch),
    pushTag: (projectId, name, tagOptions) => pushTag(context, projectId, name, tagOptions),
    beforeRequest: (match, run) => {
      hooks.push({ match, run });
    },
    removeProject: (projectId) => {
      state.requireProject(projectId).isRemoved = true;
    },
    archiveProject: (projectId, isArchived = true) => {
      const project = state.requireProject(projectId);
      project.team.project.archived = isArchived;
    },
    renameProject: (projectId, newFullPath) => state.renameProject(state.requireProject(projectId), newFullPath),
    renameGroup: (groupPath, newPath) => {
      const group = state.findGroup(groupPath);
      if (!group) throw new Error(`The simulator has no group ${groupPath}`);
      state.renameGroup(group, newPath);
    },
    addGroup: (fullPath) => structuredClone(state.addGroup(fullPath)),
    addGroupMember: (groupPath, userId, accessLevel) => {
      const group = state.findGroup(groupPath);
      const user = state.usersById.get(userId);
      if (!group || !user) throw new Error(`The simulator has no group ${groupPath} or user ${userId}`);
      const members = state.groupMembers.get(group.id) ?? [];
      members.push({
        id: user.id,
        username: user.username,
        name: user.name,
        state: user.state,
        avatar_url: user.avatar_url,
        web_url: user.web_url,
        access_level: accessLevel,
        created_at: clock.now,
        expires_at: null,
      });
      state.groupMembers.set(group.id, members);
    },
    shareProjectWithGroup: (projectId, groupPath, groupAccess) => {
      state.requireProject(projectId);
      const group = state.findGroup(groupPath);
      if (!group) throw new Error(`The simulator has no group ${groupPath}`);
      state.sharedGroups.set(projectId, [...(state.sharedGroups.get(projectId) ?? []), { groupId: group.id, groupAccess }]);
    },
    removeProjectMember: (projectId, userId) => {
      const team = state.requireProject(projectId).team;
      team.members = team.members.filter((member) => member.id !== userId);
    },
    refuseAccount: (userId, refusal, refuseOptions) => {
      if (refusal === null) state.accountRefusals.delete(userId);
      else state.accountRefusals.set(userId, { refusal, fromRequest: requests.length + 1 + (refuseOptions?.afterRequests ?? 0) });
    },
  };
}
