import { describe, expect, it } from "vitest";
import { fitBgNbd, fitParetoNbd } from "./fit.ts";
import { groupRfm } from "./grouping.ts";
import { purchaseModelOf } from "./intervals.ts";
import { cdnowSummary } from "./testing.ts";
import { validateHoldout } from "./validation.ts";

describe("CDNOW holdout validation (Fader, Hardie & Lee 2005, figure 2)", () => {
  it("tracks the weekly cumulative repeat transactions and the holdout total", async () => {
    const summary = await cdnowSummary();
    const rows = groupRfm(summary.customers);
    for (const fit of [fitBgNbd(rows), fitParetoNbd(rows)]) {
      const v = validateHoldout(purchaseModelOf(fit), summary);
      expect(v.holdoutWeeks).toBe(39);
      expect(v.holdoutActual).toBe(1882);
      // Both models under-predict this file's holdout total (by about 12 %); the weekly curve tracks.
      expect(v.holdoutPredicted).toBeGreaterThan(0.85 * v.holdoutActual);
      expect(v.holdoutPredicted).toBeLessThan(1.1 * v.holdoutActual);
      expect(v.weekly).toHaveLength(78);
      const last = v.weekly.at(-1);
      expect(last?.actual).toBe(2457 + 1882);
      expect(Math.abs((last?.predicted ?? 0) / 4339 - 1)).toBeLessThan(0.06);
      expect(v.mape).toBeLessThan(10);
      // Cumulative series never decrease; the holdout flag starts at week 40.
      for (let i = 1; i < v.weekly.length; i++) {
        expect(v.weekly[i]?.actual).toBeGreaterThanOrEqual(v.weekly[i - 1]?.actual ?? 0);
        expect(v.weekly[i]?.predicted).toBeGreaterThanOrEqual(v.weekly[i - 1]?.predicted ?? 0);
      }
      expect(v.weekly.findIndex((w) => w.holdout)).toBe(39);
    }
  });
});
