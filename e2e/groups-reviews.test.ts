/**
 * Browser: customer groups and reviews (issue 6). The owner creates a WeChat group, uploads a
 * roster (written here: one line with a demo customer's phone, two lines nobody matches), reads
 * the matched/unmatched/lurker counts, filters the lurkers, matches a line by hand and takes the
 * match back; an after-sales clerk sees the groups without the settings actions. On customer
 * pages the owner records a review by hand and imports a Taobao-style review CSV (one row of a
 * demo customer's order, one row of nobody) and sees it on that customer. Phone layouts last.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { card, choose, confirm, idle, screenView, settled } from "./antd.ts";
import { browserAvailable, type E2e, login, SCREENSHOTS, screenshot, startE2e } from "./harness.ts";

const GROUP = "老客福利群";

interface Unmasked {
  phone: string | null;
  identities: { kind: string; platform: string; value: string }[];
}

/** An API call from the signed-in page, with the CSRF header the server wants on writes. */
async function apiCall<T>(page: Page, method: "GET" | "POST", path: string): Promise<T> {
  const csrf = (await page.context().cookies()).find((c) => c.name === "laoke_csrf")?.value ?? "";
  const response = await page.request.fetch(path, { method, headers: { "x-csrf-token": csrf } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as T;
}

/** "2026-05-01 09:30:00" in this machine's time zone, `days` from now. */
function localTime(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:00`;
}

/** One CSV line, every cell quoted (titles may hold commas). */
const csvLine = (cells: string[]) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(",");

/** A picture of one part of a long page (the customer page's timeline makes full pages very tall). */
const shoot = (part: Locator, name: string) => part.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

const overflow = (page: Page) =>
  page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");

describe.runIf(browserAvailable())("groups and reviews", () => {
  let e2e: E2e;
  let dir: string;
  let groupUrl: string;
  /** A customer whose phone goes into the roster, and one matched to a line by hand. */
  const byPhone = { id: 0, phone: "" };
  const byHand = { id: 0, phone: "" };
  /** A Taobao customer whose order and nick go into the review export. */
  const reviewed = { id: 0, order: "", nick: "", title: "" };

  beforeAll(async () => {
    e2e = await startE2e({ customers: 150 });
    dir = mkdtempSync(join(tmpdir(), "laoke-e2e-groups-"));
  });
  afterAll(async () => {
    await e2e?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("finds demo customers through the API (the owner may unmask)", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    const list = await apiCall<{ items: { id: number }[] }>(page, "GET", "/api/v1/customers?limit=30");
    for (const { id } of list.items) {
      const full = await apiCall<Unmasked>(page, "POST", `/api/v1/customers/${id}/unmask`);
      if (!full.phone || full.phone.includes("*")) continue;
      const target = byPhone.id === 0 ? byPhone : byHand;
      target.id = id;
      target.phone = full.phone;
      if (byHand.id) break;
    }
    expect(byHand.id, "two customers with a whole phone").toBeGreaterThan(0);

    const taobao = await apiCall<{ items: { id: number }[] }>(
      page,
      "GET",
      "/api/v1/customers?platform=taobao&sort=orders&limit=10",
    );
    for (const { id } of taobao.items) {
      const detail = await apiCall<{
        recentOrders: { platform: string; externalId: string; items: { title: string }[] }[];
      }>(page, "GET", `/api/v1/customers/${id}`);
      const order = detail.recentOrders.find((o) => o.platform === "taobao" && o.items.length > 0);
      if (!order) continue;
      const full = await apiCall<Unmasked>(page, "POST", `/api/v1/customers/${id}/unmask`);
      const nick = full.identities.find((i) => i.kind === "nick" && i.platform === "taobao");
      Object.assign(reviewed, {
        id,
        order: order.externalId,
        nick: nick?.value ?? "",
        title: order.items[0]?.title ?? "",
      });
      break;
    }
    expect(reviewed.id, "a Taobao customer with an order").toBeGreaterThan(0);
  });

  it("creates a group and imports its roster", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.getByRole("menuitem", { name: "社群" }).click();
    await page.waitForURL(/\/groups$/);
    await page.getByText("还没有客户群,新建一个群再导入成员名单").waitFor();
    await page.getByRole("button", { name: "新建群" }).first().click();
    const modal = page.getByRole("dialog");
    await modal.getByLabel("群名称").fill(GROUP);
    await modal.getByRole("button", { name: "保存" }).click();
    const row = page.locator("tr.ant-table-row").filter({ hasText: GROUP });
    await expect.poll(() => row.textContent()).toContain("未导入");
    expect(await row.textContent()).toContain("微信");

    const roster = join(dir, "群成员.csv");
    writeFileSync(
      roster,
      [
        "昵称,手机号,入群时间,最后发言时间",
        `王小明,${byPhone.phone},${localTime(-200).slice(0, 10)},${localTime(-2)}`,
        `神秘买家,,${localTime(-200).slice(0, 10)},`,
        `潜水员,,${localTime(-300).slice(0, 10)},${localTime(-120)}`,
        "",
      ].join("\n"),
      "utf8",
    );
    await row.getByRole("button", { name: "导入群成员" }).click();
    const upload = page.getByRole("dialog");
    await upload.locator(".ant-upload-drag input[type=file]").setInputFiles(roster);
    await upload.locator(".ant-upload-list-item").waitFor();
    await upload.getByRole("button", { name: "开始导入" }).click();
    const outcome = upload.getByTestId("import-outcome");
    await outcome.waitFor({ timeout: 30_000 });
    const stat = (key: string) =>
      outcome.getByTestId(`outcome-${key}`).locator(".ant-statistic-content").textContent();
    expect(await stat("members")).toBe("3");
    expect(await stat("matched")).toBe("1");
    expect(await stat("unmatched")).toBe("2");
    expect(await stat("rejected")).toBe("0");
    await upload.getByRole("button", { name: "完成" }).click();

    const cells = row.locator("td");
    await expect.poll(() => cells.nth(2).textContent()).toBe("3");
    expect(await cells.nth(3).textContent()).toBe("1");
    expect(await cells.nth(4).textContent()).toBe("2");
    await settled(page);
    await idle(page);
    await screenshot(page, "groups-list");
    await row.getByRole("link", { name: GROUP, exact: true }).click();
    await page.waitForURL(/\/groups\/\d+$/);
    groupUrl = new URL(page.url()).pathname;
  });

  it("shows the members, filters lurkers and unmatched lines, matches one by hand", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto(groupUrl);
    const count = (key: string) =>
      page.getByTestId(`group-${key}`).locator(".ant-statistic-content").textContent();
    await expect.poll(() => count("members")).toBe("3");
    expect(await count("matched")).toBe("1");
    expect(await count("unmatched")).toBe("2");
    expect(await count("lurkers")).toBe("2");
    const rows = page.getByTestId("members").locator("tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(3);
    const matched = rows.filter({ hasText: "王小明" });
    expect(await matched.textContent()).toContain("按手机号");
    // The owner holds pii:read: the phone is shown whole.
    expect(await matched.textContent()).toContain(byPhone.phone);
    expect(await matched.getByRole("link").getAttribute("href")).toBe(`/customers/${byPhone.id}`);

    const segment = (label: string) => page.locator(".ant-segmented-item", { hasText: label });
    await segment("潜水").click();
    await page.waitForURL(/filter=lurkers/);
    await expect.poll(() => rows.count()).toBe(2);
    expect((await rows.allTextContents()).join()).not.toContain("王小明");
    // Nobody joined more than ten years ago: no lurkers over 3650 days.
    await page.getByLabel("潜水天数").fill("3650");
    await page.waitForURL(/days=3650/);
    await page.getByText("没有潜水成员").waitFor();
    await page.getByLabel("潜水天数").fill("30");
    await page.waitForURL((u) => !u.search.includes("days="));
    await expect.poll(() => rows.count()).toBe(2);
    await idle(page);
    await screenshot(page, "groups-lurkers");

    await segment("未匹配").click();
    await page.waitForURL(/filter=unmatched/);
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: "神秘买家" }).getByRole("button", { name: "匹配客户" }).click();
    const modal = page.getByRole("dialog");
    // The search starts from the line's name, which no customer has.
    expect(await modal.getByLabel("查找客户").inputValue()).toBe("神秘买家");
    await modal.getByText("没有找到客户").waitFor();
    await modal.getByLabel("查找客户").fill(byHand.phone);
    const choice = modal.getByRole("button", { name: /^匹配到/ });
    await expect.poll(() => choice.count()).toBe(1);
    await settled(page);
    await screenView(page, "groups-match");
    await choice.click();
    await expect.poll(() => modal.count()).toBe(0);
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => count("matched")).toBe("2");

    await segment("全部").click();
    const byStaff = rows.filter({ hasText: "神秘买家" });
    await expect.poll(() => byStaff.textContent()).toContain("手动指定");
    expect(await byStaff.getByRole("link").getAttribute("href")).toBe(`/customers/${byHand.id}`);
    await byStaff.getByRole("button", { name: "取消匹配" }).click();
    await confirm(page);
    await expect.poll(() => byStaff.textContent()).toContain("未匹配");
    await expect.poll(() => count("matched")).toBe("1");
  });

  it("shows an after-sales clerk the groups without the settings actions", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.aftersale);
    await page.goto("/groups");
    const row = page.locator("tr.ant-table-row").filter({ hasText: GROUP });
    await row.getByRole("button", { name: "导入群成员" }).waitFor();
    expect(await page.getByRole("button", { name: "新建群" }).count()).toBe(0);
    expect(await row.getByRole("button", { name: "删除" }).count()).toBe(0);
    expect(await row.getByRole("button", { name: "编辑" }).count()).toBe(0);
    // A group that does not exist (or belongs to another shop) is "not found", not an error.
    await page.goto("/groups/999999");
    await page.getByText("找不到这个群,可能已被删除。").waitFor();
  });

  it("records a review by hand on a customer's page", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto(`/customers/${byPhone.id}`);
    const reviews = card(page, "评价");
    await reviews.getByText("还没有评价").waitFor();
    await reviews.getByRole("button", { name: "添加评价" }).click();
    const modal = page.getByRole("dialog");
    await modal.getByRole("button", { name: "保存" }).click();
    await modal.getByText("请选择星级(1–5 星)").waitFor();
    await modal.locator(".ant-rate-star").nth(3).click();
    await modal.getByLabel("评价内容").fill("电话里说面料舒服,尺码偏大");
    const detail = await apiCall<{ recentOrders: { externalId: string; orderedAt: string }[] }>(
      page,
      "GET",
      `/api/v1/customers/${byPhone.id}`,
    );
    const newest = detail.recentOrders.toSorted((a, b) => b.orderedAt.localeCompare(a.orderedAt))[0];
    const orderId = newest?.externalId ?? "";
    await choose(page, modal.getByLabel("订单(可选)"), orderId);
    await settled(page);
    await modal.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => modal.count()).toBe(0);
    const review = reviews.getByTestId("review").first();
    await review.getByText("电话里说面料舒服,尺码偏大").waitFor();
    expect(await review.textContent()).toContain("手动记录");
    expect(await review.textContent()).toContain("王店主 记录于");
    expect(await review.textContent()).toContain(`订单 ${orderId}`);
    expect(await review.locator(".ant-rate-star-full").count()).toBe(4);
    await review.getByRole("button", { name: "删除" }).waitFor();
  });

  it("imports a review export and shows the review on its customer", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    const file = join(dir, "评价导出.csv");
    writeFileSync(
      file,
      [
        "订单编号,买家会员名,宝贝名称,评价内容,评价结果,评价时间",
        csvLine([reviewed.order, reviewed.nick, reviewed.title, "质量很好,下次还来", "好评", localTime(-3)]),
        csvLine(["NOPE-404", "不存在的买家", "连衣裙", "一般", "中评", localTime(-3)]),
        "",
      ].join("\n"),
      "utf8",
    );
    await page.goto(`/customers/${reviewed.id}`);
    const reviews = card(page, "评价");
    await reviews.getByRole("button", { name: "导入评价" }).click();
    const modal = page.getByRole("dialog");
    await modal.locator(".ant-upload-drag input[type=file]").setInputFiles(file);
    await modal.locator(".ant-upload-list-item").waitFor();
    await modal.getByRole("button", { name: "开始导入" }).click();
    const outcome = modal.getByTestId("import-outcome");
    await outcome.waitFor({ timeout: 30_000 });
    const stat = (key: string) =>
      outcome.getByTestId(`outcome-${key}`).locator(".ant-statistic-content").textContent();
    expect(await stat("inserted")).toBe("1");
    expect(await stat("rejected")).toBe("1");
    const reject = outcome.getByTestId("rejects").locator("tr.ant-table-row");
    expect(await reject.count()).toBe(1);
    expect(await reject.locator("td").nth(0).textContent()).toBe("评价导出.csv");
    expect(await reject.locator("td").nth(1).textContent()).toBe("3");
    await settled(page);
    await screenView(page, "reviews-import");
    await modal.getByRole("button", { name: "完成" }).click();

    const imported = reviews.getByTestId("review").filter({ hasText: "质量很好,下次还来" });
    await imported.waitFor();
    expect(await imported.textContent()).toContain("导入");
    expect(await imported.locator(".ant-rate-star-full").count()).toBe(5);
    // Imported reviews follow their export: no delete.
    expect(await imported.getByRole("button", { name: "删除" }).count()).toBe(0);
    await settled(page);
    await shoot(reviews, "reviews-card");
  });

  it("lays the group and the customer's reviews out on a phone", async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, e2e.owner);
    await page.goto("/groups");
    await page.locator("tr.ant-table-row").filter({ hasText: GROUP }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await idle(page);
    await screenshot(page, "groups-list-phone");

    await page.goto(groupUrl);
    await expect.poll(() => page.getByTestId("members").locator("tr.ant-table-row").count()).toBe(3);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await idle(page);
    await screenshot(page, "groups-detail-phone");

    await page.goto(`/customers/${byPhone.id}`);
    await card(page, "评价").getByTestId("review").first().waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await shoot(card(page, "评价"), "reviews-card-phone");
  });
});
