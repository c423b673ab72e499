import type { exclusionsApi } from '../../../shared/api/exclusions-api';
import type { Course } from '../../../shared/domain/course';
import type { Store } from '../store/create-store';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

/** A full SHA as given; a shorter one must name exactly one stored commit of the course. */
function resolveSha(store: Store, course: Course, given: string): string {
  const sha = given.toLowerCase();
  if (!/^[0-9a-f]{7,40}$/u.test(sha)) throw new ApiFailure('invalid_input', `"${given}" is not a commit SHA (7 to 40 hex digits).`);
  if (sha.length === 40) return sha;
  const found = store.exclusions.findCommitsByPrefix(course.id, sha);
  const [only] = found;
  if (found.length === 1 && only !== undefined) return only;
  if (found.length > 1) throw new ApiFailure('invalid_input', `${given} starts more than one commit of "${course.name}"; give more digits.`);
  throw new ApiFailure('not_found', `No stored commit of "${course.name}" starts with ${given}; give the full SHA.`);
}

function resolveTeam(store: Store, course: Course, project: string): number {
  const team = store.projects.listTeams(course.id).find((t) => t.path.toLowerCase() === project.toLowerCase());
  if (!team) throw new ApiFailure('not_found', `No team project "${project}" in "${course.name}".`);
  return team.projectId;
}

export const exclusionsHandlers: HandlerMap<typeof exclusionsApi> = {
  'exclusions.add': (input, { store }) => {
    const course = resolveCourse(store, input);
    const { target } = input;
    if (target.kind === 'commit') {
      const sha = resolveSha(store, course, target.sha);
      if (!store.exclusions.excludeCommit(course.id, sha, input.reason))
        throw new ApiFailure('conflict', `Commit ${sha} is already excluded from "${course.name}".`);
      const added = store.exclusions.listExclusions(course.id).find((e) => e.kind === 'commit' && e.sha === sha);
      if (added) return added;
    } else {
      const projectId = resolveTeam(store, course, target.project);
      if (!store.exclusions.excludeMergeRequest(course.id, projectId, target.iid, input.reason)) {
        throw new ApiFailure('conflict', `${target.project}!${target.iid} is already excluded from "${course.name}".`);
      }
      const added = store.exclusions.listExclusions(course.id).find((e) => e.kind === 'mergeRequest' && e.projectId === projectId && e.iid === target.iid);
      if (added) return added;
    }
    throw new ApiFailure('internal', 'The exclusion could not be stored.');
  },

  'exclusions.list': (input, { store }) => store.exclusions.listExclusions(resolveCourse(store, input).id),

  'exclusions.remove': (input, { store }) => {
    const course = resolveCourse(store, input);
    const { target } = input;
    let removed: boolean;
    if (target.kind === 'commit') {
      // A short SHA removes the one excluded commit it starts, as it was given when excluded.
      const prefix = target.sha.toLowerCase();
      const matching = store.exclusions.listExclusions(course.id).filter((e) => e.kind === 'commit' && e.sha.startsWith(prefix));
      const [only] = matching;
      if (matching.length > 1) throw new ApiFailure('invalid_input', `${target.sha} starts more than one excluded commit; give more digits.`);
      removed = only?.kind === 'commit' && prefix.length >= 7 && store.exclusions.removeCommitExclusion(course.id, only.sha);
    } else {
      removed = store.exclusions.removeMergeRequestExclusion(course.id, resolveTeam(store, course, target.project), target.iid);
    }
    if (!removed) throw new ApiFailure('not_found', `That ${target.kind === 'commit' ? 'commit' : 'merge request'} is not excluded from "${course.name}".`);
    return { removed: true };
  },
};
