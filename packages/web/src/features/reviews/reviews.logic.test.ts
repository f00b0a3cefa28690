import dayjs from "dayjs";
import { describe, expect, it } from "vitest";
import type { Order } from "../customers/customers.api.ts";
import type { Review } from "./reviews.api.ts";
import { addReviewBody, isDeletable, orderChoices, productChoices, shownReviews } from "./reviews.logic.ts";

const line = (productId: number | null, title: string) => ({ productId, title }) as Order["items"][number];
const order = (id: number, externalId: string, orderedAt: string, items: Order["items"]) =>
  ({ id, externalId, orderedAt, items }) as Order;
const review = (id: number) => ({ id, source: "import" }) as Review;

describe("addReviewBody", () => {
  it("sends only what was filled in, the text trimmed and the time as ISO", () => {
    expect(addReviewBody({ rating: 4, content: "  ", reviewedAt: null })).toEqual({ rating: 4 });
    const at = dayjs("2026-05-01T09:30:00Z");
    expect(
      addReviewBody({
        rating: 5,
        content: " 面料很好 ",
        orderId: 7,
        productId: 9,
        hasImages: true,
        reviewedAt: at,
      }),
    ).toEqual({
      rating: 5,
      content: "面料很好",
      orderId: 7,
      productId: 9,
      hasImages: true,
      reviewedAt: "2026-05-01T09:30:00.000Z",
    });
  });
});

describe("isDeletable", () => {
  it("allows deleting what staff typed in, never an imported review", () => {
    expect(isDeletable({ source: "manual" })).toBe(true);
    expect(isDeletable({ source: "import" })).toBe(false);
  });
});

describe("order and product choices", () => {
  const orders = [
    order(1, "T100", "2026-01-02T00:00:00Z", [line(11, "连衣裙"), line(null, "赠品"), line(12, "T恤")]),
    order(2, "T200", "2026-03-04T00:00:00Z", [line(11, "连衣裙"), line(13, "帽子")]),
  ];

  it("lists orders newest first with their number and day", () => {
    expect(orderChoices(orders, (iso) => iso.slice(0, 10))).toEqual([
      { value: 2, label: "T200 · 2026-03-04" },
      { value: 1, label: "T100 · 2026-01-02" },
    ]);
  });

  it("offers each bought product once, only the chosen order's when there is one", () => {
    expect(productChoices(orders).map((c) => c.value)).toEqual([11, 12, 13]);
    expect(productChoices(orders, 2)).toEqual([
      { value: 11, label: "连衣裙" },
      { value: 13, label: "帽子" },
    ]);
    expect(productChoices([], 2)).toEqual([]);
  });
});

describe("shownReviews", () => {
  const newest = [review(3), review(2)];
  it("shows the detail's newest until every page is asked for and loaded", () => {
    expect(shownReviews(newest, undefined, false).map((r) => r.id)).toEqual([3, 2]);
    expect(shownReviews(newest, undefined, true).map((r) => r.id)).toEqual([3, 2]);
    const pages = [{ items: [review(3), review(2)] }, { items: [review(1)] }];
    expect(shownReviews(newest, pages, true).map((r) => r.id)).toEqual([3, 2, 1]);
    expect(shownReviews(newest, pages, false).map((r) => r.id)).toEqual([3, 2]);
  });
});
