import type Database from 'better-sqlite3';
import type { ProjectRow } from './rows/project-row';

export interface TeamRow {
  projectId: number;
  gitlabId: number;
  path: string;
  name: string;
  webUrl: string;
  defaultBranch: string | null;
  isReachable: boolean;
  /** GitLab archived the project (read-only, usually at the end of a semester); it still syncs. */
  isArchived: boolean;
  /** The project path the course lists this team by (courses from paths); null for group courses. */
  sourcePath: string | null;
}

interface TeamDbRow {
  id: number;
  gitlab_id: number;
  path_with_namespace: string;
  name: string;
  web_url: string;
  default_branch: string | null;
  is_reachable: number;
  archived: number;
  source_path: string | null;
}

export function createProjectsRepo(db: Database.Database) {
  const upsert = db.prepare(`INSERT INTO projects (instance_url, gitlab_id, path_with_namespace, name, web_url, default_branch, archived, last_activity_at)
    VALUES (@instanceUrl, @gitlabId, @pathWithNamespace, @name, @webUrl, @defaultBranch, @isArchived, @lastActivityAt)
    ON CONFLICT (instance_url, gitlab_id) DO UPDATE SET
      path_with_namespace = excluded.path_with_namespace, name = excluded.name, web_url = excluded.web_url,
      default_branch = excluded.default_branch, archived = excluded.archived, last_activity_at = excluded.last_activity_at
    RETURNING id`);
  const link = db.prepare(`INSERT INTO course_teams (course_id, project_id, is_reachable, source_path) VALUES (?, ?, 1, ?)
    ON CONFLICT (course_id, project_id) DO UPDATE SET is_reachable = 1, source_path = COALESCE(excluded.source_path, course_teams.source_path)`);
  const setReachable = db.prepare('UPDATE course_teams SET is_reachable = ? WHERE course_id = ? AND project_id = ?');
  const teams = db.prepare<
    [number],
    TeamDbRow
  >(`SELECT p.id, p.gitlab_id, p.path_with_namespace, p.name, p.web_url, p.default_branch, t.is_reachable, p.archived, t.source_path
    FROM course_teams t JOIN projects p ON p.id = t.project_id WHERE t.course_id = ? ORDER BY p.path_with_namespace`);
  // Projects no course refers to any more are dropped with their data (cascade), so removing a course
  // does not leave its students' history behind on the laptop.
  const byGitlabId = db.prepare<[number], { id: number; instance_url: string; course_ids: string }>(`SELECT p.id, p.instance_url,
      json_group_array(t.course_id) AS course_ids
    FROM projects p JOIN course_teams t ON t.project_id = p.id WHERE p.gitlab_id = ? GROUP BY p.id`);
  const dropOrphans = db.prepare('DELETE FROM projects WHERE id NOT IN (SELECT project_id FROM course_teams)');

  return {
    upsertProject(instanceUrl: string, project: ProjectRow): number {
      const row = upsert.get({
        instanceUrl,
        gitlabId: project.gitlabId,
        pathWithNamespace: project.pathWithNamespace,
        name: project.name,
        webUrl: project.webUrl,
        defaultBranch: project.defaultBranch,
        isArchived: project.isArchived ? 1 : 0,
        lastActivityAt: project.lastActivityAt,
      }) as { id: number };
      return row.id;
    },
    linkTeam(courseId: number, projectId: number, sourcePath: string | null = null): void {
      link.run(courseId, projectId, sourcePath);
    },
    markTeamReachable(courseId: number, projectId: number, isReachable: boolean): void {
      setReachable.run(isReachable ? 1 : 0, courseId, projectId);
    },
    listTeams(courseId: number): TeamRow[] {
      return teams.all(courseId).map((r) => ({
        projectId: r.id,
        gitlabId: r.gitlab_id,
        path: r.path_with_namespace,
        name: r.name,
        webUrl: r.web_url,
        defaultBranch: r.default_branch,
        isReachable: r.is_reachable === 1,
        isArchived: r.archived === 1,
        sourcePath: r.source_path,
      }));
    },
    /** Our projects for a GitLab project id, with the instance each belongs to and the courses using it. */
    findProjectsByGitlabId(gitlabId: number): Array<{ projectId: number; instanceUrl: string; courseIds: number[] }> {
      return byGitlabId.all(gitlabId).map((r) => ({ projectId: r.id, instanceUrl: r.instance_url, courseIds: JSON.parse(r.course_ids) as number[] }));
    },
    dropOrphanProjects(): void {
      dropOrphans.run();
    },
  };
}

export type ProjectsRepo = ReturnType<typeof createProjectsRepo>;
