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
 * history stays gradeable. Archived projects are listed and synced like the others.
 */
/** A course group GitLab no longer finds was most likely renamed or moved; nothing stored is touched. */
async function readGroupPage(client: GitlabClient, groupPath: string, page: number) {
  try {
    return await client.fetchGroupProjectsPage(groupPath, page);
  } catch (error) {
    if (!(error instanceof GitlabError && error.kind === 'not_found')) throw error;
    throw new GitlabError(
      'not_found',
      `GitLab has no group "${groupPath}" (or the token cannot see it): it may have been renamed or moved. The course's stored data is kept; add the course again with the group's new path.`,
      404,
    );
  }
}

export async function syncCourseProjects(client: GitlabClient, store: Store, course: Course): Promise<CourseProjects> {
  const seen = new Set<number>();
  const unreachable: string[] = [];
  let fetched = 0;
  if (course.source.kind === 'group') {
    const groupPath = course.source.groupPath;
    for (let page: number | null = 1; page !== null;) {
      const result = await readGroupPage(client, groupPath, page);
      const projects = parseGitlabList(ProjectSchema, result, 'project').map(mapProjectRow);
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
    const linked = new Map(
      store.projects
        .listTeams(course.id)
        .filter((t) => t.sourcePath !== null)
        .map((t) => [t.sourcePath, t]),
    );
    for (const path of course.source.projectPaths) {
      // Once synced, a team is addressed by its numeric id: a renamed project is still found, and
      // the old path (which someone else may take over) is never asked for again.
      const known = linked.get(path);
      try {
        const project = mapProjectRow(
          parseGitlabObject(ProjectSchema, await client.fetchProject(known ? known.gitlabId : path), 'project', `projects/${known ? known.gitlabId : path}`),
        );
        fetched += 1;
        store.transaction(() => {
          const id = store.projects.upsertProject(course.gitlabUrl, project);
          store.projects.linkTeam(course.id, id, path);
          seen.add(id);
        });
      } catch (error) {
        if (!(error instanceof GitlabError && error.kind === 'not_found')) throw error;
        unreachable.push(known?.path ?? path);
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
