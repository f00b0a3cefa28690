import { describe, expect, it } from "vitest";
import { type AnalyticsSettings, isOverridden, resetPatch, toForm, toPatch } from "./analyticsForm.ts";

/** The server's defaults (packages/core/src/analytics/settings.ts). */
const DEFAULTS: AnalyticsSettings = {
  rfm: { recencyDays: null, frequency: null, monetaryFen: null },
  aovBandsFen: null,
  churnDays: null,
  atRiskDays: null,
  trafficCostShare: 0.2,
  clv: { model: "bgnbd", horizonDays: 365, annualDiscountRate: 0.1, penalty: 0, refitGrowth: 0.1 },
  behaviour: {
    significance: 0.01,
    payday: { fromDay: 10, toDay: 15 },
    paydayMinDays: 3,
    giftDaysBefore: 10,
    giftMinDays: 3,
    promotionMinDays: 3,
    seasonalMinDays: 4,
    plusMinLines: 2,
    plusMinShare: 0.5,
    preferenceMinLines: 3,
    preferenceMinShare: 0.5,
    genderMinLines: 3,
    genderMinShare: 0.8,
  },
};

describe("behaviour thresholds in the analytics form", () => {
  it("shows shares as percentages and sends nothing when nothing changed", () => {
    const form = toForm(DEFAULTS);
    expect(form.behaviour).toMatchObject({
      paydayFromDay: 10,
      paydayToDay: 15,
      plusMinPct: 50,
      genderMinPct: 80,
    });
    expect(toPatch(form, DEFAULTS)).toEqual({});
  });

  it("sends only what changed, shares as 0–1 and the payday window whole", () => {
    const form = toForm(DEFAULTS);
    form.behaviour.paydayToDay = 20;
    form.behaviour.genderMinPct = 70;
    form.behaviour.giftDaysBefore = 7;
    expect(toPatch(form, DEFAULTS)).toEqual({
      behaviour: { payday: { fromDay: 10, toDay: 20 }, giftDaysBefore: 7, genderMinShare: 0.7 },
    });
  });

  it("resets a threshold (the payday window as one) with a null, and knows which are the shop's own", () => {
    expect(resetPatch("behaviour.payday")).toEqual({ behaviour: { payday: null } });
    expect(resetPatch("behaviour.plusMinShare")).toEqual({ behaviour: { plusMinShare: null } });
    const overrides = { behaviour: { payday: { toDay: 20 } } };
    expect(isOverridden(overrides, "behaviour.payday")).toBe(true);
    expect(isOverridden(overrides, "behaviour.significance")).toBe(false);
    expect(isOverridden({}, "behaviour.payday")).toBe(false);
  });
});
