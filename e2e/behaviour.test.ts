/**
 * Browser: behaviour inferences on the customer page (decision 0011). The harness's demo shop
 * went through `refreshShopSegments`, which infers behaviour from its orders (the specs have no
 * handle on the database, so the inferences are the real ones the generator's profiles produce).
 * The owner reads a customer's inferences as sentences, confirms one (still confirmed after a
 * reload), rejects another (folded under "显示已否定") and takes that back; an analyst sees them
 * without buttons; the owner tightens a threshold in the analytics settings; and the card fits a
 * phone. The tests run in order and build on each other.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { card, screenView, settled } from "./antd.ts";
import {
  browserAvailable,
  E2E_PASSWORD,
  type E2e,
  login,
  SCREENSHOTS,
  screenshot,
  startE2e,
} from "./harness.ts";

interface Inference {
  kind: string;
  value: string | null;
  confidence: number;
  evidence: Record<string, number>;
  status: "inferred" | "confirmed" | "rejected";
}

const ANALYST = { email: "analyst@e2e.laoke", password: E2E_PASSWORD };
const SEASONS: Record<string, string> = { spring: "春季", summer: "夏季", autumn: "秋季", winter: "冬季" };

/**
 * The start of the Chinese sentence the card should show, written out here rather than taken from
 * the app, so a wrong template or a wrong count fails the test.
 */
function expectedStart(i: Inference): string {
  const e = i.evidence;
  switch (i.kind) {
    case "payday_buyer":
      return `发薪日买家 — ${e.days} 个购买日中 ${e.inWindow} 个在每月 10–15 日`;
    case "gift_buyer":
      return `送礼买家 — ${e.days} 个购买日中 ${e.beforeFestival} 个在`;
    case "promotion_driven":
      return `大促型买家 — ${e.days} 个购买日中 ${e.onPromotion} 个在 618、双11、双12 大促期间`;
    case "seasonal_buyer":
      return `季节型买家:${SEASONS[i.value ?? ""]} — ${e.days} 个购买日中 ${e.inSeason} 个在`;
    case "plus_size":
      return `穿大码 — 有尺码的 ${e.lines} 件中 ${e.plusLines} 件是 3XL 及以上`;
    case "preferred_colour":
      return `偏好颜色:${i.value} — ${e.lines} 件中 ${e.withValue} 件`;
    case "preferred_size":
      return `偏好尺码:${i.value} — ${e.lines} 件中 ${e.withValue} 件`;
    default:
      return `可能是${i.value === "male" ? "男" : "女"}性 — 分得出男女款的 ${e.lines} 件中`;
  }
}

/** The customer's inferences through the API (as the signed-in page). */
async function inferencesOf(page: Page, id: number): Promise<Inference[]> {
  const response = await page.request.get(`/api/v1/customers/${id}/inferences`);
  expect(response.status()).toBe(200);
  return ((await response.json()) as { items: Inference[] }).items;
}

/** The row of one kind of inference on the card. */
const row = (page: Page, kind: string) =>
  card(page, "行为推断").locator(`[data-testid=inference][data-kind=${kind}]`);

