import { describe, expect, it } from 'vitest';
import { formatMetricCell, formatMetricHeader, formatMetricValue } from '../../../../shared/metrics/format-metric-value';
import { pipelineCount } from '../../../../shared/metrics/pipeline-count';
import { pipelineSuccessRate } from '../../../../shared/metrics/pipeline-success-rate';

describe('formatting a metric', () => {
  it('shows a ratio as a percentage with one decimal, and no value as a dash', () => {
    expect(formatMetricValue(pipelineSuccessRate, 0.875)).toBe('87.5 %');
    expect(formatMetricValue(pipelineSuccessRate, 2 / 3)).toBe('66.7 %');
    expect(formatMetricValue(pipelineSuccessRate, null)).toBe('—');
  });

  it('groups the digits of a count for people and leaves them plain for spreadsheets', () => {
    expect(formatMetricValue(pipelineCount, 12345)).toBe('12,345');
    expect(formatMetricCell(pipelineCount, 12345)).toBe('12345');
  });

  it('writes spreadsheet cells without units, with the unit in the header', () => {
    expect(formatMetricCell(pipelineSuccessRate, 0.75)).toBe('75.0');
    expect(formatMetricCell(pipelineSuccessRate, null)).toBe('');
    expect(formatMetricHeader(pipelineSuccessRate)).toBe('Success rate (%)');
    expect(formatMetricHeader(pipelineCount)).toBe('Pipelines');
  });
});
