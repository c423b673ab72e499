import type { Course } from '../../../shared/domain/course';
import type { Store } from '../store/create-store';
import type { GitlabClient } from './gitlab-client';
import { GitlabError } from './gitlab-error';
import { mapProjectRow } from './map-project-row';
import { parseGitlabList, parseGitlabObject } from './parse-gitlab-list';
import { ProjectSchema } from './schemas';

export interface CourseProjects {
  fetched: number;
  unreachable: string[];
}

/**
 * Re-reads the course's team list (a group's projects, subgroups included, or the listed paths) and
 * links every project to the course. Teams that vanished are marked unreachable, never deleted: their
 * history stays gradeable.
 */
export async function syncCourseProjects(client: GitlabClient, store: Store, course: Course): Promise<CourseProjects> {
  const seen = new Set<number>();
  const unreachable: string[] = [];
  let fetched = 0;
  if (course.source.kind === 'group') {
    for (let page: number | null = 1; page !== null; ) {
      const result = await client.fetchGroupProjectsPage(course.source.groupPath, page);
      const projects = parseGitlabList(ProjectSchema, result.items, 'project').map(mapProjectRow);
      fetched += projects.length;
      store.transaction(() => {
        for (const project of projects) {
          const id = store.projects.upsertProject(course.gitlabUrl, project);
          store.projects.linkTeam(course.id, id);
          seen.add(id);
        }
      });
      page = result.nextPage;
    }
  } else {
    for (const path of course.source.projectPaths) {
      try {
        const project = mapProjectRow(parseGitlabObject(ProjectSchema, await client.fetchProject(path), 'project'));
        fetched += 1;
        store.transaction(() => {
          const id = store.projects.upsertProject(course.gitlabUrl, project);
          store.projects.linkTeam(course.id, id);
          seen.add(id);
        });
      } catch (error) {
        if (!(error instanceof GitlabError && error.kind === 'not_found')) throw error;
        unreachable.push(path);
      }
    }
  }
  store.transaction(() => {
    for (const team of store.projects.listTeams(course.id)) {
      if (!seen.has(team.projectId)) {
        store.projects.markTeamReachable(course.id, team.projectId, false);
        unreachable.push(team.path);
      }
    }
  });
  return { fetched, unreachable: [...new Set(unreachable)] };
}
