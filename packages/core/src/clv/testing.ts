/** Test helpers: the CDNOW sample (shared/data, beside the repository) summarised as in the literature. */
import path from "node:path";
import { readCdnowTransactions } from "./cdnow.ts";
import { type SummaryResult, summarizeTransactions } from "./summary.ts";

/** Path of the CDNOW 1/10 sample. */
export const CDNOW_FILE = path.resolve(import.meta.dirname, "../../../../../shared/data/CDNOW_sample.txt");

/** CDNOW with the published windows: calibration to 1997-09-30, holdout to 1998-06-30. */
export async function cdnowSummary(): Promise<SummaryResult> {
  return summarizeTransactions(await readCdnowTransactions(CDNOW_FILE), {
    calibrationEnd: "1997-09-30",
    holdoutEnd: "1998-06-30",
  });
}

/** Significant-figure comparison: |a − b| within half a unit of the `digits`-th figure of b. */
export function sameSignificant(a: number, b: number, digits: number): boolean {
  const unit = 10 ** (Math.floor(Math.log10(Math.abs(b))) - digits + 1);
  return Math.abs(a - b) <= unit / 2;
}
