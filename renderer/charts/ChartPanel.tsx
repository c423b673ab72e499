import type { ReactNode } from 'react';
import { useId } from 'react';
import type { ChartTheme } from './chart-theme';
import type { ChartOption } from './echarts-setup';
import { useChart } from './use-chart';
import './chart-panel.css';

export interface ChartPanelProps {
  title: string;
  /** Says in words what the chart shows, for screen readers and for anyone who cannot read the colours. */
  summary: string;
  /** Shown instead of the chart when there is nothing to draw; say why in words, never an empty axis. */
  emptyMessage?: string;
  isEmpty: boolean;
  /** Must be stable across renders (useCallback). */
  buildOption: (theme: ChartTheme) => ChartOption;
  height?: number;
  actions?: ReactNode;
}

/** A titled chart with its text summary and an empty state; every chart of the app goes through it. */
export function ChartPanel({ title, summary, emptyMessage, isEmpty, buildOption, height = 220, actions }: ChartPanelProps) {
  const titleId = useId();
  const summaryId = useId();
  return (
    <figure className="chart-panel" aria-labelledby={titleId} aria-describedby={summaryId}>
      <figcaption className="chart-panel__header">
        <span id={titleId} className="chart-panel__title">
          {title}
        </span>
        {actions && <span className="chart-panel__actions">{actions}</span>}
      </figcaption>
      {isEmpty ? (
        <p className="chart-panel__empty" style={{ minHeight: height }}>
          {emptyMessage ?? 'Nothing to show for this window.'}
        </p>
      ) : (
        <ChartCanvas buildOption={buildOption} height={height} />
      )}
      <p id={summaryId} className="visually-hidden">
        {summary}
      </p>
    </figure>
  );
}

function ChartCanvas({ buildOption, height }: { buildOption: (theme: ChartTheme) => ChartOption; height: number }) {
  const ref = useChart(buildOption);
  return <div ref={ref} className="chart-panel__canvas" style={{ height }} aria-hidden="true" />;
}
