import type Database from 'better-sqlite3';
import type { RosterEntry, RosterRole } from '../../../shared/domain/roster';
import type { MemberRow, UserRow } from './rows/member-rows';

interface RosterRow {
  project_id: number;
  path_with_namespace: string;
  user_id: number;
  username: string;
  name: string;
  role: RosterRole;
  is_role_overridden: number;
  public_email: string | null;
  web_url: string | null;
}

const toEntry = (r: RosterRow): RosterEntry => ({
  projectId: r.project_id,
  project: r.path_with_namespace,
  userId: r.user_id,
  username: r.username,
  name: r.name,
  role: r.role,
  isOverridden: r.is_role_overridden === 1,
  publicEmail: r.public_email,
  webUrl: r.web_url,
});

/** Team rosters and the GitLab users behind them (public emails match commit authors to students). */
export function createMembersRepo(db: Database.Database) {
  // An instructor's re-classification survives every later sync.
  const upsertMember = db.prepare(`INSERT INTO members (project_id, user_id, username, name, access_level, role, public_email, web_url, is_current)
    VALUES (@projectId, @userId, @username, @name, @accessLevel, @role, @publicEmail, @webUrl, 1)
    ON CONFLICT (project_id, user_id) DO UPDATE SET username = excluded.username, name = excluded.name,
      access_level = excluded.access_level, web_url = excluded.web_url, is_current = 1,
      public_email = COALESCE(excluded.public_email, members.public_email),
      role = CASE WHEN members.is_role_overridden = 1 THEN members.role ELSE excluded.role END`);
  const markAllFormer = db.prepare('UPDATE members SET is_current = 0 WHERE project_id = ?');
  const upsertUser = db.prepare(`INSERT INTO users (instance_url, user_id, username, name, public_email, is_bot)
    VALUES (@instanceUrl, @userId, @username, @name, @publicEmail, @isBot)
    ON CONFLICT (instance_url, user_id) DO UPDATE SET username = excluded.username, name = excluded.name,
      public_email = excluded.public_email, is_bot = excluded.is_bot`);
  const knownUser = db.prepare<[string, number], { public_email: string | null; is_bot: number }>(
    'SELECT public_email, is_bot FROM users WHERE instance_url = ? AND user_id = ?',
  );
  const roster = db.prepare<[number], RosterRow>(`SELECT m.project_id, p.path_with_namespace, m.user_id, m.username, m.name, m.role,
      m.is_role_overridden, m.public_email, m.web_url
    FROM members m JOIN projects p ON p.id = m.project_id JOIN course_teams t ON t.project_id = m.project_id
    WHERE t.course_id = ? AND m.is_current = 1 ORDER BY p.path_with_namespace, m.role DESC, m.name`);
  const setRole = db.prepare('UPDATE members SET role = ?, is_role_overridden = 1 WHERE project_id = ? AND user_id = ?');
  // A user row is kept only while some stored project of that instance still lists them.
  const dropOrphanUsers = db.prepare(`DELETE FROM users WHERE NOT EXISTS (
      SELECT 1 FROM members m JOIN projects p ON p.id = m.project_id
      WHERE p.instance_url = users.instance_url AND m.user_id = users.user_id)`);

  return {
    /** Deletes the users no stored roster refers to any more (after a course and its projects went). */
    dropOrphanUsers(): number {
      return dropOrphanUsers.run().changes;
    },
    /** Replaces a project's current roster: members not in the list are kept as former members. */
    replaceMembers(projectId: number, members: MemberRow[]): void {
      markAllFormer.run(projectId);
      for (const m of members) {
        upsertMember.run({
          projectId,
          userId: m.userId,
          username: m.username,
          name: m.name,
          accessLevel: m.accessLevel,
          role: m.role,
          publicEmail: m.publicEmail,
          webUrl: m.webUrl,
        });
      }
    },
    upsertUser(instanceUrl: string, user: UserRow): void {
      upsertUser.run({
        instanceUrl,
        userId: user.userId,
        username: user.username,
        name: user.name,
        publicEmail: user.publicEmail,
        isBot: user.isBot ? 1 : 0,
      });
    },
    findUser(instanceUrl: string, userId: number): { publicEmail: string | null; isBot: boolean } | null {
      const row = knownUser.get(instanceUrl, userId);
      return row ? { publicEmail: row.public_email, isBot: row.is_bot === 1 } : null;
    },
    listRoster(courseId: number): RosterEntry[] {
      return roster.all(courseId).map(toEntry);
    },
    setMemberRole(projectId: number, userId: number, role: RosterRole): boolean {
      return setRole.run(role, projectId, userId).changes === 1;
    },
  };
}

export type MembersRepo = ReturnType<typeof createMembersRepo>;
