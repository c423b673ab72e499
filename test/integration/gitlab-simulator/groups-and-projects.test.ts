import { describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { RestGroup, RestMember, RestProject, RestUser } from '../../../electron/core/demo/rest-types';
import { fetchSimulator } from '../../support/gitlab-simulator/fetch-simulator';
import { startGitlabSimulator } from '../../support/gitlab-simulator/index';
import { useSimulator } from '../../support/gitlab-simulator/use-simulator';

const course = generateCourse();
const team = course.teams[0];
const getSim = useSimulator(course);

describe('GitLab simulator groups and projects', () => {
  it('finds a group by id and by encoded full path', async () => {
    const byId = await fetchSimulator(getSim().url, `/groups/${course.group.id}`);
    const byPath = await fetchSimulator(getSim().url, `/groups/${encodeURIComponent(course.group.full_path)}`);
    expect((byId.body as RestGroup).full_path).toBe('teaching/se-2026');
    expect(byPath.body).toEqual(byId.body);
    const missing = await fetchSimulator(getSim().url, '/groups/teaching%2Fnope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ message: '404 Group Not Found' });
  });

  it('lists subgroup projects only with include_subgroups=true', async () => {
    const direct = await fetchSimulator(getSim().url, `/groups/${course.group.id}/projects`);
    expect(direct.body).toEqual([]);
    const all = await fetchSimulator(getSim().url, `/groups/${course.group.id}/projects?include_subgroups=true&per_page=100`);
    expect((all.body as RestProject[]).map((project) => project.id)).toEqual(course.teams.map((item) => item.project.id));
    const cohort = course.subgroups[0];
    const inCohort = await fetchSimulator(getSim().url, `/groups/${encodeURIComponent(cohort?.full_path ?? '')}/projects`);
    expect((inCohort.body as RestProject[]).every((project) => project.namespace.id === cohort?.id)).toBe(true);
    expect((inCohort.body as RestProject[]).length).toBeGreaterThan(0);
  });

  it('filters group projects by archived', async () => {
    getSim().archiveProject(team?.project.id ?? 0);
    try {
      const archived = await fetchSimulator(getSim().url, `/groups/${course.group.id}/projects?include_subgroups=true&archived=true`);
      expect((archived.body as RestProject[]).map((project) => project.id)).toEqual([team?.project.id]);
      const active = await fetchSimulator(getSim().url, `/groups/${course.group.id}/projects?include_subgroups=true&archived=false&per_page=100`);
      expect((active.body as RestProject[]).length).toBe(course.teams.length - 1);
    } finally {
      getSim().archiveProject(team?.project.id ?? 0, false);
    }
  });

  it('finds a project by id and by encoded path_with_namespace', async () => {
    const path = encodeURIComponent(team?.project.path_with_namespace ?? '');
    expect(path).toContain('%2F');
    const byPath = await fetchSimulator(getSim().url, `/projects/${path}`);
    expect(byPath.status).toBe(200);
    expect((byPath.body as RestProject).id).toBe(team?.project.id);
    const pipelines = await fetchSimulator(getSim().url, `/projects/${path}/pipelines`);
    expect(pipelines.status).toBe(200);
    const missing = await fetchSimulator(getSim().url, '/projects/999999');
    expect(missing.body).toEqual({ message: '404 Project Not Found' });
  });

  it('lists direct and inherited members once each', async () => {
    const response = await fetchSimulator(getSim().url, `/projects/${team?.project.id}/members/all?per_page=100`);
    const members = response.body as RestMember[];
    const ids = members.map((member) => member.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([...(team?.members.map((member) => member.id) ?? []), ...course.staffMembers.map((member) => member.id)]));
    expect(members.length).toBe((team?.members.length ?? 0) + course.staffMembers.length);
  });

  it('shows a user with public_email and bot flag', async () => {
    const student = course.users.find((user) => user.public_email !== '');
    const response = await fetchSimulator(getSim().url, `/users/${student?.id}`);
    expect((response.body as RestUser).public_email).toBe(student?.public_email);
    const bot = course.users.find((user) => user.bot);
    expect(((await fetchSimulator(getSim().url, `/users/${bot?.id}`)).body as RestUser).bot).toBe(true);
    expect((await fetchSimulator(getSim().url, '/users/987654')).body).toEqual({ message: '404 User Not Found' });
  });

  it('answers 404 everywhere for a removed project', async () => {
    const removable = await startGitlabSimulator({ course });
    try {
      const projectId = course.teams[1]?.project.id ?? 0;
      removable.removeProject(projectId);
      expect((await fetchSimulator(removable.url, `/projects/${projectId}`)).status).toBe(404);
      expect((await fetchSimulator(removable.url, `/projects/${projectId}/pipelines`)).body).toEqual({ message: '404 Project Not Found' });
      const listed = await fetchSimulator(removable.url, `/groups/${course.group.id}/projects?include_subgroups=true`);
      expect((listed.body as RestProject[]).map((project) => project.id)).not.toContain(projectId);
    } finally {
      await removable.close();
    }
  });
});
