import type { Course } from '../../../shared/domain/course';
import { shortenTeamPath } from '../courses/shorten-team-path';
import { humanizeResource } from './describe-sync-progress';
import type { TeamProgress } from './sync-store';

export interface TeamProgressListProps {
  course: Course;
  teams: Readonly<Record<string, TeamProgress>>;
  teamsTotal: number;
}

function describeStep(team: TeamProgress): string {
  if (team.total > 0 && team.done >= team.total) return 'done';
  return team.resource === null ? 'waiting' : humanizeResource(team.resource);
}

/** One mini bar per team the sync has reached, so a slow or stuck team stands out. */
export function TeamProgressList({ course, teams, teamsTotal }: TeamProgressListProps) {
  const entries = Object.entries(teams);
  const waiting = Math.max(0, teamsTotal - entries.length);
  return (
    <div className="team-progress">
      {entries.length === 0 ? (
        <p className="muted">No team has started yet.</p>
      ) : (
        <ul className="team-progress__list" aria-label="Progress per team">
          {entries.map(([path, team]) => {
            const name = shortenTeamPath(path, course);
            const isDone = team.total > 0 && team.done >= team.total;
            const fraction = team.total > 0 ? Math.min(1, team.done / team.total) : 0;
            return (
              <li key={path} className={isDone ? 'team-progress__item is-done' : 'team-progress__item'}>
                <span className="team-progress__name" title={path}>
                  <bdi>{name}</bdi>
                </span>
                <span
                  className="team-progress__track"
                  role="progressbar"
                  aria-label={`${name} progress`}
                  aria-valuemin={0}
                  aria-valuemax={team.total}
                  aria-valuenow={team.done}
                >
                  <span className="team-progress__fill" style={{ width: `${fraction * 100}%` }} />
                </span>
                <span className="team-progress__count numeric">
                  {team.done}/{team.total}
                </span>
                <span className="team-progress__step">{describeStep(team)}</span>
              </li>
            );
          })}
        </ul>
      )}
      {waiting > 0 && <p className="team-progress__waiting">{waiting === 1 ? '1 more team waits its turn.' : `${waiting} more teams wait their turn.`}</p>}
    </div>
  );
}
