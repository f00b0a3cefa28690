/** Pieces shared by the overview's chart options. */
import type { EChartsCoreOption } from "echarts/core";
import { type Granularity, useOverviewFilters } from "./filters.ts";
import { periodLabel } from "./format.ts";
import type { ReportQuery } from "./overview.api.ts";

/** A grid that keeps its axis labels inside the canvas, under a one-line legend. */
export const GRID = { left: 8, right: 8, top: 40, bottom: 8, containLabel: true } as const;

export const LEGEND = { top: 0, left: "center", type: "scroll", itemWidth: 14, itemHeight: 8 } as const;

export const AXIS_TOOLTIP = { trigger: "axis", confine: true } as const;

/** Category axis of a series' periods. */
export function periodAxis(
  points: readonly { start: string }[],
  granularity: Granularity,
): EChartsCoreOption {
  return {
    type: "category",
    data: points.map((p) => periodLabel(p.start, granularity)),
    axisTick: { alignWithLabel: true },
    axisLabel: { hideOverlap: true },
  };
}

/** The range, platform and period every series report of the page asks for. */
export function useSeriesQuery(): ReportQuery<"repeat-rate"> {
  const { range, filters } = useOverviewFilters();
  return { ...range, granularity: filters.granularity };
}
