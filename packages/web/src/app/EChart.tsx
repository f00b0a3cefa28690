/**
 * A chart: ECharts on a canvas that follows its container's size and the UI language.
 *
 * ECharts is imported module by module (echarts/core) so only what is drawn gets bundled, and
 * this file must only be imported from lazily loaded pages: that keeps ECharts out of the first
 * load. The line and bar charts with grid, tooltip and legend are registered here; a page that
 * draws anything else registers it itself, e.g. `use([HeatmapChart, VisualMapComponent])` from
 * echarts/core, in its own (lazy) module.
 */
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { type EChartsCoreOption, type EChartsType, init, use } from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";
import { type CSSProperties, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

use([CanvasRenderer, LineChart, BarChart, GridComponent, TooltipComponent, LegendComponent]);

/** The palette of every chart: the brand's red-orange first, then colours that stay apart. */
export const CHART_COLORS = ["#d4380d", "#1677ff", "#52c41a", "#faad14", "#722ed1", "#13c2c2", "#eb2f96"];

export interface EChartProps {
  /** The full option; a new object redraws the chart (keep it memoised). */
  option: EChartsCoreOption;
  /** What the chart shows, for screen readers (the canvas itself says nothing). */
  ariaLabel: string;
  height?: number | string;
  style?: CSSProperties;
  /** Called with the chart's data index when a data item is clicked. */
  onItemClick?: (params: { dataIndex: number; name: string; seriesIndex: number }) => void;
}

export function EChart({ option, ariaLabel, height = 300, style, onItemClick }: EChartProps) {
  const { i18n } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const lastOption = useRef(option);
  lastOption.current = option;
  const clickHandler = useRef(onItemClick);
  clickHandler.current = onItemClick;
  const locale = i18n.language.startsWith("zh") ? "ZH" : "EN";

  // One instance per container and language (ECharts takes its locale only at init).
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const instance = init(el, undefined, { renderer: "canvas", locale });
    chart.current = instance;
    instance.setOption(withDefaults(lastOption.current));
    instance.on("click", (params) => {
      const p = params as { dataIndex: number; name: string; seriesIndex?: number };
      clickHandler.current?.({ dataIndex: p.dataIndex, name: p.name, seriesIndex: p.seriesIndex ?? 0 });
    });
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => instance.resize());
    });
    observer.observe(el);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [locale]);

  useEffect(() => {
    // notMerge: series that disappear between options must not linger.
    chart.current?.setOption(withDefaults(option), { notMerge: true });
  }, [option]);

  return (
    <div
      ref={container}
      role="img"
      aria-label={ariaLabel}
      style={{ width: "100%", height, minWidth: 0, ...style }}
    />
  );
}

function withDefaults(option: EChartsCoreOption): EChartsCoreOption {
  return {
    color: CHART_COLORS,
    textStyle: {
      fontFamily:
        '-apple-system, BlinkMacSystemFont, "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", sans-serif',
    },
    animationDuration: 300,
    ...option,
  };
}
