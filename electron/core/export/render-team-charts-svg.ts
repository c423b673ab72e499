import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TitleComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import type { DailyCoverage, DailyPipelines } from '../../../shared/metrics/daily-series';

// Server-side rendering registers only what the report draws; the renderer has its own setup.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TitleComponent, SVGRenderer]);

/** The series a team's report charts: the daily pipelines and the default branch's coverage. */
export interface TeamChartSeries {
  daily: DailyPipelines[];
  coverage: DailyCoverage[];
}

const width = 680;
const height = 220;

function renderSvg(option: echarts.EChartsCoreOption): string {
  // ssr: true needs no DOM; animation off so the SVG is the final frame, not the first.
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: 'sans-serif' }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

const baseGrid = { left: 48, right: 16, top: 52, bottom: 28 };

/**
 * The team's charts as SVG markup, ready to inline in the report: pipelines per day (succeeded and
 * failed, stacked) and coverage over time. Days and numbers come from GitPulse, not from students;
 * echarts escapes the text it writes into the SVG.
 */
export function renderTeamChartsSvg(series: TeamChartSeries): string[] {
  const charts: string[] = [];
  if (series.daily.length > 0) {
    charts.push(
      renderSvg({
        title: { text: 'Pipelines per day', left: 0, textStyle: { fontSize: 12 } },
        legend: { right: 0, top: 0, data: ['Succeeded', 'Failed'] },
        grid: baseGrid,
        xAxis: { type: 'category', data: series.daily.map((d) => d.day), axisLabel: { fontSize: 9 } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: 'Succeeded', type: 'bar', stack: 'runs', color: '#2e7d32', data: series.daily.map((d) => d.success) },
          { name: 'Failed', type: 'bar', stack: 'runs', color: '#c62828', data: series.daily.map((d) => d.failed) },
        ],
      }),
    );
  }
  if (series.coverage.length > 0) {
    charts.push(
      renderSvg({
        title: { text: 'Coverage on the default branch', left: 0, textStyle: { fontSize: 12 } },
        grid: baseGrid,
        xAxis: { type: 'category', data: series.coverage.map((d) => d.day), axisLabel: { fontSize: 9 } },
        yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value} %' } },
        series: [{ name: 'Coverage', type: 'line', color: '#1565c0', data: series.coverage.map((d) => d.coverage), showSymbol: series.coverage.length < 40 }],
      }),
    );
  }
  return charts;
}
