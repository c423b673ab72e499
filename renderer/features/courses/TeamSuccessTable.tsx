import { useState } from 'react';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import { ExternalLink } from '../../components/ExternalLink';
import type { SortDirection, SortState } from '../../components/SortableHeader';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { SuccessRateCell } from './SuccessRateCell';
import type { TeamSortKey } from './sort-teams';
import { defaultTeamSort, sortTeams } from './sort-teams';
import './team-success-table.css';

const columns: readonly { key: TeamSortKey; label: string; natural: SortDirection }[] = [
  { key: 'name', label: 'Team', natural: 'ascending' },
  { key: 'total', label: 'Pipelines', natural: 'descending' },
  { key: 'success', label: 'Succeeded', natural: 'descending' },
  { key: 'failed', label: 'Failed', natural: 'descending' },
  { key: 'canceled', label: 'Canceled', natural: 'descending' },
  { key: 'successRate', label: 'Success rate', natural: 'descending' },
];

const unreachableHint = 'GitLab no longer shows this project: deleted, renamed or not visible to the token. Numbers are from the last sync that reached it.';

function TeamCell({ team }: { team: TeamMetrics }) {
  return (
    <td className="team-cell">
      <div className="team-cell__name">
        <ExternalLink href={team.webUrl} className="team-cell__link">{team.name}</ExternalLink>
        {!team.isReachable && <span className="badge badge--warn" title={unreachableHint}>unreachable</span>}
      </div>
      <div className="team-cell__path">{team.project}</div>
    </td>
  );
}

/** Pipeline outcomes per team; every value is plain text because names and paths come from students. */
export function TeamSuccessTable({ teams }: { teams: readonly TeamMetrics[] }) {
  const [sort, setSort] = useState<SortState<TeamSortKey>>(defaultTeamSort);
  const rows = sortTeams(teams, sort);

  function handleSort(key: TeamSortKey): void {
    const natural = columns.find((column) => column.key === key)?.natural ?? 'descending';
    setSort((current) => nextSort(current, key, natural));
  }

  return (
    <div className="table-frame">
      <table className="team-table" aria-label="Teams">
        <thead>
          <tr>
            {columns.map((column) => (
              <SortableHeader
                key={column.key}
                label={column.label}
                sortKey={column.key}
                sort={sort}
                onSort={handleSort}
                isNumeric={column.key !== 'name'}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((team) => (
            <tr key={team.projectId} data-team={team.project} className={team.isReachable ? undefined : 'is-unreachable'}>
              <TeamCell team={team} />
              <td className="numeric">{team.pipelines.total}</td>
              <td className="numeric">{team.pipelines.success}</td>
              <td className="numeric">{team.pipelines.failed}</td>
              <td className="numeric">{team.pipelines.canceled}</td>
              <td className="numeric">
                <SuccessRateCell rate={team.pipelines.successRate} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
