/**
 * bench/analytics/fit: the CLV fits on grouped rows (one per distinct (x, t_x, T)) against a
 * reference fit on one row per customer, measured in the same run with the same optimiser,
 * likelihood code and starting points, so the ratio is what grouping buys. On the CDNOW sample
 * (BG/NBD and Pareto/NBD) and on `--customers` simulated BG/NBD customers (default 1,000,000).
 * Also times one evaluation of the naive per-customer likelihood (special functions per customer).
 * Prints one JSON object. Usage:
 *   npm run bench:fit -- [--customers 1000000] [--seed 1]
 */
import path from "node:path";
import { parseArgs } from "node:util";
import {
  bgnbdLogLikelihood,
  type FitResult,
  fitBgNbd,
  fitParetoNbd,
  groupRfm,
  type RfmRow,
  readCdnowTransactions,
  simulateBgNbd,
  summarizeTransactions,
} from "@laoke/core";
import { bgnbdLogLikelihoodOne } from "../../packages/core/src/clv/bgnbd.ts";

const { values } = parseArgs({
  options: {
    customers: { type: "string", default: "1000000" },
    seed: { type: "string", default: "1" },
  },
});
const CDNOW = path.resolve(import.meta.dirname, "../../../shared/data/CDNOW_sample.txt");
const PUBLISHED = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

function log(line: string) {
  process.stderr.write(`${line}\n`);
}

function timed<T>(fn: () => T): { value: T; seconds: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, seconds: (performance.now() - t0) / 1000 };
}

type Fit = (rows: readonly RfmRow[]) => FitResult<Record<string, number>>;

/** Grouped and per-customer fits of one model on one data set. */
function compare(name: string, fitModel: Fit, customers: readonly { x: number; tx: number; T: number }[]) {
  const grouping = timed(() => groupRfm(customers));
  const rows = grouping.value;
  const perCustomer = customers.map((c) => ({ x: c.x, tx: c.tx, T: c.T, weight: 1 }));
  log(`${name}: ${customers.length.toLocaleString()} customers, ${rows.length.toLocaleString()} groups`);
  const grouped = timed(() => fitModel(rows));
  log(`  grouped fit ${grouped.seconds.toFixed(2)} s`);
  const reference = timed(() => fitModel(perCustomer));
  log(`  per-customer fit ${reference.seconds.toFixed(2)} s`);
  return {
    customers: customers.length,
    groups: rows.length,
    groupingSeconds: grouping.seconds,
    groupedSeconds: grouped.seconds + grouping.seconds,
    referenceSeconds: reference.seconds,
    ratio: reference.seconds / (grouped.seconds + grouping.seconds),
    groupedLogLikelihood: grouped.value.logLikelihood,
    referenceLogLikelihood: reference.value.logLikelihood,
    params: grouped.value.params,
    referenceParams: reference.value.params,
  };
}

/** Seconds per evaluation of the likelihood written naively: special functions for every customer. */
function naiveEvaluation(customers: readonly { x: number; tx: number; T: number }[]) {
  const naive = timed(() => {
    let ll = 0;
    for (const c of customers) ll += bgnbdLogLikelihoodOne(PUBLISHED, c.x, c.tx, c.T);
    return ll;
  });
  const grouped = groupRfm(customers);
  const fast = timed(() => bgnbdLogLikelihood(PUBLISHED, grouped));
  return { naiveSeconds: naive.seconds, groupedSeconds: fast.seconds, ratio: naive.seconds / fast.seconds };
}

async function main() {
  const n = Number(values.customers);
  const seed = Number(values.seed);
  const summary = summarizeTransactions(await readCdnowTransactions(CDNOW), { calibrationEnd: "1997-09-30" });
  // Warm the JIT up first, so the first measured fit is not also the one that compiles the code.
  fitBgNbd(groupRfm(summary.customers));
  const cdnow = {
    bgnbd: compare("CDNOW BG/NBD", fitBgNbd, summary.customers),
    paretoNbd: compare("CDNOW Pareto/NBD", fitParetoNbd, summary.customers),
  };
  log(`simulating ${n.toLocaleString()} BG/NBD customers…`);
  const simulation = timed(() => simulateBgNbd(PUBLISHED, { customers: n, seed }));
  const simulated = compare("simulated BG/NBD", fitBgNbd, simulation.value);
  process.stdout.write(
    `${JSON.stringify({
      cdnow,
      simulated: { ...simulated, simulationSeconds: simulation.seconds, truth: PUBLISHED },
      likelihoodEvaluation: naiveEvaluation(simulation.value),
    })}\n`,
  );
}

await main();
