import { practiceDefinitions, practiceLabels, practiceNames } from '../../../shared/domain/practices';
import { teamColumns } from './TeamComparisonTable';
import { overviewMetrics } from './overview-metrics';

/**
 * Every definition behind the overview, one click away for those who do not hover (keyboard, touch):
 * the table's columns, the figures the chart can pick, and the six practice checks.
 */
export function MetricDefinitions() {
  const chartOnly = overviewMetrics.filter((m) => !m.isColumn);
  return (
    <details className="metric-definitions">
      <summary>What the figures mean</summary>
      <dl>
        {teamColumns.map((column) => (
          <div key={column.key} className="metric-definitions__item">
            <dt>{column.label}</dt>
            <dd>{column.definition}</dd>
          </div>
        ))}
        {chartOnly.map((m) => (
          <div key={m.id} className="metric-definitions__item">
            <dt>{m.label}</dt>
            <dd>{m.definition}</dd>
          </div>
        ))}
        {practiceNames.map((name) => (
          <div key={name} className="metric-definitions__item">
            <dt>{practiceLabels[name]}</dt>
            <dd>{practiceDefinitions[name]}</dd>
          </div>
        ))}
      </dl>
      <p className="muted">The full definitions are in docs/metrics.md.</p>
    </details>
  );
}
