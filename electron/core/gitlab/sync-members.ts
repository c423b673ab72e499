import type { UserRow } from '../store/rows/member-rows';
import { GitlabError } from './gitlab-error';
import { mapMemberRow, mapUserRow } from './map-member-rows';
import { parseGitlabList, parseGitlabObject } from './parse-gitlab-list';
import { MemberSchema, UserSchema } from './schemas';
import { fetchUnlessGone, readAllPages, type TeamSyncContext } from './team-sync-context';

// GitLab names project and group access-token users like this; they are never students.
const botUsername = /^(project|group)_\d+_bot(_[0-9a-f]+)?$/;

/**
 * The roster from /members/all: direct members of the team project are students, members inherited
 * from the course group are staff, bots are left out. The direct list and each new user's public
 * email cost extra requests only when the membership changed since the last sync.
 */
export async function syncMembers(ctx: TeamSyncContext): Promise<void> {
  const { client, store, projectRowId, gitlabProjectId, instanceUrl } = ctx;
  const all = parseGitlabList(MemberSchema, await readAllPages((page) => client.fetchMembersPage(gitlabProjectId, page, 'all')), 'member');
  ctx.fetched.members += all.length;
  // Bots are listed but not stored, so the last listing is remembered as a fingerprint instead.
  const fingerprint = all.map((m) => `${m.id}:${m.access_level ?? ''}`).sort().join(',');
  const isUnchanged = store.cursors.readCursor<{ fingerprint: string }>(projectRowId, 'members')?.fingerprint === fingerprint;
  const unknownUsers = all.filter((m) => !botUsername.test(m.username) && !store.members.findUser(instanceUrl, m.id));
  if (isUnchanged && unknownUsers.length === 0) {
    ctx.onPage('members');
    return;
  }
  const direct = new Set(
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
    if (user !== null) users.push(mapUserRow(parseGitlabObject(UserSchema, user, 'user')));
  }
  store.transaction(() => {
    for (const user of users) store.members.upsertUser(instanceUrl, user);
    const people = all
      .map((m) => ({ member: m, user: store.members.findUser(instanceUrl, m.id) }))
      .filter(({ member, user }) => !user?.isBot && !botUsername.test(member.username))
      .map(({ member, user }) => mapMemberRow(member, direct.has(member.id) ? 'student' : 'staff', user?.publicEmail ?? null));
    store.members.replaceMembers(projectRowId, people);
    store.cursors.writeCursor(projectRowId, 'members', { fingerprint });
  });
  ctx.onPage('members');
}
