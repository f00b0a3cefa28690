/**
 * `laoke clv fit|validate --input FILE --format cdnow …`: the CLV models on a transaction file.
 * File-based, these commands never open the database, so they need no server; `clv fit --shop`
 * fits on a shop's purchases instead.
 */
import {
  assessFit,
  type CustomerSummary,
  DomainError,
  type FitOptions,
  type FitResult,
  fitBgNbd,
  fitGammaGamma,
  fitParetoNbd,
  fitShopClv,
  getShopBySlug,
  groupRfm,
  groupSpend,
  OPERATOR,
  purchaseModelOf,
  readCdnowTransactions,
  type SummaryResult,
  summarizeTransactions,
  type TrustAssessment,
  validateHoldout,
} from "@laoke/core";
import { type CliContext, withDatabase } from "../context.ts";
import { UsageError } from "../usage.ts";

const FORMATS = ["cdnow"] as const;
const FIT_MODELS = ["bgnbd", "pareto-nbd", "gamma-gamma"] as const;
const PURCHASE_MODELS = ["bgnbd", "pareto-nbd"] as const;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Options shared by both subcommands, as commander parses them. */
export interface ClvCommandOptions {
  input: string;
  format: string;
  calibrationEnd: string;
  model?: string;
  penalty?: string;
  json?: boolean;
}

/** `clv validate` adds the holdout end. */
export interface ClvValidateOptions extends ClvCommandOptions {
  holdoutEnd: string;
}

function choose<T extends string>(
  ctx: CliContext,
  value: string,
  allowed: readonly T[],
  key: "badFormat" | "badModel",
): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const field = key === "badFormat" ? "format" : "model";
  throw new UsageError(ctx.t(`cli.clv.${key}`, { [field]: value, [`${field}s`]: allowed.join(", ") }));
}

function checkDate(ctx: CliContext, option: string, value: string): string {
  const ms = ISO_DATE.test(value) ? Date.parse(`${value}T00:00:00Z`) : Number.NaN;
  // Date.parse rolls 1997-02-30 over to March: compare the round trip too.
  const ok = !Number.isNaN(ms) && new Date(ms).toISOString().startsWith(value);
  if (!ok) throw new UsageError(ctx.t("cli.clv.badDate", { option, value }));
  return value;
}

function fitOptions(ctx: CliContext, penalty: string | undefined): FitOptions {
  if (penalty === undefined) return {};
  const v = Number(penalty);
  if (penalty.trim() === "" || !(v >= 0))
    throw new UsageError(ctx.t("cli.clv.badPenalty", { value: penalty }));
  return { penalty: v };
}

/** Read and summarise the file for the calibration (and holdout) window. */
async function summarize(opts: ClvCommandOptions, holdoutEnd?: string): Promise<SummaryResult> {
  const transactions = await readCdnowTransactions(opts.input);
  const summary = summarizeTransactions(transactions, { calibrationEnd: opts.calibrationEnd, holdoutEnd });
  if (summary.customers.length === 0) {
    throw new DomainError("clv_no_customers", { calibrationEnd: opts.calibrationEnd });
  }
  return summary;
}

/** Fit one model to the summaries. */
function fitModel(
  model: (typeof FIT_MODELS)[number],
  customers: readonly CustomerSummary[],
  options: FitOptions,
): FitResult<Record<string, number>> {
  if (model === "gamma-gamma") {
    const rows = groupSpend(customers);
    if (rows.length === 0) throw new DomainError("clv_not_enough_data", { model, detail: "x > 0, m > 0" });
    return fitGammaGamma(rows, options);
  }
  const rows = groupRfm(customers);
  return model === "bgnbd" ? fitBgNbd(rows, options) : fitParetoNbd(rows, options);
}

/** The JSON contract's head: model, params, logLikelihood, customers, then extras. */
function fitJson(fit: FitResult<Record<string, number>>) {
  return {
    model: fit.model,
    params: fit.params,
    logLikelihood: fit.logLikelihood,
    customers: fit.customers,
    standardErrors: fit.standardErrors ?? null,
    converged: fit.converged,
    iterations: fit.iterations,
    penalty: fit.penalty,
  };
}

function printFit(ctx: CliContext, fit: FitResult<Record<string, number>>): void {
  const { t } = ctx;
  ctx.say(
    t("cli.clv.fitted", {
      model: fit.model,
      customers: fit.customers.toLocaleString(ctx.language),
      logLikelihood: fit.logLikelihood.toFixed(2),
      converged: fit.converged ? t("cli.clv.converged") : t("cli.clv.notConverged", { message: fit.message }),
    }),
  );
  for (const [name, value] of Object.entries(fit.params)) {
    const se = fit.standardErrors?.[name];
    ctx.say(
      t("cli.clv.param", {
        name,
        value: value.toPrecision(4),
        se: se === undefined ? "—" : se.toPrecision(3),
      }),
    );
  }
}

