import type { CourseMetrics } from '../../../shared/domain/team-metrics';
import { formatMetricValue } from '../../../shared/metrics/format-metric-value';
import { pipelineSuccessRate } from '../../../shared/metrics/pipeline-success-rate';
import { classifySuccessRate } from './classify-success-rate';
import { summarizeTeams } from './summarize-teams';
import './summary-tiles.css';

const count = new Intl.NumberFormat('en');

interface TileProps {
  label: string;
  value: string;
  hint?: string | undefined;
  tone?: 'good' | 'warn' | 'bad' | undefined;
}

function Tile({ label, value, hint, tone }: TileProps) {
  return (
    <div className="tile">
      <dt className="tile__label">{label}</dt>
      <dd className={tone ? `tile__value is-${tone}` : 'tile__value'}>{value}</dd>
      {hint && <dd className="tile__hint">{hint}</dd>}
    </div>
  );
}

export function SummaryTiles({ metrics }: { metrics: CourseMetrics }) {
  const summary = summarizeTeams(metrics);
  const rateLevel = classifySuccessRate(summary.successRate);
  return (
    <dl className="tiles" aria-label="Course summary">
      <Tile
        label="Teams"
        value={count.format(summary.teamCount)}
        hint={summary.unreachableCount > 0 ? `${summary.unreachableCount} unreachable` : 'all reachable'}
      />
      <Tile label="Pipelines" value={count.format(summary.pipelineCount)} hint="all statuses" />
      <Tile
        label="Course success rate"
        value={formatMetricValue(pipelineSuccessRate, summary.successRate)}
        hint="of finished pipelines"
        tone={rateLevel === 'none' ? undefined : rateLevel}
      />
      <Tile
        label="Teams below 50 %"
        value={count.format(summary.teamsBelowHalf)}
        hint={summary.teamCount > 0 ? `of ${summary.teamCount} teams` : undefined}
        tone={summary.teamsBelowHalf > 0 ? 'bad' : undefined}
      />
    </dl>
  );
}
