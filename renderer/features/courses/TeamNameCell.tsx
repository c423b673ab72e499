import type { Course } from '../../../shared/domain/course';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import { ExternalLink } from '../../components/ExternalLink';
import { shortenTeamPath } from './shorten-team-path';

const unreachableHint = 'GitLab no longer shows this project: deleted, renamed or not visible to the token. Numbers are from the last sync that reached it.';

const archivedHint = 'GitLab archived this project (read-only). It still syncs and its numbers count.';

/**
 * The team's name (opens its page), its GitLab link and its path. A long path is cut from the start
 * (CSS, right-to-left overflow) so the team's own part at the end always shows; the full path is the tooltip.
 */
export function TeamNameCell({ team, course, onOpen }: { team: TeamMetrics; course: Course; onOpen(): void }) {
  const path = shortenTeamPath(team.project, course);
  return (
    <th scope="row" className="team-cell">
      <div className="team-cell__name">
        <button type="button" className="team-cell__open" onClick={onOpen} title={`Open the team page of ${team.name}`}>
          <bdi>{team.name}</bdi>
        </button>
        {!team.isReachable && (
          <span className="badge badge--warn" title={unreachableHint}>
            unreachable
          </span>
        )}
        {team.isArchived && (
          <span className="badge" title={archivedHint}>
            archived
          </span>
        )}
        <ExternalLink href={team.webUrl} className="team-cell__gitlab">
          <span aria-hidden="true">↗</span>
          <span className="visually-hidden">Open {team.name} in GitLab</span>
        </ExternalLink>
      </div>
      <div className="team-cell__path" title={team.project}>
        <bdi>{path}</bdi>
      </div>
    </th>
  );
}