/** `laoke clv fit`: on a transaction file (--input, no database) or on a shop's data (--shop). */
export async function runClvFit(
  ctx: CliContext,
  opts: Omit<ClvCommandOptions, "input" | "format" | "calibrationEnd"> & {
    input?: string;
    format?: string;
    calibrationEnd?: string;
    shop?: string;
  },
): Promise<void> {
  if ((opts.shop === undefined) === (opts.input === undefined))
    throw new UsageError(ctx.t("cli.clv.inputOrShop"));
  const model = choose(ctx, opts.model ?? "bgnbd", FIT_MODELS, "badModel");
  if (opts.calibrationEnd !== undefined) checkDate(ctx, "--calibration-end", opts.calibrationEnd);
  const options = fitOptions(ctx, opts.penalty);
  let fit: FitResult<Record<string, number>>;
  let trust: TrustAssessment;
  if (opts.shop !== undefined) {
    const shopSlug = opts.shop;
    ({ fit, trust } = await withDatabase(async (handle) => {
      const shop = await getShopBySlug(handle.db, shopSlug);
      return fitShopClv(handle, OPERATOR, shop, { model, calibrationEnd: opts.calibrationEnd, ...options });
    }));
  } else {
    choose(ctx, opts.format ?? "", FORMATS, "badFormat");
    if (opts.calibrationEnd === undefined) throw new UsageError(ctx.t("cli.clv.calibrationEndRequired"));
    const { customers } = await summarize({
      ...opts,
      input: opts.input as string,
      format: opts.format as string,
      calibrationEnd: opts.calibrationEnd,
    });
    fit = fitModel(model, customers, options);
    trust = assessFit(fit, model === "gamma-gamma" ? customers.filter((c) => c.x > 0) : customers);
  }
  if (opts.json) {
    ctx.json({ ...fitJson(fit), trust: { trustworthy: trust.trustworthy, reason: trust.reason } });
    return;
  }
  printFit(ctx, fit);
  ctx.say(ctx.t(`cli.clv.trust.${trust.reason}`));
}

/** `laoke clv validate`. */
export async function runClvValidate(ctx: CliContext, opts: ClvValidateOptions): Promise<void> {
  choose(ctx, opts.format, FORMATS, "badFormat");
  const model = choose(ctx, opts.model ?? "bgnbd", PURCHASE_MODELS, "badModel");
  checkDate(ctx, "--calibration-end", opts.calibrationEnd);
  checkDate(ctx, "--holdout-end", opts.holdoutEnd);
  if (opts.holdoutEnd <= opts.calibrationEnd) throw new UsageError(ctx.t("cli.clv.badHoldout"));
  const options = fitOptions(ctx, opts.penalty);
  const summary = await summarize(opts, opts.holdoutEnd);
  const rows = groupRfm(summary.customers);
  const fit = model === "bgnbd" ? fitBgNbd(rows, options) : fitParetoNbd(rows, options);
  const v = validateHoldout(purchaseModelOf(fit), summary);
  if (opts.json) {
    ctx.json({
      holdoutActual: v.holdoutActual,
      holdoutPredicted: v.holdoutPredicted,
      weekly: v.weekly.map((w) => ({
        week: w.week,
        actual: w.actual,
        predicted: round(w.predicted),
        holdout: w.holdout,
      })),
      holdoutWeeks: v.holdoutWeeks,
      holdoutError: v.holdoutError,
      holdoutErrorPercent: v.holdoutErrorPercent,
      mae: v.mae,
      mape: v.mape,
      holdoutMae: v.holdoutMae,
      holdoutMape: v.holdoutMape,
      ...fitJson(fit),
    });
    return;
  }
  printFit(ctx, fit);
  ctx.say(ctx.t("cli.clv.weekHeader"));
  for (const w of v.weekly) {
    if (w.week % 13 === 0 || w.week === v.weekly.length) {
      ctx.say(
        ctx.t("cli.clv.weekLine", { week: w.week, actual: w.actual, predicted: w.predicted.toFixed(1) }),
      );
    }
  }
  ctx.say(
    ctx.t("cli.clv.validated", {
      model: fit.model,
      weeks: v.holdoutWeeks.toFixed(0),
      actual: v.holdoutActual,
      predicted: v.holdoutPredicted.toFixed(1),
      errorPercent: v.holdoutErrorPercent.toFixed(1),
      mape: v.mape.toFixed(1),
    }),
  );
}

function round(v: number): number {
  return Math.round(v * 100) / 100;
}
