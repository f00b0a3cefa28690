/**
 * Browser: the settings pages. The owner renames the shop, tunes analytics settings, invites a
 * member who joins and signs in, changes their role and deactivates them, creates an API key, uses
 * and revokes it, and finds all of it in the audit log; after-sale staff see none of it.
 * The tests run in order and build on each other, like an owner's first afternoon.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, type E2e, login, screenshot, startE2e } from "./harness.ts";

const NEWBIE = { email: "newbie@e2e.laoke", password: "newbie-password-2026", name: "小张" };

/** The antd card whose title is `title`. */
const card = (page: Page, title: string) =>
  page.locator(".ant-card").filter({ has: page.locator(".ant-card-head-title", { hasText: title }) });

/**
 * Choose `option` in the antd Select `select`. antd ignores clicks on a dropdown that is still
 * sliding in, so the click waits until its animation classes are gone.
 */
async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  const dropdown = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").last();
  await dropdown.waitFor();
  await expect.poll(async () => (await dropdown.getAttribute("class")) ?? "").not.toMatch(/-(enter|appear)/);
  await dropdown.locator(".ant-select-item-option", { hasText: option }).first().click();
}

/** Confirm the open Popconfirm. */
const confirm = (page: Page) =>
  page.locator(".ant-popover:visible").getByRole("button", { name: "确定" }).click();

/** Wait until no modal or popover is still zooming in or out, so a screenshot shows the end state. */
async function settled(page: Page) {
  await expect.poll(() => page.locator("[class*='-zoom-'][class*='-active']").count()).toBe(0);
}

/** On phones the collapsed menu must not pop the settings submenu open over the page (it once did). */
async function expectNoMenuPopup(page: Page) {
  await page.waitForTimeout(300);
  expect(await page.locator(".ant-menu-submenu-popup:not(.ant-menu-submenu-hidden)").count()).toBe(0);
}

/** The members table row of `name`. */
const memberRow = (page: Page, name: string) =>
  card(page, "员工").locator("tr.ant-table-row").filter({ hasText: name });

