import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import { callOk, startSyncFixture, type SyncFixture } from '../../support/sync-fixture';

const course = generateCourse({ teams: 3, seed: 43 });
const [team0, team1, team2] = course.teams;
if (!team0 || !team1 || !team2) throw new Error('three teams needed');
const isHuman = (id: number) => !course.users.find((u) => u.id === id)?.bot;
const student = (team: typeof team0, index = 0) => {
  const member = team.members.filter((m) => isHuman(m.id))[index];
  if (!member) throw new Error('team has no student');
  return member;
};

describe('roles by access level and the course staff list', () => {
  let fixture: SyncFixture;
  const viaSubgroup = student(team0);
  const viaInvitedGroup = student(team1);
  const overridden = student(team1, 1);
  const tutor = course.staffMembers[course.staffMembers.length - 1];
  const guest = student(team2);

  beforeAll(async () => {
    fixture = await startSyncFixture(course);
    const { sim } = fixture;
    if (!tutor) throw new Error('no staff');
    // Team 0 lives in a per-team subgroup; its student is a member of that subgroup, not of the project.
    const namespace = team0.project.path_with_namespace.split('/').slice(0, -1).join('/');
    const subgroup = sim.addGroup(`${namespace}/team-0-group`);
    sim.renameProject(team0.project.id, `${subgroup.full_path}/${team0.project.path}`);
    sim.removeProjectMember(team0.project.id, viaSubgroup.id);
    sim.addGroupMember(subgroup.full_path, viaSubgroup.id, 30);
    // Team 1 was invited as a group: its student is a Maintainer of that group, capped at Developer here.
    const invited = sim.addGroup(`${course.group.full_path}/team-1-members`);
    sim.removeProjectMember(team1.project.id, viaInvitedGroup.id);
    sim.addGroupMember(invited.full_path, viaInvitedGroup.id, 40);
    sim.shareProjectWithGroup(team1.project.id, invited.full_path, 30);
    // Team 2: a tutor from the course staff is also a direct Maintainer; one student is only a Guest.
    // The simulator serves its own copy of the course; change that one.
    const simTeam2 = sim.course.teams[2];
    if (!simTeam2) throw new Error('no team 2');
    simTeam2.members.push({ ...tutor, access_level: 40 });
    const simGuest = simTeam2.members.find((m) => m.id === guest.id);
    if (simGuest) simGuest.access_level = 10;
    await callOk(fixture.core, 'sync.run', {});
  });
  afterAll(() => fixture.close());

  async function roleOf(projectGitlabId: number, userId: number) {
    const roster = await callOk(fixture.core, 'roster.list', {});
    const path = fixture.sim.course.teams.find((t) => t.project.id === projectGitlabId)?.project.path_with_namespace;
    return roster.find((r) => r.project === path && r.userId === userId);
  }

  it('makes a student of who reaches the team project through a per-team subgroup', async () => {
    expect(await roleOf(team0.project.id, viaSubgroup.id)).toMatchObject({ role: 'student' });
  });

  it('makes a student of who reaches the team project through an invited group', async () => {
    expect(await roleOf(team1.project.id, viaInvitedGroup.id)).toMatchObject({ role: 'student' });
  });

  it('keeps course staff staff, even as direct Maintainers of a team project; a Guest is no student', async () => {
    expect(await roleOf(team2.project.id, tutor?.id ?? 0)).toMatchObject({ role: 'staff' });
    expect(await roleOf(team2.project.id, guest.id)).toMatchObject({ role: 'staff' });
    for (const team of [team0, team1, team2]) {
      for (const staff of course.staffMembers) expect(await roleOf(team.project.id, staff.id)).toMatchObject({ role: 'staff' });
    }
  });

  it('still lets the instructor’s re-classification win', async () => {
    const entry = await roleOf(team1.project.id, overridden.id);
    if (!entry) throw new Error('no roster entry');
    await callOk(fixture.core, 'roster.setRole', { projectId: entry.projectId, userId: overridden.id, role: 'staff' });
    fixture.sim.clock.advance(3_600_000);
    await callOk(fixture.core, 'sync.run', {});
    expect(await roleOf(team1.project.id, overridden.id)).toMatchObject({ role: 'staff', isOverridden: true });
    expect(await roleOf(team1.project.id, viaInvitedGroup.id)).toMatchObject({ role: 'student' });
  });
});
