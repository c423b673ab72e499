import { formatMetricValue } from '../../../shared/metrics/format-metric-value';
import { pipelineSuccessRate } from '../../../shared/metrics/pipeline-success-rate';
import { classifySuccessRate } from './classify-success-rate';

/** The rate as text plus a small bar coloured by threshold; the text alone carries the meaning. */
export function SuccessRateCell({ rate }: { rate: number | null }) {
  const level = classifySuccessRate(rate);
  return (
    <span className="rate-cell">
      <span className="rate-cell__value">{formatMetricValue(pipelineSuccessRate, rate)}</span>
      <span className="rate-cell__track" aria-hidden="true">
        {rate !== null && <span className={`rate-cell__fill is-${level}`} style={{ width: `${Math.round(rate * 100)}%` }} />}
      </span>
    </span>
  );
}