describe.runIf(browserAvailable())("settings", () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e({ customers: 150 });
  });
  afterAll(async () => e2e?.close());

  it("renames the shop, shows the new name in the header, and restores it", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto("/settings/shop");
    const header = page.locator(".app-shop");
    const name = page.getByLabel("店铺名称");
    await expect.poll(() => name.inputValue()).toBe("老客演示店");
    expect(await header.textContent()).toBe("老客演示店");

    await name.fill("老客旗舰店");
    await card(page, "基本信息").getByRole("button", { name: "保存", exact: true }).click();
    await expect.poll(() => header.textContent()).toBe("老客旗舰店");
    await page.reload();
    await expect.poll(() => name.inputValue()).toBe("老客旗舰店");

    // Analytics: custom churn days, recency cut points and traffic share; the cut points must
    // ascend before anything is sent; then the share goes back to its default.
    const analytics = card(page, "分析设置");
    const custom = analytics.locator("label", { hasText: "自定义" });
    await custom.nth(0).click();
    await page.getByRole("spinbutton", { name: "流失天数" }).fill("150");
    await custom.nth(2).click();
    const cuts = analytics.getByRole("spinbutton", { name: /^第 \d 个分界点$/ });
    for (const [i, value] of ["30", "10", "90", "180"].entries()) await cuts.nth(i).fill(value);
    const share = page.getByRole("spinbutton", { name: "流量成本占比" });
    await share.fill("25");
    const save = analytics.getByRole("button", { name: "保存", exact: true });
    await save.click();
    await analytics.getByText("分界点必须从小到大排列,且不能重复").waitFor();
    await cuts.nth(0).fill("7");
    await save.click();
    await page.getByText("已保存").first().waitFor();
    const saved = (await (await page.request.get("/api/v1/shop/settings/analytics")).json()) as {
      settings: { churnDays: number | null; trafficCostShare: number; rfm: { recencyDays: number[] | null } };
    };
    expect(saved.settings).toMatchObject({
      churnDays: 150,
      trafficCostShare: 0.25,
      rfm: { recencyDays: [7, 10, 90, 180] },
    });
    await analytics.getByText("已自定义").waitFor();
    await screenshot(page, "settings-shop");
    await analytics.getByRole("button", { name: "将“流量成本占比”恢复为默认值" }).click();
    await expect.poll(() => share.inputValue()).toBe("20");
    await expect.poll(() => analytics.getByText("已自定义").count()).toBe(0);

    await name.fill("老客演示店");
    await card(page, "基本信息").getByRole("button", { name: "保存", exact: true }).click();
    await expect.poll(() => header.textContent()).toBe("老客演示店");
  });

  it("invites a member who joins and signs in; changes their role and deactivates them", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto("/settings/staff");
    await page.getByRole("button", { name: "邀请员工" }).click();
    const modal = page.getByRole("dialog");
    await modal.getByLabel("邮箱或手机号").fill(NEWBIE.email);
    await modal.getByLabel("姓名(可选)").fill(NEWBIE.name);
    await choose(page, modal.getByLabel("角色"), "售前客服");
    await modal.getByRole("button", { name: "生成邀请链接" }).click();
    const link = await page.getByTestId("one-time-secret").inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/invite#lk_i_/);
    await settled(page);
    await screenshot(page, "settings-invite-link");
    await page.getByRole("button", { name: "我已保存" }).click();
    const invitations = card(page, "待接受的邀请");
    await invitations.getByText(NEWBIE.email).waitFor();

    // The invited person opens the link in their own browser.
    const newbie = await e2e.newPage();
    await newbie.goto(link);
    await newbie.getByLabel("新密码", { exact: true }).fill(NEWBIE.password);
    await newbie.getByLabel("再次输入新密码").fill(NEWBIE.password);
    await newbie.getByRole("button", { name: "加入店铺" }).click();
    await newbie.getByText("完成,请用新密码登录。").waitFor();
    await login(newbie, NEWBIE);
    await expect.poll(() => newbie.getByTestId("account-menu").textContent()).toContain(NEWBIE.name);

    await page.reload();
    const row = memberRow(page, NEWBIE.name);
    await expect.poll(() => row.textContent()).toContain("在职");
    expect(await row.textContent()).not.toContain("从未登录");
    await expect.poll(() => invitations.getByText("没有待接受的邀请").count()).toBe(1);

    await choose(page, page.getByLabel(`${NEWBIE.name} 的角色`), "数据分析");
    await page.getByText(`已将 ${NEWBIE.name} 的角色改为数据分析`).waitFor();

    // Policy errors come back as the server's message: the last owner cannot step down.
    await choose(page, page.getByLabel("王店主 的角色"), "管理员");
    await page.getByText("店铺至少要有一位在职的店主").first().waitFor();
    await expect.poll(() => memberRow(page, "王店主").textContent()).toContain("店主");

    await screenshot(page, "settings-staff");

    await row.getByRole("button", { name: "停用" }).click();
    await confirm(page);
    await expect.poll(() => row.textContent()).toContain("已停用");
    // Their session ended with the deactivation.
    await newbie.reload();
    await newbie.waitForURL(/\/login/);
  });

  it("creates an API key, shows it once, and stops it working when revoked", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto("/settings/api-keys");
    await page.getByRole("button", { name: "创建密钥" }).first().click();
    const modal = page.getByRole("dialog");
    await modal.getByLabel("名称").fill("ERP 同步");
    await modal.getByRole("checkbox", { name: /导入订单/ }).check();
    await modal.getByRole("button", { name: "创建" }).click();
    const token = await page.getByTestId("one-time-secret").inputValue();
    expect(token).toMatch(/^lk_k_\d+_/);
    await expect.poll(() => page.getByRole("dialog").count()).toBe(1);
    await settled(page);
    await screenshot(page, "settings-api-key-created");
    await page.getByRole("button", { name: "我已保存" }).click();

    // A fresh context: the key alone authenticates, not the owner's cookie.
    const client = (await e2e.newPage()).request;
    const headers = { authorization: `Bearer ${token}` };
    const me = await client.get("/api/v1/auth/me", { headers });
    expect(me.status()).toBe(200);
    const body = (await me.json()) as { kind: string; name: string; permissions: string[] };
    expect(body).toMatchObject({ kind: "api_key", name: "ERP 同步" });
    expect([...body.permissions].sort()).toEqual(["customers:read", "import"]);

    await page.reload();
    const row = page.locator("tr.ant-table-row").filter({ hasText: "ERP 同步" });
    await expect.poll(() => row.textContent()).toContain("有效");
    expect(await row.textContent()).not.toContain("从未使用");
    await expect.poll(() => row.textContent()).toContain("王店主");
    await screenshot(page, "settings-api-keys");

    await row.getByRole("button", { name: "撤销" }).click();
    await confirm(page);
    await expect.poll(() => row.textContent()).toContain("已撤销");
    expect((await client.get("/api/v1/auth/me", { headers })).status()).toBe(401);
  });

  it("lists these actions in the audit log, filters by action and expands an event", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto("/settings/audit");
    const table = page.locator(".ant-table-tbody");
    for (const action of [
      "修改店铺信息",
      "修改分析设置",
      "邀请员工",
      "接受邀请加入",
      "调整角色",
      "停用员工",
      "创建 API 密钥",
      "撤销 API 密钥",
    ]) {
      await table.getByText(action, { exact: true }).first().waitFor();
    }
    await table.getByText("售前客服 → 数据分析").waitFor();
    await table
      .locator("tr.ant-table-row")
      .filter({ hasText: "撤销 API 密钥" })
      .getByRole("button")
      .first()
      .click();
    await page.getByText("操作代码").waitFor();
    await screenshot(page, "settings-audit");

    await choose(page, page.getByLabel("操作", { exact: true }), "调整角色");
    await page.waitForURL(/action=staff\.role_changed/);
    const rows = table.locator("tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain("王店主");

    // A date range: today's role change is in today, and nothing is in a month of 2020.
    const today = new Date().toLocaleDateString("sv-SE");
    await page.goto(`/settings/audit?action=staff.role_changed&from=${today}&to=${today}`);
    await expect.poll(() => rows.count()).toBe(1);
    expect(await page.locator(".ant-picker-range input").first().inputValue()).toBe(today);
    await page.goto("/settings/audit?action=staff.role_changed&from=2020-01-01&to=2020-01-31");
    await page.getByText("没有符合条件的记录").waitFor();
    expect(await rows.count()).toBe(0);
  });

  it("lays the staff page out on a phone", async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, e2e.owner);
    await page.goto("/settings/staff");
    await memberRow(page, "王店主").waitFor();
    await expectNoMenuPopup(page);
    await card(page, "角色权限").locator("tr.ant-table-row").first().waitFor();
    // Nothing wider than the screen but the tables, which scroll inside themselves.
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "settings-staff-phone");

    await page.goto("/settings/shop");
    await page.getByRole("spinbutton", { name: "流量成本占比" }).waitFor();
    await expectNoMenuPopup(page);
    expect(
      await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth"),
    ).toBeLessThanOrEqual(0);
    await screenshot(page, "settings-shop-phone");
  });

  it("hides the settings from after-sale staff and refuses their pages", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.aftersale);
    await page.getByRole("menuitem", { name: /客户/ }).first().waitFor();
    expect(await page.getByRole("menuitem", { name: /设置/ }).count()).toBe(0);
    await page.goto("/settings/staff");
    await page.getByText("无权访问").waitFor();
    expect(await page.getByRole("button", { name: "邀请员工" }).count()).toBe(0);
    await page.goto("/settings/api-keys");
    await page.getByText("无权访问").waitFor();
  });
});