describe.runIf(browserAvailable())("behaviour", () => {
  let e2e: E2e;
  let customerId = 0;
  let first: Inference;
  let second: Inference;
  beforeAll(async () => {
    e2e = await startE2e({ customers: 150 });
  });
  afterAll(async () => e2e?.close());

  it("reads a customer's inferences as sentences with their confidence", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    // The most frequent buyers say the most about themselves: the first with two inferences.
    const top = (await (await page.request.get("/api/v1/customers?sort=orders&limit=40")).json()) as {
      items: { id: number }[];
    };
    for (const { id } of top.items) {
      const items = await inferencesOf(page, id);
      if (items.length >= 2) {
        customerId = id;
        [first, second] = items as [Inference, Inference];
        break;
      }
    }
    expect(customerId, "a demo customer with two inferences").toBeGreaterThan(0);

    await page.goto(`/customers/${customerId}`);
    for (const inference of [first, second]) {
      const item = row(page, inference.kind);
      await item.waitFor();
      expect(await item.textContent()).toContain(expectedStart(inference));
    }
    const level = first.confidence >= 0.7 ? "高" : first.confidence >= 0.4 ? "中" : "低";
    const tag = row(page, first.kind).getByText(`可信度${level}`);
    await tag.hover();
    await page
      .locator(".ant-tooltip:visible")
      .getByText(`可信度 ${Math.round(first.confidence * 100)}%。可信度是证据比例的 95% 置信下限`)
      .waitFor();
    // It fits a laptop's screen beside the metrics, tooltip and all.
    expect(
      await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth"),
    ).toBeLessThanOrEqual(0);
    await screenView(page, "behaviour-customer");
  });

  it("confirms one, and it stays confirmed after a reload", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto(`/customers/${customerId}`);
    const item = row(page, first.kind);
    await item.getByRole("button", { name: /^确认/ }).click();
    await item.getByText("已确认").waitFor();
    expect(await item.textContent()).toContain("王店主");
    expect(await item.getByRole("button", { name: /^确认/ }).count()).toBe(0);

    await page.reload();
    await row(page, first.kind).getByText("已确认").waitFor();
    expect((await inferencesOf(page, customerId)).find((i) => i.kind === first.kind)?.status).toBe(
      "confirmed",
    );
  });

  it("rejects another, which folds away under 显示已否定, and takes that back", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto(`/customers/${customerId}`);
    const inferences = card(page, "行为推断");
    await row(page, second.kind).getByRole("button", { name: /^否定/ }).click();
    await expect.poll(() => row(page, second.kind).count()).toBe(0);
    const toggle = inferences.getByRole("button", { name: "显示已否定(1)" });
    await toggle.click();
    const item = row(page, second.kind);
    await item.getByText("已否定").waitFor();
    expect(await item.getAttribute("data-status")).toBe("rejected");
    await screenshot(page, "behaviour-rejected");

    await item.getByRole("button", { name: /^撤销/ }).click();
    await expect.poll(() => item.getAttribute("data-status")).toBe("inferred");
    expect(await inferences.getByRole("button", { name: /显示已否定|隐藏已否定/ }).count()).toBe(0);
    // Rejected again (still shown: the list stays unfolded), for the analyst and the phone.
    await item.getByRole("button", { name: /^否定/ }).click();
    await expect.poll(() => item.getAttribute("data-status")).toBe("rejected");
    await inferences.getByRole("button", { name: "隐藏已否定" }).waitFor();
  });

  it("shows an analyst the inferences without any button", async () => {
    const owner = await e2e.newPage();
    await login(owner, e2e.owner);
    const csrf = (await owner.context().cookies()).find((c) => c.name === "laoke_csrf")?.value ?? "";
    const created = await owner.request.post("/api/v1/staff", {
      data: { ...ANALYST, role: "analyst", displayName: "小赵" },
      headers: { "x-csrf-token": csrf },
    });
    expect(created.status(), await created.text()).toBeLessThan(300);

    const page = await e2e.newPage();
    await login(page, ANALYST);
    await page.goto(`/customers/${customerId}`);
    await row(page, first.kind).getByText("已确认").waitFor();
    for (const name of [/^确认/, /^否定/, /^撤销/])
      expect(await card(page, "行为推断").getByRole("button", { name }).count()).toBe(0);
  });

  it("changes a behaviour threshold in the analytics settings", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto("/settings/shop");
    const analytics = card(page, "分析设置");
    await analytics.getByText("行为推断", { exact: true }).waitFor();
    const save = analytics.getByRole("button", { name: "保存", exact: true });

    // The window's first day after its last is caught before anything is sent.
    const from = page.getByRole("spinbutton", { name: "发薪日窗口开始日" });
    await from.fill("20");
    await save.click();
    await analytics.getByText("开始日不能晚于结束日", { exact: true }).waitFor();
    await from.fill("10");
    await page.getByRole("spinbutton", { name: "发薪日窗口结束日" }).fill("18");
    await page.getByRole("spinbutton", { name: "发薪日买家最少购买日" }).fill("4");
    await page.getByRole("spinbutton", { name: "性别推断最低比例" }).fill("90");
    await save.click();
    await page.getByText("已保存").first().waitFor();
    const saved = (await (await page.request.get("/api/v1/shop/settings/analytics")).json()) as {
      settings: { behaviour: Record<string, unknown> };
      overrides: { behaviour?: Record<string, unknown> };
    };
    expect(saved.settings.behaviour).toMatchObject({
      payday: { fromDay: 10, toDay: 18 },
      paydayMinDays: 4,
      genderMinShare: 0.9,
      significance: 0.01,
    });
    expect(Object.keys(saved.overrides.behaviour ?? {}).sort()).toEqual([
      "genderMinShare",
      "payday",
      "paydayMinDays",
    ]);

    await page.reload();
    await expect
      .poll(() => page.getByRole("spinbutton", { name: "发薪日买家最少购买日" }).inputValue())
      .toBe("4");
    await expect
      .poll(() => page.getByRole("spinbutton", { name: "性别推断最低比例" }).inputValue())
      .toBe("90");
    await analytics.getByRole("button", { name: "将“发薪日窗口”恢复为默认值" }).click();
    await expect
      .poll(() => page.getByRole("spinbutton", { name: "发薪日窗口结束日" }).inputValue())
      .toBe("15");
    await settled(page);
    await analytics.getByText("行为推断", { exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, "behaviour-settings");
  });

  it("lays the card out on a phone", async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, e2e.owner);
    await page.goto(`/customers/${customerId}`);
    await row(page, first.kind).getByText("已确认").waitFor();
    await card(page, "行为推断").getByRole("button", { name: "显示已否定(1)" }).click();
    await row(page, second.kind).getByText("已否定").waitFor();
    const overflow = () => page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(await overflow()).toBeLessThanOrEqual(0);
    await card(page, "行为推断").scrollIntoViewIfNeeded();
    await screenshot(page, "behaviour-customer-phone");
    await card(page, "行为推断").screenshot({ path: join(SCREENSHOTS, "behaviour-card-phone.png") });
  });
});
