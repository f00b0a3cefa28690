/** Pure display helpers of the imports page (format names, durations, sizes, numbers). */
import type { TFunction } from "i18next";
import { formatNumber } from "../../app/format.ts";
import type { ImportJob } from "./imports.api.ts";

/** Format names the server accepts, in the order the select lists them. */
export const FORMATS = [
  "auto",
  "taobao",
  "taobao-qianniu",
  "jd",
  "pdd",
  "shopify",
  "woocommerce",
  "cdnow",
  "csv",
] as const;
export type FormatName = (typeof FORMATS)[number];

type T = TFunction<"imports">;

function isFormat(value: string): value is FormatName {
  return (FORMATS as readonly string[]).includes(value);
}

/** A job's format: the summary's detected formats ("taobao,shopify") or the requested one. */
export function formatLabel(t: T, job: Pick<ImportJob, "format" | "summary">): string {
  const raw = job.summary?.format || job.format || "auto";
  return raw
    .split(",")
    .map((name) => (name === "auto" ? t("history.auto") : isFormat(name) ? t(`formats.${name}`) : name))
    .join(" + ");
}

/** How long a job took: the importer's own duration, else finished − started. */
export function jobDurationMs(job: Pick<ImportJob, "summary" | "startedAt" | "finishedAt">): number | null {
  if (job.summary) return job.summary.durationMs;
  if (job.startedAt && job.finishedAt) return Date.parse(job.finishedAt) - Date.parse(job.startedAt);
  return null;
}

export function formatDuration(t: T, ms: number): string {
  if (ms < 60_000) {
    const value = formatNumber(ms / 1000, 1);
    return t("duration.seconds", { value });
  }
  const total = Math.round(ms / 1000);
  return t("duration.minutes", { minutes: Math.floor(total / 60), seconds: total % 60 });
}

export function formatSize(t: T, bytes: number): string {
  if (bytes < 1024 * 1024) return t("size.kb", { value: formatNumber(Math.max(bytes / 1024, 0.1), 1) });
  return t("size.mb", { value: formatNumber(bytes / 1024 / 1024, 1) });
}

/** Percent of the bytes read so far, or undefined before the importer knows the total. */
export function progressPercent(progress: ImportJob["progress"]): number | undefined {
  if (!progress || progress.totalBytes <= 0) return undefined;
  return Math.min(99, Math.floor((progress.bytesRead / progress.totalBytes) * 100));
}

/** Extensions the importer reads (the server decides by content; this only catches obvious mistakes). */
export const ACCEPTED_EXTENSIONS = [".csv", ".tsv", ".txt", ".xlsx", ".xls"];

export function hasAcceptedExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((ext) => lower.endsWith(ext));
}
