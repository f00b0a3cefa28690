import { createTestDatabase } from "@laoke/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { JobSender } from "../jobs.ts";
import { buildShop } from "../testing/fixtures.ts";
import { recomputeSingletonKey, runRecomputeJob, sendNightlyRecomputes } from "./index.ts";

let h: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  h = await createTestDatabase();
});
afterAll(async () => {
  await h?.dispose();
});

/** A sender that records what it was asked to send. */
function recorder() {
  const sent: { name: string; payload: unknown; singletonKey?: string }[] = [];
  const jobs: JobSender = {
    async send(name, payload, options) {
      sent.push({ name, payload, ...(options?.singletonKey ? { singletonKey: options.singletonKey } : {}) });
      return "id";
    },
  };
  return { jobs, sent };
}

describe("nightly recompute", () => {
  it("sends the full run to the shops whose local time is 03:xx, in each shop's own zone", async () => {
    const shanghai = await buildShop(h.db);
    const newYork = await buildShop(h.db, { timeZone: "America/New_York" });
    const berlin = await buildShop(h.db, { timeZone: "Europe/Berlin" });

    const atShanghai = recorder();
    // 19:30 UTC = 03:30 in Shanghai, 14:30 in New York (EST), 20:30 in Berlin.
    expect(await sendNightlyRecomputes(h.db, atShanghai.jobs, new Date("2026-01-15T19:30:00Z"))).toEqual([
      shanghai.id,
    ]);
    expect(atShanghai.sent).toEqual([
      {
        name: "analytics.recompute",
        payload: { shopId: shanghai.id, mode: "full" },
        singletonKey: recomputeSingletonKey(shanghai.id, "full"),
      },
    ]);
    // 08:30 UTC = 03:30 in New York in winter; 07:30 UTC in summer (EDT).
    expect(await sendNightlyRecomputes(h.db, recorder().jobs, new Date("2026-01-15T08:30:00Z"))).toEqual([
      newYork.id,
    ]);
    expect(await sendNightlyRecomputes(h.db, recorder().jobs, new Date("2026-07-15T07:30:00Z"))).toEqual([
      newYork.id,
    ]);
    expect(await sendNightlyRecomputes(h.db, recorder().jobs, new Date("2026-01-15T02:30:00Z"))).toEqual([
      berlin.id,
    ]);
    expect(await sendNightlyRecomputes(h.db, recorder().jobs, new Date("2026-01-15T12:30:00Z"))).toEqual([]);
  });

  it("runs a recompute job for a shop (an empty shop recomputes nobody)", async () => {
    const shop = await buildShop(h.db);
    expect(await runRecomputeJob(h, { shopId: shop.id, mode: "incremental" })).toMatchObject({
      mode: "full",
      customers: 0,
    });
  });
});
