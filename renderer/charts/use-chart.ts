import { useEffect, useRef } from 'react';
import type { ChartTheme } from './chart-theme';
import { readChartTheme } from './chart-theme';
import type { ChartOption } from './echarts-setup';
import { echarts } from './echarts-setup';
import { useColorScheme } from './use-color-scheme';

/**
 * Mounts one echarts instance on the returned ref and keeps it in step with `buildOption`, which is
 * given the current theme colours. The option is replaced whole (notMerge) so a series that went
 * away does not linger; the chart follows its container's size and the OS colour scheme, and is
 * disposed with the component. `buildOption` must be stable (useCallback) or it rebuilds every render.
 */
export function useChart<E extends HTMLElement = HTMLDivElement>(buildOption: (theme: ChartTheme) => ChartOption) {
  const ref = useRef<E>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const scheme = useColorScheme();

  useEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const instance = echarts.init(element, null, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const element = ref.current;
    if (!chart.current || !element) return;
    // Animation off: charts here show evidence, not motion, and it keeps screenshots deterministic.
    chart.current.setOption({ animation: false, ...buildOption(readChartTheme(element)) }, { notMerge: true });
  }, [buildOption, scheme]);

  return ref;
}
