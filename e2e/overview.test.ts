/**
 * Browser: the overview page. The KPI cards show GET /stats of the seeded demo shop, every report
 * card draws its chart (or table) with the numbers its report returned, the filters reach the
 * API, roles without analytics:run get no recompute button, and a shop without orders is sent to
 * the import page.
 */
import type { Page, Response } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { byMapProvince } from "../packages/web/src/features/overview/provinces.data.ts";
import { browserAvailable, type E2e, login, screenshot, startE2e } from "./harness.ts";

const nf = (options: Intl.NumberFormatOptions) => new Intl.NumberFormat("zh-CN", options);
const count = (n: number) => nf({ maximumFractionDigits: 0 }).format(n);
const percent = (r: number) => nf({ style: "percent", maximumFractionDigits: 1 }).format(r);
const yuan = (fen: number) =>
  nf({
    style: "currency",
    currency: "CNY",
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(fen / 100);

const CHART_CARDS = [
  "card-repeat-rate",
  "card-new-returning",
  "card-churn",
  "card-cohorts",
  "card-map",
  "card-aov",
  "card-gaps",
  "card-traffic",
];

interface Stats {
  customers: number;
  buyers: number;
  orders: number;
  paidOrders: number;
  revenueFen: number;
  repeatRate: number;
}

/** The next response of a report (its URL and JSON). */
function nextReport(page: Page, kind: string, match: (url: URL) => boolean = () => true) {
  return page
    .waitForResponse((r: Response) => {
      const url = new URL(r.url());
      return url.pathname === `/api/v1/analytics/reports/${kind}` && match(url);
    })
    .then(async (r) => ({ url: new URL(r.url()), body: await r.json() }));
}

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).textContent()) ?? "";

