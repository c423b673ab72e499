import type { RosterRole } from '../../../shared/domain/roster';
import type { UserRow } from '../store/rows/member-rows';
import type { GitlabClient } from './gitlab-client';
import { GitlabError } from './gitlab-error';
import { mapMemberRow, mapUserRow } from './map-member-rows';
import { parseGitlabList, parseGitlabObject } from './parse-gitlab-list';
import { MemberSchema, UserSchema, type GitlabMember } from './schemas';
import { fetchUnlessGone, readAllPages, type TeamSyncContext } from './team-sync-context';

// GitLab names project and group access-token users like this; they are never students.
const botUsername = /^(project|group)_\d+_bot(_[0-9a-f]+)?$/;

/** GitLab's access levels: 20 Reporter, 30 Developer. */
const reporter = 20;
const developer = 30;

/** Members of the course group and the groups above it with Reporter or higher: the course staff. */
export async function readCourseStaff(client: GitlabClient, groupPath: string): Promise<Set<number> | null> {
  // A token that may not list the group's members: roles then fall back to direct membership.
  const raw = await fetchUnlessGone(() => readAllPages((page) => client.fetchGroupMembersPage(groupPath, page)));
  if (raw === null) return null;
  const members = parseGitlabList(MemberSchema, raw, 'group member');
  return new Set(members.filter((m) => (m.access_level ?? 0) >= reporter).map((m) => m.id));
}

/**
 * Who is a student: not by direct membership, since students often reach their team project through a
 * per-team subgroup or an invited group. The course staff are staff; everyone else with Developer or
 * higher on the team project is a student; the rest (guests, reporters: observers, tutors) are staff,
 * shown but not graded. A course of project paths has no course group, so there direct members are
 * students and inherited ones staff. The instructor's re-classification wins either way (the store
 * keeps an overridden role).
 */
function classifyRole(member: GitlabMember, staff: Set<number> | null, direct: Set<number> | null): RosterRole {
  if (staff === null) return direct?.has(member.id) ? 'student' : 'staff';
  if (staff.has(member.id)) return 'staff';
  return (member.access_level ?? 0) >= developer ? 'student' : 'staff';
}

/**
 * The roster from /members/all, roles by access level and the course staff, bots left out. Each new
 * user's public email costs a request only when the membership changed since the last sync.
 */
export async function syncMembers(ctx: TeamSyncContext): Promise<void> {
  const { client, store, projectRowId, gitlabProjectId, instanceUrl } = ctx;
  const all = parseGitlabList(MemberSchema, await readAllPages((page) => client.fetchMembersPage(gitlabProjectId, page, 'all')), 'member');
  ctx.fetched.members += all.length;
  const staff = await ctx.loadCourseStaff();
  // Bots are listed but not stored, so the last listing (and the staff it was classified by) is
  // remembered as a fingerprint instead.
  const staffPart = staff === null ? '' : `|staff:${[...staff].sort((a, b) => a - b).join(',')}`;
  const fingerprint =
    all
      .map((m) => `${m.id}:${m.access_level ?? ''}`)
      .sort()
      .join(',') + staffPart;
  const isUnchanged = store.cursors.readCursor<{ fingerprint: string }>(projectRowId, 'members')?.fingerprint === fingerprint;
  const unknownUsers = all.filter((m) => !botUsername.test(m.username) && !store.members.findUser(instanceUrl, m.id));
  if (isUnchanged && unknownUsers.length === 0) {
    ctx.onPage('members');
    return;
  }
  const direct =
    staff !== null
      ? null
      : new Set(
          parseGitlabList(MemberSchema, await readAllPages((page) => client.fetchMembersPage(gitlabProjectId, page, 'direct')), 'member').map((m) => m.id),
        );
  const users: UserRow[] = [];
  for (const member of unknownUsers) {
    let lookup = ctx.userLookups.get(member.id);
    if (!lookup) {
      lookup = fetchUnlessGone(() => client.fetchUser(member.id)).catch((error: unknown) => {
        // GitLab's users_get_by_id limit (300 per 10 minutes by default): the member is stored without
        // a public email now, and since the user stays unknown the next sync looks them up again.
        if (!(error instanceof GitlabError && error.kind === 'rate_limited')) throw error;
        ctx.deferredUserIds.add(member.id);
        return null;
      });
      ctx.userLookups.set(member.id, lookup);
    }
    // A deleted or banned user keeps their membership row, just without a public email.
    const user = await lookup;
    if (user !== null) users.push(mapUserRow(parseGitlabObject(UserSchema, user, 'user', `users/${member.id}`)));
  }
  store.transaction(() => {
    for (const user of users) store.members.upsertUser(instanceUrl, user);
    const people = all
      .map((m) => ({ member: m, user: store.members.findUser(instanceUrl, m.id) }))
      .filter(({ member, user }) => !user?.isBot && !botUsername.test(member.username))
      .map(({ member, user }) => mapMemberRow(member, classifyRole(member, staff, direct), user?.publicEmail ?? null));
    store.members.replaceMembers(projectRowId, people);
    store.cursors.writeCursor(projectRowId, 'members', { fingerprint });
  });
  ctx.onPage('members');
}
