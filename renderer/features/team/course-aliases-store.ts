import type { IdentityAlias } from '../../../shared/domain/identity';
import { api } from '../../api-client';
import type { ChangeDependency } from '../../app/refresh-on-change';
import { selectOpenCourse, useRouteStore } from '../../app/route-store';
import { createKeyedStore } from './create-keyed-store';

/** The aliases of a course (every team's), as the identity mapping lists them for undoing. */
export const useCourseAliasesStore = createKeyedStore<number, IdentityAlias[]>(String, (courseId) => api.call('aliases.list', { courseId }));

export const courseAliasesChanges: ChangeDependency = {
  dependsOn: ['identity_aliases', 'courses'],
  refresh: async () => {
    const courseId = selectOpenCourse(useRouteStore.getState());
    if (courseId !== undefined) await useCourseAliasesStore.getState().fetch(courseId);
  },
};
