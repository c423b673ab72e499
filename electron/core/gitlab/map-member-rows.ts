import type { RosterRole } from '../../../shared/domain/roster';
import type { MemberRow, UserRow } from '../store/rows/member-rows';
import type { GitlabMember, GitlabUser } from './schemas';

/** A GitLab REST member as a roster row; the role and public email come from elsewhere in the sync. */
export function mapMemberRow(member: GitlabMember, role: RosterRole, publicEmail: string | null): MemberRow {
  return {
    userId: member.id,
    username: member.username,
    name: member.name,
    accessLevel: member.access_level,
    webUrl: member.web_url,
    role,
    publicEmail,
  };
}

export function mapUserRow(user: GitlabUser): UserRow {
  return { userId: user.id, username: user.username, name: user.name, publicEmail: user.public_email, isBot: user.bot };
}
