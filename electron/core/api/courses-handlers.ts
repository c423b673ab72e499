import type { coursesApi } from '../../../shared/api/courses-api';
import type { CourseSource } from '../../../shared/domain/course';
import { createDemoCourse } from '../demo/create-demo-course';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { normalizeGitlabPath, normalizeGitlabUrl } from './normalize-gitlab-url';
import { resolveCourse } from './resolve-course';

export const coursesHandlers: HandlerMap<typeof coursesApi> = {
  'courses.list': (_input, { store }) => store.courses.listCourses(),

  'courses.get': (input, { store }) => resolveCourse(store, input.course),

  'courses.add': (input, { store, emit }) => {
    if (store.courses.findCourseByName(input.name)) throw new ApiFailure('conflict', `A course named "${input.name}" already exists.`);
    const source: CourseSource = input.groupPath
      ? { kind: 'group', groupPath: normalizeGitlabPath(input.groupPath, 'group') }
      : { kind: 'projects', projectPaths: [...new Set((input.projectPaths ?? []).map((p) => normalizeGitlabPath(p, 'project')))] };
    const course = store.courses.insertCourse({ name: input.name, gitlabUrl: normalizeGitlabUrl(input.gitlabUrl), source, isDemo: false });
    emit('data.changed', { tables: ['courses'] });
    return course;
  },

  'courses.remove': (input, { store, emit, runningSyncs }) => {
    const course = resolveCourse(store, input.course);
    if (runningSyncs.has(course.name.toLowerCase())) throw new ApiFailure('busy', `"${course.name}" is syncing; cancel the sync before removing the course.`);
    store.transaction(() => {
      store.courses.deleteCourse(course.id);
      store.projects.dropOrphanProjects();
    });
    emit('data.changed', { tables: ['courses', 'projects', 'pipelines'] });
    return { removed: course.name };
  },

  'courses.createDemo': (_input, { store, emit }) => {
    const course = createDemoCourse(store);
    emit('data.changed', { tables: ['courses', 'projects', 'pipelines', 'jobs', 'commits', 'merge_requests', 'issues', 'notes', 'members'] });
    return course;
  },
};
