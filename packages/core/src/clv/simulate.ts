/**
 * Seeded simulators that draw customer histories from the models themselves, for parameter
 * recovery tests and scale benchmarks. Like real data, purchases are recorded by calendar day
 * (same-day repeats merge), first purchases spread over an acquisition window (CDNOW: 12 weeks),
 * and the history is cut at the calibration end, with a holdout count after it.
 */
import { SeededRng } from "../demo/index.ts";
import type { BgNbdParams } from "./bgnbd.ts";
import type { GammaGammaParams } from "./gamma-gamma.ts";
import type { ParetoNbdParams } from "./pareto-nbd.ts";
import type { CustomerSummary } from "./summary.ts";

/** Shape of the simulated customer base. */
export interface SimulationOptions {
  customers: number;
  seed: number;
  /** First purchases are uniform over this many weeks from day 0 (default 12). */
  acquisitionWeeks?: number;
  /** Calibration ends this many weeks after day 0 (default 39). */
  calibrationWeeks?: number;
  /** Holdout length in weeks (default 39). */
  holdoutWeeks?: number;
  /**
   * Record exact purchase times instead of calendar days (default false). Day resolution is
   * what real data looks like and what makes grouping pay off; merging same-day repeats biases
   * the estimates slightly, which exact times avoid.
   */
  exactTimes?: boolean;
}

/** One customer's process: repeat purchase times (weeks after the first), up to `horizon`. */
type Process = (rng: InstanceType<typeof SeededRng>, horizon: number) => number[];

function simulate(options: SimulationOptions, process: Process): CustomerSummary[] {
  const acquisitionDays = Math.round((options.acquisitionWeeks ?? 12) * 7);
  const calibrationEnd = Math.round((options.calibrationWeeks ?? 39) * 7);
  const holdoutEnd = calibrationEnd + Math.round((options.holdoutWeeks ?? 39) * 7);
  const rng = new SeededRng(options.seed);
  const out: CustomerSummary[] = [];
  for (let i = 0; i < options.customers; i++) {
    const exact = options.exactTimes === true;
    const first = exact ? rng.next() * acquisitionDays : rng.int(acquisitionDays);
    // The first purchase happens at a random time of its day, so rounding later purchases down
    // to their day is unbiased on average (it is not when every customer starts at midnight).
    const offset = exact ? 0 : rng.next();
    let x = 0;
    let holdoutX = 0;
    let lastDay = first;
    let lastCalibrationDay = first;
    for (const t of process(rng, (holdoutEnd - first + 1) / 7)) {
      const day = exact ? first + t * 7 : Math.floor(first + offset + t * 7);
      // Same-day purchases are one transaction, as in real data.
      if (day === lastDay || day > holdoutEnd) continue;
      lastDay = day;
      if (day <= calibrationEnd) {
        x++;
        lastCalibrationDay = day;
      } else holdoutX++;
    }
    out.push({
      customerId: String(i),
      x,
      tx: (lastCalibrationDay - first) / 7,
      T: (calibrationEnd - first) / 7,
      monetary: 0,
      averageValue: 0,
      holdoutX,
      firstDay: first,
    });
  }
  return out;
}

/** BG/NBD: Poisson(λ) purchases; after each repeat purchase, drop out with probability p. */
export function simulateBgNbd(params: BgNbdParams, options: SimulationOptions): CustomerSummary[] {
  return simulate(options, (rng, horizon) => {
    const lambda = rng.gamma(params.r, params.alpha);
    const p = rng.beta(params.a, params.b);
    const times: number[] = [];
    let t = rng.exp(lambda);
    while (t < horizon) {
      times.push(t);
      if (rng.chance(p)) break;
      t += rng.exp(lambda);
    }
    return times;
  });
}

/** Pareto/NBD: Poisson(λ) purchases during an exponential(μ) lifetime. */
export function simulateParetoNbd(params: ParetoNbdParams, options: SimulationOptions): CustomerSummary[] {
  return simulate(options, (rng, horizon) => {
    const lambda = rng.gamma(params.r, params.alpha);
    const lifetime = rng.exp(rng.gamma(params.s, params.beta));
    const end = Math.min(horizon, lifetime);
    const times: number[] = [];
    for (let t = rng.exp(lambda); t < end; t += rng.exp(lambda)) times.push(t);
    return times;
  });
}

/**
 * Gamma-Gamma spend for customers with known repeat counts: ν ~ Gamma(q, γ), each of the x
 * transactions ~ Gamma(p, ν); returns the customers with `monetary` (mean of the x values) set.
 */
export function simulateSpend(
  params: GammaGammaParams,
  customers: readonly CustomerSummary[],
  seed: number,
): CustomerSummary[] {
  const rng = new SeededRng(seed, 1);
  return customers.map((c) => {
    if (c.x === 0) return c;
    const nu = rng.gamma(params.q, params.gamma);
    let sum = 0;
    for (let k = 0; k < c.x; k++) sum += rng.gamma(params.p, nu);
    return { ...c, monetary: sum / c.x, averageValue: sum / c.x };
  });
}