describe.runIf(browserAvailable())("overview", () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  it("shows the shop's headline numbers and every report for the last 12 months", async () => {
    const page = await e2e.newPage();
    const repeatRate = nextReport(page, "repeat-rate");
    const gaps = nextReport(page, "gaps");
    const traffic = nextReport(page, "traffic-cost");
    const churn = nextReport(page, "churn");
    const products = nextReport(page, "breakdown", (u) => u.searchParams.get("by") === "product");
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    const provinces = nextReport(page, "breakdown", (u) => u.searchParams.get("by") === "province");
    await login(page, e2e.owner);

    const stats = (await (await page.request.get("/api/v1/stats")).json()) as Stats;
    expect(stats.paidOrders).toBeGreaterThan(100);
    await expect.poll(() => text(page, "kpi-customers")).toContain(count(stats.customers));
    expect(await text(page, "kpi-buyers")).toContain(count(stats.buyers));
    expect(await text(page, "kpi-paidOrders")).toContain(count(stats.paidOrders));
    expect(await text(page, "kpi-paidOrders")).toContain(count(stats.orders));
    expect(await text(page, "kpi-revenue")).toContain(yuan(stats.revenueFen));
    expect(await text(page, "kpi-aov")).toContain(yuan(Math.round(stats.revenueFen / stats.paidOrders)));
    expect(await text(page, "kpi-repeatRate")).toContain(percent(stats.repeatRate));
    expect(await text(page, "kpi-repeatRate")).toContain(count(Math.round(stats.repeatRate * stats.buyers)));

    // The headline numbers are asked for before the (slower) reports take the connections.
    const firstReport = requested.findIndex((p) => p.startsWith("/api/v1/analytics/reports/"));
    expect(requested.indexOf("/api/v1/stats")).toBeGreaterThanOrEqual(0);
    expect(requested.indexOf("/api/v1/stats")).toBeLessThan(firstReport);

    // Default range: the last 12 calendar months up to today in the shop's time zone.
    const rr = await repeatRate;
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: e2e.shop.timeZone }).format(new Date());
    const [y, m] = today.split("-").map(Number) as [number, number];
    const start = new Date(Date.UTC(y, m - 1 - 11, 1)).toISOString().slice(0, 10);
    expect(rr.url.searchParams.get("from")).toBe(start);
    expect(rr.url.searchParams.get("to")).toBe(today);
    expect(rr.url.searchParams.get("granularity")).toBe("month");
    expect(rr.body.total.buyers).toBeGreaterThan(0);

    for (const id of CHART_CARDS) {
      await page.locator(`[data-testid=${id}] canvas`).first().waitFor();
    }
    expect(await text(page, "card-repeat-rate")).toContain(percent(rr.body.total.repeatRate));
    expect(await text(page, "card-new-returning")).toContain(
      percent(rr.body.total.returningBuyerRevenueShare),
    );
    const churnBody = (await churn).body;
    expect(await text(page, "card-churn")).toContain(`流失阈值 ${churnBody.churnDays} 天`);
    const gapsBody = (await gaps).body;
    expect(await text(page, "card-gaps")).toContain(`中位数 ${Math.round(gapsBody.medianDays)} 天`);
    const trafficBody = (await traffic).body;
    expect(trafficBody.share).toBe(0.2);
    expect(await text(page, "card-traffic")).toContain(yuan(trafficBody.total.effectiveCostPerOrderFen));
    expect(await text(page, "card-traffic")).toContain(yuan(trafficBody.total.costPerOrderIfAllPaidFen));

    const topProduct = (await products).body.rows[0];
    await expect
      .poll(() => page.locator("[data-testid=card-products] tbody tr.ant-table-row").count())
      .toBeGreaterThan(0);
    const firstRow = await page
      .locator("[data-testid=card-products] tbody tr.ant-table-row")
      .first()
      .textContent();
    expect(firstRow ?? "").toContain(topProduct.label);
    expect(firstRow ?? "").toContain(count(topProduct.repeatBuyers));

    const { provinces: merged } = byMapProvince((await provinces).body.rows);
    expect(merged.length).toBeGreaterThan(20);
    const top = merged[0];
    expect(await page.getByTestId("province-row").first().textContent()).toContain(top?.name ?? "?");

    await expect.poll(() => text(page, "analytics-runs")).toContain("客户指标更新于");
    await page.mouse.move(0, 0);
    await screenshot(page, "overview");
  });

  it("sends the chosen range and platform to the reports", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.getByTestId("kpi-customers").waitFor();
    const stats = (await (await page.request.get("/api/v1/stats")).json()) as Stats;

    const whole = nextReport(page, "repeat-rate", (u) => !u.searchParams.has("from"));
    await page.getByText("全部历史", { exact: true }).click();
    await page.waitForURL(/range=all/);
    const wholeBody = (await whole).body;
    // The whole history's repeat rate is the headline one.
    expect(wholeBody.total.repeatRate).toBeCloseTo(stats.repeatRate, 10);
    await expect.poll(() => text(page, "card-repeat-rate")).toContain(percent(stats.repeatRate));

    const taobao = nextReport(page, "repeat-rate", (u) => u.searchParams.get("platform") === "taobao");
    await page.getByRole("combobox", { name: "平台" }).click();
    await page.locator(".ant-select-item-option", { hasText: "淘宝/天猫" }).click();
    expect((await taobao).body.platform).toBe("taobao");
    await page.waitForURL(/platform=taobao/);

    // Before the demo shop's first order: every card says so and offers the whole history.
    await page.goto("/?from=2020-01-01&to=2020-03-31");
    await expect.poll(() => text(page, "card-repeat-rate")).toContain("所选时间段内没有已付款订单");
    await page.getByTestId("card-churn").getByRole("button", { name: "查看全部历史" }).click();
    await page.waitForURL(/range=all/);
    await page.locator("[data-testid=card-churn] canvas").first().waitFor();
  });

  it("lets the owner recompute, and hides the button from 售后", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.getByTestId("analytics-runs").waitFor();
    const runs = async () =>
      (await (await page.request.get("/api/v1/analytics/runs")).json()).runs as {
        id: number;
        status: string;
      }[];
    const before = (await runs())[0]?.id ?? 0;
    const button = page.getByRole("button", { name: "重新计算" });
    const accepted = page.waitForResponse((r) => r.url().endsWith("/api/v1/analytics/recompute"));
    await button.click();
    expect((await accepted).status()).toBe(202);
    await page.getByText("已开始计算，完成后报表自动更新").waitFor();
    await expect
      .poll(async () => (await runs()).find((r) => r.id > before)?.status, { timeout: 60_000 })
      .toBe("succeeded");
    // The line followed the run to its end and offers the button again.
    await expect.poll(() => button.isEnabled(), { timeout: 10_000 }).toBe(true);
    expect(await text(page, "analytics-runs")).toContain("客户指标更新于");

    const staff = await e2e.newPage();
    await login(staff, e2e.aftersale);
    await expect.poll(() => text(staff, "analytics-runs")).toContain("客户指标更新于");
    expect(await staff.getByRole("button", { name: "重新计算" }).count()).toBe(0);
    await staff.locator("[data-testid=card-repeat-rate] canvas").first().waitFor();
  });

  it("fits a phone", async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, e2e.owner);
    for (const id of CHART_CARDS) await page.locator(`[data-testid=${id}] canvas`).first().waitFor();
    await page.locator("[data-testid=card-products] tbody tr.ant-table-row").first().waitFor();
    // Nothing wider than the screen except inside the scrolling table.
    const overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "overview-phone");
  });

  it("reads in English", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.getByText("English", { exact: true }).click();
    await expect.poll(() => text(page, "card-repeat-rate")).toContain("Range repeat rate");
    for (const id of CHART_CARDS) await page.locator(`[data-testid=${id}] canvas`).first().waitFor();
    expect(await text(page, "kpi-aov")).toContain("Average order value");
    await page.mouse.move(0, 0);
    await screenshot(page, "overview-en");
  });

  it("points a shop without orders to the import page", async () => {
    const page = await e2e.newPage();
    // A new shop's /stats (the harness seeds one shop with orders; the page needs only this answer).
    await page.route("**/api/v1/stats", (route) =>
      route.fulfill({
        json: { customers: 0, buyers: 0, orders: 0, paidOrders: 0, revenueFen: 0, repeatRate: 0 },
      }),
    );
    await login(page, e2e.owner);
    await page.getByTestId("overview-empty").waitFor();
    expect(await page.locator("canvas").count()).toBe(0);
    expect(await text(page, "overview-empty")).toContain("还没有订单数据");
    await screenshot(page, "overview-empty");
    await page.getByRole("button", { name: "导入订单" }).click();
    await page.waitForURL(/\/imports$/);
  });
});
