import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

// Only what the dashboard draws (tree-shaken): the dashboard's chunk carries ECharts, no other screen does.
echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/**
 * One chart and its numbers: the chart for the eye (an image with a name for screen readers), the
 * same numbers in a table under it for anyone who reads or copies them. The series the chart holds
 * are written back on its element (`data-series`, read from ECharts' own option) so a test can
 * check the chart shows what the graph stored.
 */
export function Chart({
  id,
  title,
  option,
  table,
  open = false,
  onPick,
}: {
  id: string;
  title: string;
  option: EChartsCoreOption;
  table: ReactNode;
  /** The numbers shown at once (when the table is where one acts, e.g. drills down). */
  open?: boolean;
  /** A click on a bar or slice: its index in the series. */
  onPick?: (index: number) => void;
}) {
  const { t } = useTranslation();
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const pick = useRef(onPick);
  pick.current = onPick;

  useEffect(() => {
    const el = element.current!;
    chart.current = echarts.init(el, undefined, { renderer: 'svg' });
    chart.current.on('click', (event) => pick.current?.(event.dataIndex));
    const resize = () => chart.current?.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.current?.dispose();
    };
  }, []);
  useEffect(() => {
    const instance = chart.current!;
    instance.setOption({ animation: false, tooltip: {}, ...option }, true);
    const series = (instance.getOption() as { series?: { data?: unknown[] }[] }).series ?? [];
    element.current!.setAttribute('data-series', JSON.stringify(series.map((s) => s.data ?? [])));
  }, [option]);

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>
        <h3>{title}</h3>
      </figcaption>
      <div id={id} ref={element} role="img" aria-label={title} className="chart-canvas" />
      <details open={open}>
        <summary>{t('dashboard.showNumbers')}</summary>
        <div className="scroll" tabIndex={0}>
          {table}
        </div>
      </details>
    </figure>
  );
}
