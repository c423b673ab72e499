import type { RosterRole } from '../../../../shared/domain/roster';

/** One person on a team's roster, as the store keeps it. */
export interface MemberRow {
  userId: number;
  username: string;
  name: string;
  accessLevel: number | null;
  webUrl: string | null;
  role: RosterRole;
  publicEmail: string | null;
}

/** A user of an instance, remembered so each public email is looked up once. */
export interface UserRow {
  userId: number;
  username: string;
  name: string;
  publicEmail: string | null;
  isBot: boolean;
}
