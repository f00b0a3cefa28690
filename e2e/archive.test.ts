/**
 * Browser: the customer archive staff write into (issue 6). The owner creates a tag in settings,
 * tags a customer on their page (and creates one inline), filters the list by the tag, writes and
 * edits a note, schedules a follow-up due yesterday, finds it overdue on /follow-ups with the menu
 * badge, records its outcome, sees it done and on the customer's timeline, reschedules and cancels
 * another, and edits the profile (a server validation error first). An analyst sees none of the write controls. The tests run in
 * order and build on each other, like an owner's afternoon.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { card, choose, confirm, idle, pickDate, popup, screenView, settled } from "./antd.ts";
import { browserAvailable, E2E_PASSWORD, type E2e, login, screenshot, startE2e } from "./harness.ts";

const TAG = "回头客VIP";
const ANALYST = { email: "analyst@e2e.laoke", password: E2E_PASSWORD };

/** An API call from the signed-in page, with the CSRF header the server wants on writes. */
async function apiCall(page: Page, method: "POST" | "PUT", path: string, data: unknown) {
  const csrf = (await page.context().cookies()).find((c) => c.name === "laoke_csrf")?.value ?? "";
  const response = await page.request.fetch(path, { method, data, headers: { "x-csrf-token": csrf } });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return response.json();
}

