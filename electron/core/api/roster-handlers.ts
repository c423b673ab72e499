import type { rosterApi } from '../../../shared/api/roster-api';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

export const rosterHandlers: HandlerMap<typeof rosterApi> = {
  'roster.list': (input, { store }) => store.members.listRoster(resolveCourse(store, input).id),

  'roster.setRole': (input, { store }) => {
    const course = resolveCourse(store, input);
    const isOnTeam = store.projects.listTeams(course.id).some((t) => t.projectId === input.projectId);
    if (!isOnTeam || !store.members.setMemberRole(input.projectId, input.userId, input.role)) {
      throw new ApiFailure('not_found', `No member ${input.userId} on that team of "${course.name}".`);
    }
    const entry = store.members.listRoster(course.id).find((e) => e.projectId === input.projectId && e.userId === input.userId);
    if (!entry) throw new ApiFailure('not_found', `Member ${input.userId} is no longer on that team.`);
    return entry;
  },
};
