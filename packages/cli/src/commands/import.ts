/** `laoke import --shop S FILE…`: run the import pipeline with a progress bar (quiet with --json). */
import path from "node:path";
import {
  getShopBySlug,
  IMPORT_FORMATS,
  type ImportFormat,
  type ImportProgress,
  type ImportSummary,
  importOrders,
  OPERATOR,
  type RowReject,
} from "@laoke/core";
import { laokeHome } from "@laoke/db";
import { type CliContext, describeError, withDatabase } from "../context.ts";
import { createProgress } from "../progress.ts";
import { UsageError } from "../usage.ts";
import { analyzeShop } from "./analyze.ts";

/** Options of `import`, as commander parses them. */
export interface ImportCommandOptions {
  shop: string;
  format?: string;
  mapping?: string;
  dryRun?: boolean;
  json?: boolean;
  /** false with --no-analyze: skip the incremental analytics run after the import. */
  analyze?: boolean;
}

/** Import the files and print the summary (the JSON contract's last line with --json). */
export async function runImport(
  ctx: CliContext,
  files: string[],
  opts: ImportCommandOptions,
): Promise<ImportSummary> {
  const format = (opts.format ?? "auto") as ImportFormat | "auto";
  if (format !== "auto" && !IMPORT_FORMATS.includes(format)) {
    throw new UsageError(
      ctx.t("cli.import.badFormat", { format, formats: ["auto", ...IMPORT_FORMATS].join(", ") }),
    );
  }
  const progress = opts.json ? undefined : createProgress(ctx);
  return withDatabase(async (handle) => {
    const shop = await getShopBySlug(handle.db, opts.shop);
    let summary: ImportSummary;
    try {
      summary = await importOrders(handle.pool, OPERATOR, {
        shop,
        files,
        format,
        mappingFile: opts.mapping,
        dryRun: opts.dryRun,
        ...rejectsOptions(ctx),
        onProgress: (p: ImportProgress) => progress?.update(p),
      });
    } finally {
      progress?.stop();
    }
    if (!opts.json) printImportSummary(ctx, summary, false);
    // The analytics job after each import (in-process here; the worker runs it for the server).
    if (!summary.dryRun && opts.analyze !== false) {
      // The import is committed whatever happens here: a failed analysis is a warning (exit 0, as
      // the contract says for an import that ran), and `laoke analyze` can be run again.
      try {
        await analyzeShop(ctx, handle, shop, { full: false, quiet: opts.json ?? false });
      } catch (error) {
        process.stderr.write(
          `${ctx.t("cli.import.analysisFailed", { message: describeError(ctx.t, error) })}\n`,
        );
      }
    }
    if (opts.json) printImportSummary(ctx, summary, true);
    return summary;
  });
}

/** Where the rejects CSV goes and how it speaks: the user's language, under LAOKE_HOME/rejects. */
export function rejectsOptions(ctx: CliContext) {
  return {
    rejectsDir: path.join(laokeHome(), "rejects"),
    rejectsHeader: ctx.t("rejects.header", { returnObjects: true }) as unknown as string[],
    describeReject: (r: RowReject) => ctx.t(`rejects.${r.code}`, { field: r.field ?? "" }),
  };
}

/** Human summary, or the JSON contract object as the last stdout line. */
export function printImportSummary(ctx: CliContext, s: ImportSummary, json: boolean): void {
  if (json) {
    ctx.json({
      format: s.format,
      orders: s.orders,
      items: s.items,
      customers: { created: s.customers.created, matched: s.customers.matched },
      rejected: s.rejected,
      rejectsFile: s.rejectsFile,
      merged: s.customers.merged,
      batchId: s.batchId,
      dryRun: s.dryRun,
      rows: s.rows,
      durationMs: s.durationMs,
      timingsMs: s.timingsMs,
    });
    return;
  }
  ctx.say(
    ctx.t("cli.import.summary", {
      dry: s.dryRun ? ctx.t("cli.import.dryTag") : "",
      format: s.format,
      ...s.orders,
      items: s.items,
      ...s.customers,
      rejected: s.rejected,
      seconds: (s.durationMs / 1000).toFixed(1),
    }),
  );
  if (s.rejectsFile) ctx.say(ctx.t("cli.import.rejectsAt", { file: s.rejectsFile }));
}
