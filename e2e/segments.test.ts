/**
 * Browser: segments (分群). The owner builds a rule with a nested OR group, watches the live count
 * (never sent while a condition is half-filled) agree with the API, saves a dynamic segment, opens
 * it and exports its members; an analyst may look but not create; and it all fits a phone.
 * The tests run in order: the later ones open the segment the first one saved.
 */
import { readFileSync } from "node:fs";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, E2E_PASSWORD, type E2e, login, screenshot, startE2e } from "./harness.ts";

const ANALYST = { email: "analyst@e2e.laoke", password: E2E_PASSWORD };

/**
 * Choose `option` (an option's exact title) in the antd Select `select`, typing `search` first
 * when given. antd ignores clicks on a dropdown still sliding in, so the click waits for it.
 */
async function choose(page: Page, select: Locator, option: string, search?: string) {
  await select.click();
  if (search) await page.keyboard.type(search);
  const dropdown = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").last();
  await dropdown.waitFor();
  await expect.poll(async () => (await dropdown.getAttribute("class")) ?? "").not.toMatch(/-(enter|appear)/);
  await dropdown.locator(`.ant-select-item-option[title="${option}"]`).click();
}

/** The CSRF header a write through page.request needs. */
async function csrf(page: Page): Promise<Record<string, string>> {
  const cookie = (await page.context().cookies()).find((c) => c.name === "laoke_csrf");
  return { "x-csrf-token": cookie?.value ?? "" };
}

/** The live count once it settled (the number is only exposed when no count is in flight). */
const liveCount = (page: Page) => page.getByTestId("live-count-value").getAttribute("data-count");

