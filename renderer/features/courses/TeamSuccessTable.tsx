import { useState } from 'react';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import { formatMetricValue } from '../../../shared/metrics/format-metric-value';
import { pipelineMetrics } from '../../../shared/metrics/registry';

/** The overview's columns: the registry's metrics marked for it, in registry order. */
const overviewMetrics = pipelineMetrics.filter((m) => m.isInOverview);
import { ExternalLink } from '../../components/ExternalLink';
import type { SortDirection, SortState } from '../../components/SortableHeader';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { SuccessRateCell } from './SuccessRateCell';
import type { TeamSortKey } from './sort-teams';
import { defaultTeamSort, sortTeams } from './sort-teams';
import './team-success-table.css';

/** The team, then one column per metric of the registry; better values first when a column is picked. */
const columns: readonly { key: TeamSortKey; label: string; definition: string | undefined; natural: SortDirection }[] = [
  { key: 'name', label: 'Team', definition: undefined, natural: 'ascending' },
  ...overviewMetrics.map((m) => ({
    key: m.id,
    label: m.label,
    definition: m.definition,
    natural: m.isHigherBetter ? ('descending' as const) : ('ascending' as const),
  })),
];

const unreachableHint = 'GitLab no longer shows this project: deleted, renamed or not visible to the token. Numbers are from the last sync that reached it.';

const archivedHint = 'GitLab archived this project (read-only). It still syncs and its numbers count.';

function TeamCell({ team }: { team: TeamMetrics }) {
  return (
    <td className="team-cell">
      <div className="team-cell__name">
        <ExternalLink href={team.webUrl} className="team-cell__link">
          <bdi>{team.name}</bdi>
        </ExternalLink>
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
      </div>
      <div className="team-cell__path">
        <bdi>{team.project}</bdi>
      </div>
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
                description={column.definition}
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
              {overviewMetrics.map((m) => (
                <td key={m.id} className="numeric">
                  {m.id === 'successRate' ? <SuccessRateCell rate={team.pipelines.successRate} /> : formatMetricValue(m, team.pipelines[m.id])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
