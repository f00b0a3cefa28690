import type { Shop } from "@laoke/core";
import { recordAudit } from "@laoke/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, type Session, startShopServer, type TestServer } from "./testing.ts";

let server: TestServer;
let shop: Shop;
let owner: Session;

beforeAll(async () => {
  ({ server, shop, owner } = await startShopServer());
});
afterAll(() => server.close());

const forged = (parts: unknown) => Buffer.from(JSON.stringify(parts)).toString("base64url");

describe("cursors", () => {
  it("a forged or garbled cursor is a 400 invalid_cursor on every paged list, never a 500", async () => {
    const garbled = ["%%%", forged(["x", "y", "z", "w"]), forged({ id: 1 })];
    const badTimes = {
      "/api/v1/audit": [forged(["not a time", 1]), forged(["2026-02-30 10:00:00+00", 1])],
      "/api/v1/orders": [forged(["2026-13-45 99:00:00+00", 1])],
      "/api/v1/customers": [forged(["last_order", "2026-13-45 99:00:00+00", 1]), forged(["spend", "x", 1])],
      "/api/v1/imports": [forged(["1"])],
      "/api/v1/follow-ups": [forged(["2026-13-45 99:00:00+00", 1]), forged(["2026-11-27 10:00:00+00", "1"])],
    };
    for (const [url, forgeries] of Object.entries(badTimes)) {
      for (const cursor of [...garbled, ...forgeries]) {
        const res = await call(server, owner, { url: `${url}?cursor=${encodeURIComponent(cursor)}` });
        expect(res.statusCode, `${url} ${cursor}`).toBe(400);
        expect(res.json().code, url).toBe("invalid_cursor");
      }
    }
  });

  it("audit pages neither skip nor repeat events written in the same millisecond", async () => {
    // One transaction: now() is the same instant for every row, so only the id orders them.
    await server.handle.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 7; i++) {
        await recordAudit(trx, null, {
          shopId: shop.id,
          action: "settings.changed",
          targetIds: [`same-${i}`],
        });
      }
    });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : "";
      const page = (
        await call(server, owner, { url: `/api/v1/audit?action=settings.changed&limit=3${query}` })
      ).json();
      seen.push(...page.items.map((e: { targetIds: string[] }) => e.targetIds[0]));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(["same-6", "same-5", "same-4", "same-3", "same-2", "same-1", "same-0"]);
  });

  it("audit events can be limited to a time range, and a malformed time is a 400", async () => {
    for (const [target, at] of [
      ["range-old", "2026-01-01T00:00:00Z"],
      ["range-mid", "2026-02-15T08:00:00Z"],
      ["range-end", "2026-03-01T00:00:00Z"],
    ] as const) {
      await recordAudit(server.handle.db, null, {
        shopId: shop.id,
        action: "settings.changed",
        targetIds: [target],
      });
      await server.handle.pool.query(
        "update audit_events set occurred_at = $1 where shop_id = $2 and $3 = any(target_ids)",
        [at, shop.id, target],
      );
    }
    const page = (
      await call(server, owner, {
        url: "/api/v1/audit?action=settings.changed&from=2026-02-01T00:00:00Z&to=2026-03-01T00:00:00Z",
      })
    ).json();
    expect(page.items.map((e: { targetIds: string[] }) => e.targetIds[0])).toEqual(["range-mid"]);
    const bad = await call(server, owner, { url: "/api/v1/audit?from=last-tuesday" });
    expect(bad.statusCode).toBe(400);
  });
});