describe.runIf(browserAvailable())("segments", () => {
  let e2e: E2e;
  let segmentId = 0;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  it("builds a rule with a nested OR group, counts it live, saves it, and shows and exports its members", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    // Two provinces the demo shop's buyers come from, as the importer spelled them.
    const places = (await (
      await page.request.get("/api/v1/analytics/reports/breakdown?by=province&limit=5")
    ).json()) as { rows: { key: string | null }[] };
    const [p1, p2] = places.rows.flatMap((r) => (r.key ? [r.key] : []));
    expect(p2).toBeTruthy();
    const counted: string[] = [];
    page.on("request", (request) => {
      if (request.url().endsWith("/api/v1/segments/count")) counted.push(request.postData() ?? "");
    });

    await page.getByRole("menuitem", { name: "分群" }).click();
    await page.waitForURL(/\/segments$/);
    await page.getByText("还没有分群").waitFor();
    await page.getByRole("button", { name: "新建分群" }).first().click();
    await page.waitForURL(/\/segments\/new$/);
    await page.getByLabel("名称").fill("高消费江浙客户");
    await page.getByText("动态:每次导入订单和分析后自动按规则重新计算成员。").waitFor();

    // 1: 累计消费 ≥ ¥100 (typed in 元, sent in 分).
    await choose(page, page.getByRole("combobox", { name: "条件 1 的字段" }), "累计消费", "累计");
    await page.getByRole("spinbutton", { name: "条件 1 的值" }).fill("100");
    await expect.poll(() => liveCount(page)).not.toBeNull();

    // 2 (in a new OR group) is empty: the bar says so and nothing is counted.
    await page.getByRole("button", { name: "添加条件组" }).click();
    const issue = page.getByTestId("live-count-issue");
    await expect.poll(() => issue.textContent()).toBe("条件 2:请选择字段");
    await choose(page, page.getByRole("combobox", { name: "条件 2 的字段" }), "省份", "省份");
    await expect.poll(() => issue.textContent()).toBe("条件 2:请填写值");
    const sentBefore = counted.length;
    await page.waitForTimeout(800);
    expect(counted.length).toBe(sentBefore);
    const provinces = page.getByRole("combobox", { name: "条件 2 的值" });
    for (const province of [p1, p2]) {
      await provinces.click();
      await page.keyboard.type(province as string);
      await page.keyboard.press("Enter");
    }
    await page.keyboard.press("Escape");

    // 3: in the same OR group, 流失状态 属于 活跃.
    const group = page.getByTestId("rule-group").nth(1);
    expect(
      await group.getByRole("combobox", { name: "条件组关系" }).locator("xpath=..").textContent(),
    ).toContain("满足以下任一条件");
    await group.getByRole("button", { name: /添加条件$/ }).click();
    await choose(page, page.getByRole("combobox", { name: "条件 3 的字段" }), "流失状态", "流失");
    await choose(page, page.getByRole("combobox", { name: "条件 3 的值" }), "活跃");
    await page.keyboard.press("Escape");

    // Every rule sent was complete, and the settled count is the API's.
    const rule = {
      all: [
        { field: "total_spent_fen", op: "gte", value: 10_000 },
        {
          any: [
            { field: "province", op: "in", value: [p1, p2] },
            { field: "churn_status", op: "in", value: ["active"] },
          ],
        },
      ],
    };
    const api = (await (
      await page.request.post("/api/v1/segments/count", { data: { rule }, headers: await csrf(page) })
    ).json()) as { count: number };
    expect(api.count).toBeGreaterThan(0);
    await expect.poll(() => liveCount(page)).toBe(String(api.count));
    expect(await page.getByTestId("live-count").textContent()).toMatch(
      new RegExp(`约 ${api.count.toLocaleString("zh-CN")} 位客户符合[\\s\\S]*查询用时 [\\d,]+ 毫秒`),
    );
    for (const body of counted) expect(body).not.toMatch(/"op":""|"field":""/);
    await screenshot(page, "segment-builder");

    await page.getByRole("button", { name: "保存分群" }).click();
    await page.waitForURL(/\/segments\/\d+$/);
    segmentId = Number(page.url().split("/").pop());
    const saved = (await (await page.request.get(`/api/v1/segments/${segmentId}`)).json()) as {
      rule: unknown;
      memberCount: number;
      kind: string;
    };
    expect(saved).toEqual(expect.objectContaining({ rule, memberCount: api.count, kind: "dynamic" }));
    expect(await page.getByTestId("rule-text").textContent()).toBe(
      `累计消费 ≥ ¥100 且 (省份属于 ${p1}、${p2} 或 流失状态属于 活跃)`,
    );
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(Math.min(api.count, 20));
    await rows.first().locator("a").first().waitFor();
    await expect.poll(() => page.getByTestId("segment-event").count()).toBe(Math.min(api.count, 20));
    await page.getByRole("img", { name: "近 30 天加入与离开" }).waitFor();

    // 立即刷新 changes nothing: the members are current.
    await page.getByRole("button", { name: "立即刷新" }).click();
    await page.getByText(`已刷新:现有 ${api.count} 人,新加入 0 人,离开 0 人`).waitFor();
    await screenshot(page, "segment-detail");

    // The owner may export the members (a CSV with a header and one line per member).
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /导出 CSV/ }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, "utf8");
    const lines = csv.split(/\r?\n/).filter((line) => line !== "");
    expect(lines.length).toBe(api.count + 1);
  });

  it("edits a saved rule in the builder, and keeps a static segment's rule read-only", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto(`/segments/${segmentId}/edit`);
    await expect.poll(() => page.getByTestId("rule-condition").count()).toBe(3);
    const members = (await (await page.request.get(`/api/v1/segments/${segmentId}`)).json()) as {
      memberCount: number;
    };
    await expect.poll(() => liveCount(page)).toBe(String(members.memberCount));
    await page.getByRole("button", { name: "删除条件 1" }).click();
    await expect.poll(() => liveCount(page)).not.toBe(String(members.memberCount));
    await page.getByRole("button", { name: "保存分群" }).click();
    await page.waitForURL(new RegExp(`/segments/${segmentId}$`));
    await expect
      .poll(() => page.getByTestId("rule-text").textContent())
      .toMatch(/^省份属于 .+ 或 流失状态属于 活跃$/);

    const created = await page.request.post("/api/v1/segments", {
      data: { name: "双十一快照", kind: "static", rule: { field: "paid_orders", op: "gte", value: 3 } },
      headers: await csrf(page),
    });
    expect(created.status()).toBe(201);
    const snapshot = (await created.json()) as { id: number };
    await page.goto(`/segments/${snapshot.id}/edit`);
    await page.getByText("静态分群的规则不能修改").waitFor();
    await expect.poll(() => page.getByTestId("rule-text").textContent()).toBe("有效订单数 ≥ 3 单");
    expect(await page.getByTestId("rule-condition").count()).toBe(0);
    await page.getByLabel("名称").fill("双十一老客快照");
    await page.getByRole("button", { name: "保存分群" }).click();
    await page.waitForURL(new RegExp(`/segments/${snapshot.id}$`));
    await page.getByRole("heading", { name: "双十一老客快照" }).waitFor();
    expect(await page.getByRole("button", { name: "立即刷新" }).count()).toBe(0);
  });

  it("an analyst sees the segment but cannot create, refresh or export; the API refuses them too", async () => {
    const owner = await e2e.newPage();
    await login(owner, e2e.owner);
    const created = await owner.request.post("/api/v1/staff", {
      data: { ...ANALYST, role: "analyst", displayName: "小数" },
      headers: await csrf(owner),
    });
    expect(created.status()).toBe(201);

    const page = await e2e.newPage();
    await login(page, ANALYST);
    await page.goto("/segments");
    await page.getByRole("link", { name: "高消费江浙客户" }).waitFor();
    expect(await page.getByRole("button", { name: "新建分群" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "归档" }).count()).toBe(0);
    await page.getByRole("link", { name: "高消费江浙客户" }).click();
    await page.getByTestId("rule-text").waitFor();
    await expect.poll(() => page.locator(".ant-table-tbody tr.ant-table-row").count()).toBeGreaterThan(0);
    expect(await page.getByRole("button", { name: "立即刷新" }).count()).toBe(0);
    expect(await page.getByRole("link", { name: /导出 CSV/ }).count()).toBe(0);
    await page.goto("/segments/new");
    await page.getByText("无权访问").waitFor();
    const refused = await page.request.post("/api/v1/segments", {
      data: { name: "越权", rule: { field: "gender", op: "is_set" } },
      headers: await csrf(page),
    });
    expect(refused.status()).toBe(403);
  });

  it("picks a product by searching its merchant code, limits it to recent purchases, and reads in English", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    // Product conditions read what each customer bought, which the analytics job derives: run it.
    const queued = await page.request.post("/api/v1/analytics/recompute", {
      data: { mode: "incremental" },
      headers: await csrf(page),
    });
    expect(queued.status()).toBe(202);
    // The product most customers bought, found in the picker by its merchant code (or title).
    const top = (await (
      await page.request.get("/api/v1/analytics/reports/breakdown?by=product&limit=1")
    ).json()) as { rows: { key: string }[] };
    const found = (await (await page.request.get(`/api/v1/products?ids=${top.rows[0]?.key}`)).json()) as {
      items: { id: number; title: string; merchantCode: string | null }[];
    };
    const product = found.items[0];
    expect(product).toBeTruthy();
    const rule = { all: [{ field: "products", op: "bought_any", value: [product?.id], withinDays: 365 }] };
    const count = async () =>
      (
        (await (
          await page.request.post("/api/v1/segments/count", { data: { rule }, headers: await csrf(page) })
        ).json()) as { count: number }
      ).count;
    await expect.poll(count, { timeout: 60_000 }).toBeGreaterThan(0);
    // The picker's option: the title, and the merchant code when the product has one.
    const option = product?.merchantCode
      ? `${product.title} (${product.merchantCode})`
      : (product?.title ?? "");
    await page.goto("/segments/new");
    await choose(page, page.getByRole("combobox", { name: "条件 1 的字段" }), "买过的商品", "买过的商品");
    await choose(
      page,
      page.getByRole("combobox", { name: "条件 1 的值" }),
      option,
      product?.merchantCode ?? product?.title,
    );
    await page.keyboard.press("Escape");
    await page.getByRole("spinbutton", { name: "条件 1 的购买时间范围(天)" }).fill("365");
    await expect.poll(() => liveCount(page)).toBe(String(await count()));

    await page.locator(".ant-segmented-item", { hasText: "English" }).click();
    await page.getByRole("button", { name: "Save segment" }).waitFor();
    await expect
      .poll(() => page.getByTestId("live-count").textContent())
      .toMatch(/^About [\d,]+ customers match/);
    expect(
      await page.getByRole("combobox", { name: "Field of condition 1" }).locator("xpath=..").textContent(),
    ).toContain("Products bought");
    await screenshot(page, "segment-builder-en");
  });

  it("works on a phone", async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, e2e.owner);
    await page.goto("/segments");
    await page.getByRole("link", { name: "高消费江浙客户" }).waitFor();
    await screenshot(page, "segments-phone");
    await page.goto("/segments/new");
    await choose(page, page.getByRole("combobox", { name: "条件 1 的字段" }), "最近下单时间", "最近下单");
    await page.getByRole("spinbutton", { name: "条件 1 的值" }).fill("90");
    await expect.poll(() => liveCount(page)).not.toBeNull();
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await screenshot(page, "segment-builder-phone");
    await page.goto(`/segments/${segmentId}`);
    await expect.poll(() => page.locator(".ant-table-tbody tr.ant-table-row").count()).toBeGreaterThan(0);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await screenshot(page, "segment-detail-phone");
  });
});
