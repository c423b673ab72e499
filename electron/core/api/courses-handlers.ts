import type { coursesApi } from '../../../shared/api/courses-api';
import type { CourseSource } from '../../../shared/domain/course';
import { createDemoCourse } from '../demo/create-demo-course';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { normalizeGitlabPath, normalizeGitlabUrl } from './normalize-gitlab-url';
import { resolveCourse } from './resolve-course';
import { updateCourseSource } from './update-course-source';

/** A group or a list of projects, each written as a path or as its address on the course's GitLab. */
function toCourseSource(input: { groupPath?: string | undefined; projectPaths?: string[] | undefined }, gitlabUrl: string): CourseSource {
  return input.groupPath
    ? { kind: 'group', groupPath: normalizeGitlabPath(input.groupPath, 'group', gitlabUrl) }
    : { kind: 'projects', projectPaths: [...new Set((input.projectPaths ?? []).map((p) => normalizeGitlabPath(p, 'project', gitlabUrl)))] };
}

export const coursesHandlers: HandlerMap<typeof coursesApi> = {
  'courses.list': (_input, { store }) => store.courses.listCourses(),

  'courses.get': (input, { store }) => resolveCourse(store, input),

  'courses.add': (input, { store }) => {
    if (store.courses.findCourseByName(input.name)) throw new ApiFailure('conflict', `A course named "${input.name}" already exists.`);
    const gitlabUrl = normalizeGitlabUrl(input.gitlabUrl);
    const source = toCourseSource(input, gitlabUrl);
    if (input.windowStart && input.windowEnd && input.windowStart > input.windowEnd)
      throw new ApiFailure('invalid_input', 'The course window ends before it starts.');
    const course = store.courses.insertCourse({
      name: input.name,
      gitlabUrl,
      source,
      isDemo: false,
      windowStart: input.windowStart ?? null,
      windowEnd: input.windowEnd ?? null,
    });
    return course;
  },

  'courses.update': (input, { store }) => {
    const course = resolveCourse(store, input);
    const windowStart = input.windowStart === undefined ? course.windowStart : input.windowStart;
    const windowEnd = input.windowEnd === undefined ? course.windowEnd : input.windowEnd;
    if (windowStart && windowEnd && windowStart > windowEnd) throw new ApiFailure('invalid_input', 'The course window ends before it starts.');
    if (course.isDemo && input.syncIntervalMinutes) throw new ApiFailure('invalid_input', 'The demo course has no GitLab to sync from, so it has no schedule.');
    const updated = store.courses.updateCourse(course.id, {
      ...(input.windowStart !== undefined ? { windowStart: input.windowStart } : {}),
      ...(input.windowEnd !== undefined ? { windowEnd: input.windowEnd } : {}),
      ...(input.syncIntervalMinutes !== undefined ? { syncIntervalMinutes: input.syncIntervalMinutes } : {}),
      ...(input.coverageThreshold !== undefined ? { coverageThreshold: input.coverageThreshold } : {}),
      ...(input.timeZone !== undefined ? { timeZone: input.timeZone } : {}),
    });
    return updated;
  },

  'courses.updateSource': (input, ctx) => updateCourseSource(input, ctx),

  'courses.remove': (input, { store, sync }) => {
    const course = resolveCourse(store, input);
    if (sync.isRunning(course.id)) throw new ApiFailure('busy', `"${course.name}" is syncing; cancel the sync before removing the course.`);
    // Another process's sync would end in a foreign-key failure halfway through its writes.
    const holder = store.syncLocks.readSyncLockHolder(course.id);
    if (holder)
      throw new ApiFailure(
        'busy',
        `"${course.name}" is being synced by another GitPulse process (pid ${holder.pid}) since ${holder.since}; let it finish or cancel it there, then remove the course.`,
      );
    store.transaction(() => {
      store.courses.deleteCourse(course.id);
      store.projects.dropOrphanProjects();
      store.members.dropOrphanUsers();
    });
    store.scrubDeletedData();
    return { removed: course.name };
  },

  'courses.createDemo': (_input, { store }) => createDemoCourse(store),

  'courses.forgetAll': async (input, ctx) => {
    const { store, sync } = ctx;
    const courses = store.courses.listCourses();
    const syncing = courses.filter((c) => sync.isRunning(c.id)).map((c) => c.name);
    if (syncing.length)
      throw new ApiFailure(
        'busy',
        `${syncing.map((n) => `"${n}"`).join(', ')} ${syncing.length === 1 ? 'is' : 'are'} syncing; cancel the sync before deleting all course data.`,
      );
    store.transaction(() => {
      for (const course of courses) store.courses.deleteCourse(course.id);
      store.projects.dropOrphanProjects();
      store.members.dropOrphanUsers();
      store.audit.clearAudit();
    });
    const removedConnections: string[] = [];
    if (input.includeConnections) {
      for (const { gitlabUrl } of store.connections.listConnections()) {
        // The keychain entry goes first, as in connections.remove: a refusal keeps the row that shows the token is still there.
        await ctx.secrets.deleteToken(gitlabUrl);
        store.connections.deleteConnection(gitlabUrl);
        removedConnections.push(gitlabUrl);
        ctx.emit('connections.changed', { gitlabUrl });
      }
    }
    store.scrubDeletedData();
    return { removedCourses: courses.map((c) => c.name), removedConnections };
  },
};
