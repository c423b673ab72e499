import type { Course } from '../../../shared/domain/course';
import type { RosterEntry, RosterRole } from '../../../shared/domain/roster';
import { shortenTeamPath } from '../courses/shorten-team-path';
import { formatCount } from '../../format/format-count';
import type { RosterTeam } from './group-roster-by-team';
import { RosterRow } from './RosterRow';
import { rosterKey } from './roster-store';

export interface RosterTableProps {
  course: Course;
  teams: readonly RosterTeam[];
  pending: readonly string[];
  onRoleChange(entry: RosterEntry, role: RosterRole): void;
}

/** One table, one row group per team, so the columns line up across teams and the team heads stay readable. */
export function RosterTable({ course, teams, pending, onRoleChange }: RosterTableProps) {
  return (
    <div className="roster-frame">
      <table className="roster-table" aria-label="Roster">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Username</th>
            <th scope="col">Public email</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        {teams.map((team) => (
          <tbody key={team.projectId} data-project={team.project}>
            <tr className="roster-table__team">
              <th scope="rowgroup" colSpan={4}>
                <span className="roster-table__team-name">
                  <bdi>{shortenTeamPath(team.project, course)}</bdi>
                </span>
                <span className="roster-table__team-counts">
                  {formatCount(team.studentCount, 'student', 'students')}
                  {team.staffCount > 0 && ` · ${formatCount(team.staffCount, 'staff member', 'staff members')}`}
                </span>
              </th>
            </tr>
            {team.members.map((entry) => (
              <RosterRow key={rosterKey(entry)} entry={entry} isPending={pending.includes(rosterKey(entry))} onRoleChange={onRoleChange} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
