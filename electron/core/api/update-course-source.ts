import type { MethodInput } from '../../../shared/api/contract';
import type { Course, CourseSource } from '../../../shared/domain/course';
import { checkCourseSource } from '../connections/check-course-source';
import { loadSyncConnection } from '../sync/load-sync-connection';
import { ApiFailure } from './api-failure';
import type { CoreContext } from './core-context';
import { normalizeGitlabPath, normalizeGitlabUrl } from './normalize-gitlab-url';
import { resolveCourse } from './resolve-course';

function toSource(input: MethodInput<'courses.updateSource'>, course: Course, gitlabUrl: string): CourseSource {
  if (input.groupPath) return { kind: 'group', groupPath: normalizeGitlabPath(input.groupPath, 'group', gitlabUrl) };
  if (input.projectPaths) return { kind: 'projects', projectPaths: [...new Set(input.projectPaths.map((p) => normalizeGitlabPath(p, 'project', gitlabUrl)))] };
  return course.source;
}

/** `courses.updateSource`: a course's name, GitLab and group or projects, checked on GitLab where a connection exists. */
export async function updateCourseSource(input: MethodInput<'courses.updateSource'>, ctx: CoreContext): Promise<{ course: Course; isChecked: boolean }> {
  const { store, sync } = ctx;
  const course = resolveCourse(store, input);
  if (course.isDemo) throw new ApiFailure('invalid_input', 'The demo course is generated on this computer; it has no GitLab source to change.');
  // A sync in flight writes the teams of the old source; changing it under the sync would mix the two.
  if (sync.isRunning(course.id) || store.syncLocks.readSyncLockHolder(course.id))
    throw new ApiFailure('busy', `"${course.name}" is syncing; let the sync finish or cancel it, then change the course.`);
  const name = input.name ?? course.name;
  const other = store.courses.findCourseByName(name);
  if (other && other.id !== course.id) throw new ApiFailure('conflict', `A course named "${name}" already exists.`);
  const gitlabUrl = input.gitlabUrl === undefined ? course.gitlabUrl : normalizeGitlabUrl(input.gitlabUrl);
  const source = toSource(input, course, gitlabUrl);
  const isSourceChanged = gitlabUrl !== course.gitlabUrl || JSON.stringify(source) !== JSON.stringify(course.source);
  const connection = store.connections.findConnection(gitlabUrl);
  const isChecked = isSourceChanged && connection !== null;
  if (isChecked) {
    const { token, fetch, requestsPerMinute } = await loadSyncConnection(ctx, gitlabUrl);
    await checkCourseSource({ gitlabUrl, token, fetch, requestsPerMinute, source });
  }
  return { course: store.courses.updateCourseSource(course.id, { name, gitlabUrl, source }), isChecked };
}