/** "2026-05-01 09:30" in the browser's (this machine's) time zone, `days` from now. */
function localDateTime(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The follow-ups menu badge's count ("" when hidden). */
const badge = (page: Page) => page.getByTestId("follow-ups-badge").locator(".ant-badge-count");

describe.runIf(browserAvailable())("archive", () => {
  let e2e: E2e;
  let customerId: number;
  /** The customer's masked name, as lists show it. */
  let customerName: string | null;
  beforeAll(async () => {
    e2e = await startE2e({ customers: 150 });
  });
  afterAll(async () => e2e?.close());

  it("creates a tag in settings", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.getByRole("menuitem", { name: /设置/ }).click();
    await page.getByRole("menuitem", { name: "标签" }).click();
    await page.waitForURL(/\/settings\/tags$/);
    await page.getByText("还没有标签").waitFor();
    await page.getByRole("button", { name: "新建标签" }).click();
    const modal = page.getByRole("dialog");
    // A click on a modal still zooming in can miss its button on a busy machine.
    await settled(page);
    await modal.getByLabel("名称").fill(TAG);
    await choose(page, modal.getByLabel("颜色"), "绿");
    await modal.getByRole("button", { name: "保存" }).click();
    const row = page.locator("tr.ant-table-row").filter({ hasText: TAG });
    await expect.poll(() => row.textContent()).toContain("手动");
    expect(await row.locator(".ant-tag-green").count()).toBe(1);

    // A second tag with the same name is refused, with the server's words under the name.
    await settled(page);
    await page.getByRole("button", { name: "新建标签" }).click();
    await settled(page);
    await modal.getByLabel("名称").fill(TAG);
    const refused = page.waitForResponse(
      (r) => r.url().endsWith("/api/v1/tags") && r.request().method() === "POST",
    );
    await modal.getByRole("button", { name: "保存" }).click();
    expect((await refused).status()).toBe(409);
    await modal.getByText(`标签 “${TAG}” 已存在。`).waitFor();
    await modal.getByRole("button", { name: "取消" }).click();

    // An automatic tag (a rule, as the segments feature sets it) for the next test.
    const auto = (await apiCall(page, "POST", "/api/v1/tags", { name: "老买家", color: "blue" })) as {
      id: number;
    };
    await apiCall(page, "PUT", `/api/v1/tags/${auto.id}/rule`, {
      rule: { all: [{ field: "paid_orders", op: "gte", value: 1 }] },
    });
    await page.reload();
    await expect
      .poll(() => page.locator("tr.ant-table-row").filter({ hasText: "老买家" }).textContent())
      .toContain("自动");
    await screenshot(page, "archive-settings-tags");
  });

  it("tags a customer on their page, creates a tag inline and filters the list by the tag", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    const top = (await (await page.request.get("/api/v1/customers?sort=orders&limit=1")).json()) as {
      items: { id: number; name: string | null }[];
    };
    customerId = top.items[0]?.id ?? 0;
    customerName = top.items[0]?.name ?? null;
    await page.goto(`/customers/${customerId}`);
    const tags = page.getByTestId("customer-tags");
    // The rule's tag: marked automatic, no close button.
    await tags.getByText("老买家").waitFor();
    expect(await tags.locator(".ant-tag", { hasText: "老买家" }).textContent()).toContain("自动");
    expect(await tags.getByRole("button", { name: "移除标签 老买家" }).count()).toBe(0);

    await tags.getByRole("button", { name: "添加标签" }).click();
    let dropdown = await popup(page, ".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
    await page.keyboard.type("回头客");
    await dropdown.locator(".ant-select-item-option", { hasText: TAG }).click();
    await tags.locator(".ant-tag", { hasText: TAG }).waitFor();

    // Created inline (the owner holds `settings`), then taken off again.
    await tags.getByRole("button", { name: "添加标签" }).click();
    dropdown = await popup(page, ".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
    await page.keyboard.type("爱买连衣裙");
    await dropdown.locator(".ant-select-item-option", { hasText: "新建标签“爱买连衣裙”" }).click();
    await tags.locator(".ant-tag", { hasText: "爱买连衣裙" }).waitFor();
    await tags.getByRole("button", { name: "移除标签 爱买连衣裙" }).click();
    await expect.poll(() => tags.locator(".ant-tag", { hasText: "爱买连衣裙" }).count()).toBe(0);
    await screenshot(page, "archive-customer-tags");

    await page.goto("/customers");
    await choose(page, page.getByLabel("标签", { exact: true }), TAG);
    await page.waitForURL(/tag=\d+/);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(1);
    await page.reload();
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().locator("a").first().click();
    await page.waitForURL(new RegExp(`/customers/${customerId}$`));

    // The settings page counts the customer and deleting says how many lose the tag.
    await page.goto("/settings/tags");
    const row = page.locator("tr.ant-table-row").filter({ hasText: TAG });
    await expect.poll(() => row.locator("td").nth(1).textContent()).toBe("1");
    const spare = page.locator("tr.ant-table-row").filter({ hasText: "爱买连衣裙" });
    await spare.getByRole("button", { name: "删除" }).click();
    await page.locator(".ant-popover:visible").getByText("将从 0 位客户身上移除这个标签").waitFor();
    await confirm(page);
    await expect.poll(() => spare.count()).toBe(0);
  });

  it("adds and edits a note", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto(`/customers/${customerId}`);
    const notes = card(page, "备注");
    await notes.getByText("还没有备注").waitFor();
    await notes.getByLabel("新备注").fill("喜欢浅色连衣裙,穿 M 码");
    await notes.getByRole("button", { name: "添加备注" }).click();
    const note = notes.getByTestId("note").first();
    await note.getByText("喜欢浅色连衣裙,穿 M 码").waitFor();
    expect(await note.textContent()).toContain("王店主");
    expect(await notes.getByLabel("新备注").inputValue()).toBe("");

    await note.getByRole("button", { name: "编辑" }).click();
    await note.getByLabel("编辑备注").fill("喜欢浅色连衣裙,穿 M 码,不要打电话");
    await note.getByRole("button", { name: "保存" }).click();
    await note.getByText("喜欢浅色连衣裙,穿 M 码,不要打电话").waitFor();
    await expect.poll(() => note.textContent()).toContain("已编辑");
  });

  it("schedules a follow-up due yesterday, finds it overdue with the badge, records the outcome", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto(`/customers/${customerId}`);
    const visits = card(page, "回访");
    await visits.getByText("还没有回访安排").waitFor();
    await visits.getByRole("button", { name: "安排回访" }).click();
    const modal = page.getByRole("dialog");
    await modal.getByText("消息", { exact: true }).click();
    await modal.getByLabel("目的").fill("确认收货体验");
    await pickDate(page, modal.getByLabel("回访时间"), localDateTime(-1));
    // The assignee defaults to the one scheduling.
    await modal.getByText("王店主(我)").waitFor();
    await modal.getByRole("button", { name: "保存" }).click();
    const open = visits.getByTestId("open-follow-up");
    await open.getByText("确认收货体验").waitFor();
    expect(await open.textContent()).toContain("已逾期");
    expect(await open.locator(".ant-typography-danger").count()).toBe(1);
    await expect.poll(() => badge(page).getAttribute("title")).toBe("1 个回访已逾期或今天到期");

    await page.getByRole("menuitem", { name: /回访/ }).click();
    await page.waitForURL(/\/follow-ups/);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("确认收货体验");
    // The customer is named by the masked name (and nick), "客户 #id" only when neither is known.
    expect(await rows.first().textContent()).toContain(customerName ?? `客户 #${customerId}`);
    expect(await page.getByRole("tab", { name: /逾期/ }).textContent()).toContain("1");
    await idle(page);
    await screenshot(page, "archive-follow-ups-overdue");

    await rows.first().getByRole("button", { name: "记录结果" }).click();
    const outcome = page.getByRole("dialog");
    await outcome.getByText("联系上", { exact: true }).click();
    await outcome.locator(".ant-rate-star").nth(3).click();
    await outcome.getByLabel("商品反馈").fill("面料很舒服");
    await outcome.getByLabel("了解到的偏好").fill("喜欢浅色");
    await settled(page);
    await screenView(page, "archive-follow-up-outcome");
    await outcome.getByRole("button", { name: "保存结果" }).click();
    await page.getByText("没有逾期的回访").waitFor();
    await expect.poll(() => badge(page).count()).toBe(0);

    await page.getByRole("tab", { name: "已完成" }).click();
    await page.waitForURL(/tab=done/);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("联系上");
    await rows.first().getByRole("link").click();
    await page.waitForURL(new RegExp(`/customers/${customerId}$`));
    const timeline = page.locator(".ant-timeline");
    await timeline.getByText("回访(消息):联系上,满意度 4/5 · 王店主").waitFor();
    await timeline.getByText("王店主 写了备注:喜欢浅色连衣裙,穿 M 码,不要打电话").waitFor();
    const closed = card(page, "回访").getByTestId("closed-follow-up");
    expect(await closed.textContent()).toContain("面料很舒服");
    await screenshot(page, "archive-customer-detail");
  });

  it("reschedules a visit to another day and cancels it", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto(`/customers/${customerId}`);
    const visits = card(page, "回访");
    await visits.getByText("没有待办的回访").waitFor();
    await visits.getByRole("button", { name: "安排回访" }).click();
    let modal = page.getByRole("dialog");
    await modal.getByLabel("目的").fill("介绍新品");
    await pickDate(page, modal.getByLabel("回访时间"), localDateTime(1));
    await modal.getByRole("button", { name: "保存" }).click();
    const open = visits.getByTestId("open-follow-up");
    await open.getByText("介绍新品").waitFor();
    expect(await open.textContent()).not.toContain("已逾期");

    await open.getByRole("button", { name: "改期" }).click();
    modal = page.getByRole("dialog", { name: "修改回访" });
    expect(await modal.getByLabel("目的").inputValue()).toBe("介绍新品");
    const later = localDateTime(3);
    await pickDate(page, modal.getByLabel("回访时间"), later);
    await modal.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => open.textContent()).toContain(later);

    await open.getByRole("button", { name: "取消回访" }).click();
    await confirm(page);
    await expect.poll(() => open.count()).toBe(0);
    await visits.getByTestId("closed-follow-up").filter({ hasText: "已取消" }).waitFor();
  });

  it("edits the profile, with the server's validation errors under the field", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto(`/customers/${customerId}`);
    await page.getByRole("button", { name: "编辑资料" }).click();
    const modal = page.getByRole("dialog");
    await modal.getByLabel("手机号").fill("电话号码");
    await modal.getByRole("button", { name: "保存" }).click();
    await modal.locator(".ant-form-item-explain-error", { hasText: "phone" }).waitFor();
    await settled(page);
    await screenView(page, "archive-profile-edit");

    await modal.getByLabel("手机号").fill("");
    await pickDate(page, modal.getByLabel("生日"), "1990-05-20");
    await modal.getByLabel("城市").fill("宁波市");
    await modal.getByRole("button", { name: "保存" }).click();
    await expect.poll(() => modal.count()).toBe(0);
    const profile = card(page, "基本资料");
    await expect.poll(() => profile.textContent()).toContain("05-20");
    expect(await profile.textContent()).toContain("宁波市");
    const audit = (await (await page.request.get("/api/v1/audit?action=customer.updated")).json()) as {
      items: { data: { fields?: string[] } }[];
    };
    expect(audit.items[0]?.data.fields?.sort()).toEqual(["birthday", "city"]);
  });

  it("shows an analyst the archive without any write control", async () => {
    const owner = await e2e.newPage();
    await login(owner, e2e.owner);
    await apiCall(owner, "POST", "/api/v1/staff", { ...ANALYST, role: "analyst", displayName: "小赵" });

    const page = await e2e.newPage();
    await login(page, ANALYST);
    await page.goto(`/customers/${customerId}`);
    await page.getByTestId("customer-tags").getByText(TAG).waitFor();
    await card(page, "备注").getByText("不要打电话").waitFor();
    for (const name of ["编辑资料", "添加标签", "安排回访", "添加备注", "编辑", "删除", `移除标签 ${TAG}`]) {
      expect(await page.getByRole("button", { name, exact: true }).count(), name).toBe(0);
    }
    expect(await page.getByLabel("新备注").count()).toBe(0);
    expect(await page.getByRole("menuitem", { name: "标签" }).count()).toBe(0);

    await page.goto("/follow-ups?tab=done");
    await page.getByText("还没有完成的回访").waitFor();
    expect(await page.getByText("只看我的").count()).toBe(0);
    await page.goto("/settings/tags");
    await page.getByText("无权访问").waitFor();
  });

  it("lays the customer page and the follow-ups out on a phone", async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, e2e.owner);
    await page.goto(`/customers/${customerId}`);
    await card(page, "回访").getByTestId("closed-follow-up").first().waitFor();
    const overflow = () => page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(await overflow()).toBeLessThanOrEqual(0);
    await screenshot(page, "archive-customer-detail-phone");

    await page.goto("/follow-ups?tab=done&scope=all");
    await expect.poll(() => page.locator(".ant-table-tbody tr.ant-table-row").count()).toBe(1);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await idle(page);
    await screenshot(page, "archive-follow-ups-phone");
  });
});
