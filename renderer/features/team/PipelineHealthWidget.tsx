import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import { formatMetricValue } from '../../../shared/metrics/format-metric-value';
import { pipelineMetrics, type PipelineMetricId } from '../../../shared/metrics/registry';
import { ExternalLink } from '../../components/ExternalLink';
import { Definition } from './Definition';
import { gitlabLinks } from './gitlab-links';

/** The widget the seeds name: success rate, mean and median duration, MTTR, builds per day (plus the count they rest on). */
const widgetMetrics: readonly PipelineMetricId[] = ['successRate', 'meanDurationS', 'medianDurationS', 'mttrS', 'buildsPerDay', 'total'];

export function PipelineHealthWidget({ team }: { team: TeamMetrics }) {
  const link = gitlabLinks.pipelines(team.webUrl);
  return (
    <section className="health-widget" aria-label="Pipeline health">
      {widgetMetrics.map((id) => {
        const metric = pipelineMetrics.find((m) => m.id === id);
        if (!metric) return null;
        const value = team.pipelines[id];
        return (
          <div key={id} className="health-widget__tile" data-metric={id}>
            <span className="health-widget__label">
              <Definition definition={metric.definition}>{metric.label}</Definition>
            </span>
            <ExternalLink href={link} className="health-widget__value">
              {value === null ? 'No value' : formatMetricValue(metric, value)}
            </ExternalLink>
          </div>
        );
      })}
    </section>
  );
}
