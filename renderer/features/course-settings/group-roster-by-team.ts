import type { RosterEntry } from '../../../shared/domain/roster';

export interface RosterTeam {
  projectId: number;
  project: string;
  members: RosterEntry[];
  studentCount: number;
  staffCount: number;
}

const byText = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * Teams in path order ("team-2" before "team-10"), people by name within a team. Rows are not
 * ordered by role: a row must not jump away from the pointer when its role is toggled.
 */
export function groupRosterByTeam(entries: readonly RosterEntry[]): RosterTeam[] {
  const teams = new Map<number, RosterTeam>();
  for (const entry of entries) {
    let team = teams.get(entry.projectId);
    if (!team) {
      team = { projectId: entry.projectId, project: entry.project, members: [], studentCount: 0, staffCount: 0 };
      teams.set(entry.projectId, team);
    }
    team.members.push(entry);
    if (entry.role === 'student') team.studentCount += 1;
    else team.staffCount += 1;
  }
  const sorted = [...teams.values()].sort((a, b) => byText.compare(a.project, b.project));
  for (const team of sorted) team.members.sort((a, b) => byText.compare(a.name, b.name) || byText.compare(a.username, b.username));
  return sorted;
}
