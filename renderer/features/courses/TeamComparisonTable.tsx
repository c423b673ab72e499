import { useState } from 'react';
import type { Course } from '../../../shared/domain/course';
import type { TeamPractices } from '../../../shared/domain/practices';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import { formatMetricValue } from '../../../shared/metrics/format-metric-value';
import type { SortDirection, SortState } from '../../components/SortableHeader';
import { nextSort, SortableHeader } from '../../components/SortableHeader';
import { describeMissingValue, explainMissingValue } from './describe-missing-value';
import { FlagsCell } from './FlagsCell';
import type { OverviewMetric } from './overview-metrics';
import { overviewMetrics } from './overview-metrics';
import { PracticeIcons } from './PracticeIcons';
import type { TeamSortKey } from './sort-teams';
import { defaultTeamSort, naturalDirection, sortTeams } from './sort-teams';
import { SuccessRateCell } from './SuccessRateCell';
import { TeamNameCell } from './TeamNameCell';
import './team-comparison-table.css';

const metricColumns = overviewMetrics.filter((m) => m.isColumn);

interface Column {
  key: TeamSortKey;
  label: string;
  definition: string | undefined;
  natural: SortDirection;
}

/** The team, one column per figure of the registries, then the practice checks and the flags. */
export const teamColumns: readonly Column[] = [
  { key: 'name', label: 'Team', definition: 'The team project, as GitLab names it; opens the team page.', natural: 'ascending' },
  ...metricColumns.map((m) => ({ key: m.id, label: m.label, definition: m.definition, natural: naturalDirection(m.id) })),
  {
    key: 'practices',
    label: 'Practices',
    definition:
      'The six CI/CD practice checks (pipeline, tests, coverage, code quality, security, stages); sorted by how many passed. Hover a mark for its evidence.',
    natural: 'descending',
  },
  {
    key: 'flags',
    label: 'Flags',
    definition: 'Low shares, students without activity, a default branch red for more than 7 days, ambiguous authors.',
    natural: 'ascending',
  },
];

function MetricCell({ metric, team }: { metric: OverviewMetric; team: TeamMetrics }) {
  const missing = describeMissingValue(metric, team);
  if (missing !== null) {
    return (
      <td className="numeric is-missing" data-column={metric.id} title={explainMissingValue(missing)}>
        {missing}
      </td>
    );
  }
  const value = metric.read(team);
  return (
    <td className="numeric" data-column={metric.id}>
      {metric.id === 'successRate' ? <SuccessRateCell rate={value} /> : formatMetricValue(metric, value)}
    </td>
  );
}

export interface TeamComparisonTableProps {
  course: Course;
  teams: readonly TeamMetrics[];
  practices: Record<string, TeamPractices>;
  onOpenTeam(projectId: number): void;
}

/** Every team side by side, sortable on every column; every value is plain text because names and paths come from students. */
export function TeamComparisonTable({ course, teams, practices, onOpenTeam }: TeamComparisonTableProps) {
  const [sort, setSort] = useState<SortState<TeamSortKey>>(defaultTeamSort);
  const rows = sortTeams(teams, sort);

  function handleSort(key: TeamSortKey): void {
    setSort((current) => nextSort(current, key, naturalDirection(key)));
  }

  return (
    <div className="table-frame" tabIndex={0} role="region" aria-label="Team comparison (scrolls sideways when narrow)">
      <table className="team-table" aria-label="Teams">
        <thead>
          <tr>
            {teamColumns.map((column) => (
              <SortableHeader
                key={column.key}
                label={column.label}
                description={column.definition}
                sortKey={column.key}
                sort={sort}
                onSort={handleSort}
                isNumeric={column.key !== 'name' && column.key !== 'practices' && column.key !== 'flags'}
              />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((team) => (
            <tr key={team.projectId} data-team={team.project} className={team.isReachable ? undefined : 'is-unreachable'}>
              <TeamNameCell team={team} course={course} onOpen={() => onOpenTeam(team.projectId)} />
              {metricColumns.map((m) => (
                <MetricCell key={m.id} metric={m} team={team} />
              ))}
              <td data-column="practices">
                <PracticeIcons verdicts={team.practices} practices={practices[team.project]} />
              </td>
              <td data-column="flags">
                <FlagsCell flags={team.flags} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
