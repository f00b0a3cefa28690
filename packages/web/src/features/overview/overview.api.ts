/**
 * The overview's data: headline numbers, the shop reports, the analytics runs and the recompute
 * request. Reports are cached for five minutes per query (they change only when orders are
 * imported or analytics recompute) and keep showing the previous range while a new one loads.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { api, data, type GetResponse } from "../../api/client.ts";
import type { paths } from "../../api/schema.gen.ts";

export type ReportKind =
  | "repeat-rate"
  | "churn"
  | "cohorts"
  | "gaps"
  | "reorder"
  | "breakdown"
  | "traffic-cost";
type ReportPath<K extends ReportKind> = `/api/v1/analytics/reports/${K}`;
export type ReportQuery<K extends ReportKind> = NonNullable<
  paths[ReportPath<K>]["get"]["parameters"]["query"]
>;
export type Report<K extends ReportKind> = GetResponse<ReportPath<K>>;
export type Stats = GetResponse<"/api/v1/stats">;
export type Runs = GetResponse<"/api/v1/analytics/runs">;

export const ANALYTICS_KEY = ["analytics"] as const;
export const STATS_KEY = ["stats"] as const;
const RUNS_KEY = [...ANALYTICS_KEY, "runs"] as const;
const REPORT_STALE_MS = 5 * 60_000;

export function useStats() {
  return useQuery({
    queryKey: STATS_KEY,
    queryFn: async ({ signal }) => data(await api.GET("/api/v1/stats", { signal })),
    staleTime: REPORT_STALE_MS,
  });
}

/**
 * One report for one query; `enabled: false` waits (e.g. for the filters). Reports also wait for
 * the headline stats: on a large shop whose cached numbers went stale, seven report scans at once
 * would hold the stats back for half a minute; this way the numbers paint first.
 */
export function useReport<K extends ReportKind>(kind: K, query: ReportQuery<K>, enabled = true) {
  const stats = useQuery({ queryKey: STATS_KEY, enabled: false });
  return useQuery({
    queryKey: [...ANALYTICS_KEY, "report", kind, query],
    queryFn: async ({ signal }): Promise<Report<K>> => {
      // One generic call for the seven report paths: openapi-fetch cannot narrow a path union.
      const path = `/api/v1/analytics/reports/${kind}` as ReportPath<"gaps">;
      const result = await api.GET(path, { params: { query: query as ReportQuery<"gaps"> }, signal });
      return data(result) as unknown as Report<K>;
    },
    staleTime: REPORT_STALE_MS,
    placeholderData: keepPreviousData,
    enabled: enabled && stats.status !== "pending",
  });
}

/** Latest run first. While `watching` (a recompute was asked for) or a run is running, it polls. */
export function useRuns(watching: boolean) {
  return useQuery({
    queryKey: RUNS_KEY,
    queryFn: async ({ signal }) =>
      data(await api.GET("/api/v1/analytics/runs", { params: { query: { limit: 5 } }, signal })),
    refetchInterval: (query) => (watching || query.state.data?.runs[0]?.status === "running" ? 2_000 : false),
  });
}

/** Longest a recompute is waited for before the page stops polling (the job may queue behind others). */
const WATCH_MS = 5 * 60_000;

/**
 * Ask for an incremental recompute and follow it: the runs poll until a run newer than the
 * latest one at the time of asking has finished, then the reports that read its results
 * (客单价 tiers, the derived churn threshold) reload.
 */
export function useRecompute() {
  const queryClient = useQueryClient();
  const [baseline, setBaseline] = useState<number | null>(null);
  const runs = useRuns(baseline !== null);
  const latest = runs.data?.runs[0];

  useEffect(() => {
    if (baseline === null) return;
    const timer = setTimeout(() => setBaseline(null), WATCH_MS);
    return () => clearTimeout(timer);
  }, [baseline]);

  useEffect(() => {
    if (baseline === null || !latest || latest.id <= baseline || latest.status === "running") return;
    setBaseline(null);
    void queryClient.invalidateQueries({
      predicate: (q) =>
        q.queryKey[0] === "analytics" && (q.queryKey[2] === "breakdown" || q.queryKey[2] === "churn"),
    });
  }, [baseline, latest, queryClient]);

  const mutation = useMutation({
    mutationFn: async () =>
      data(await api.POST("/api/v1/analytics/recompute", { body: { mode: "incremental" } })),
    onSuccess: () => {
      setBaseline(runs.data?.runs[0]?.id ?? 0);
      void queryClient.invalidateQueries({ queryKey: RUNS_KEY });
    },
  });

  return { runs, mutation, watching: baseline !== null };
}
