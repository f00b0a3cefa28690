/** Browser: the customer list (search, filters, pages, columns, masking by role) and a customer's archive. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, type E2e, login, screenshot, startE2e } from "./harness.ts";

/** A masked phone: stars in the middle, never more than four digits in a row (138****1234, 02*******40). */
const MASKED_PHONE = /^(?!.*\d{5})[+\d]*\*{3,}\d*$/;

describe.runIf(browserAvailable())("customers", () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  it("lists customers with masked phones, pages through them and remembers the columns", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto("/customers");
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(20);
    const phones = await page.locator(".ant-table-tbody tr.ant-table-row td:nth-child(2)").allInnerTexts();
    expect(phones.filter((p) => p !== "–").length).toBeGreaterThan(10);
    for (const phone of phones.filter((p) => p !== "–")) expect(phone).toMatch(MASKED_PHONE);
    await screenshot(page, "customers");

    const firstPage = await rows.first().innerText();
    await page.getByRole("button", { name: "下一页" }).click();
    await expect.poll(() => page.getByTestId("page-number").innerText()).toBe("第 2 页");
    await expect.poll(() => rows.first().innerText()).not.toBe(firstPage);
    await page.getByRole("button", { name: "上一页" }).click();
    await expect.poll(() => rows.first().innerText()).toBe(firstPage);

    await page.getByRole("button", { name: "列设置" }).click();
    await page.getByRole("checkbox", { name: "手机号" }).uncheck();
    await expect.poll(() => page.locator("th", { hasText: "手机号" }).count()).toBe(0);
    await page.reload();
    await expect.poll(() => rows.count()).toBe(20);
    expect(await page.locator("th", { hasText: "手机号" }).count()).toBe(0);
  });

  it("finds a customer by order number and opens their archive with orders, predictions and timeline", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    // The customer with the most orders, found in the UI by one of their order numbers.
    const top = (await (await page.request.get("/api/v1/customers?sort=orders&limit=1")).json()) as {
      items: { id: number }[];
    };
    const customerId = top.items[0]?.id;
    const detail = (await (await page.request.get(`/api/v1/customers/${customerId}`)).json()) as {
      recentOrders: { externalId: string }[];
      metrics: { paidOrders: number } | null;
    };
    const order = { customerId, externalId: detail.recentOrders[0]?.externalId ?? "" };
    expect(detail.recentOrders.length).toBeGreaterThan(1);

    await page.goto("/customers");
    await page.getByPlaceholder("手机号、昵称、邮箱、订单号或姓名开头").fill(order.externalId);
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=/);
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().locator("a").click();
    await page.waitForURL(new RegExp(`/customers/${order.customerId}$`));
    await page.getByText("消费与预测").waitFor();
    expect(await page.getByTestId("customer-phone").innerText()).toMatch(MASKED_PHONE);
    await expect
      .poll(() => page.getByRole("tab", { name: /订单/ }).innerText())
      .toBe(`订单 (${detail.recentOrders.length})`);
    expect(await page.locator(".ant-statistic").first().innerText()).toContain(
      String(detail.metrics?.paidOrders),
    );
    expect(await page.locator(".ant-timeline-item").count()).toBeGreaterThanOrEqual(
      detail.recentOrders.length,
    );
    await screenshot(page, "customer-detail");

    await page.getByRole("tab", { name: /订单/ }).click();
    await page.getByRole("tabpanel").getByText(order.externalId).waitFor();

    // The owner may see the phone in full: an explicit, audited action.
    await page.getByRole("button", { name: "查看完整信息" }).click();
    await page.getByRole("button", { name: "确定" }).click();
    const clear = await page.getByTestId("unmasked-phone").innerText();
    expect(clear).not.toContain("*");
    expect(clear).toMatch(/^1\d{10}$/);
    const audit = (await (await page.request.get("/api/v1/audit?action=customer.unmasked")).json()) as {
      items: { action: string; targetId?: string | null }[];
    };
    expect(audit.items.length).toBeGreaterThan(0);
  });

  it("an after-sale login sees masked phones only, and no unmask or export", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.aftersale);
    await page.goto("/customers");
    const rows = page.locator(".ant-table-tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(20);
    const phones = await page.locator(".ant-table-tbody tr.ant-table-row td:nth-child(2)").allInnerTexts();
    for (const phone of phones.filter((p) => p !== "–")) expect(phone).toMatch(MASKED_PHONE);
    expect(await page.getByRole("link", { name: /导出/ }).count()).toBe(0);
    await rows.first().locator("a").click();
    await page.getByText("基本资料").waitFor();
    expect(await page.getByRole("button", { name: "查看完整信息" }).count()).toBe(0);
    const id = page.url().split("/").pop();
    const unmask = await page.request.post(`/api/v1/customers/${id}/unmask`, {
      headers: {
        "x-csrf-token": (await page.context().cookies()).find((c) => c.name === "laoke_csrf")?.value ?? "",
      },
    });
    expect(unmask.status()).toBe(403);
  });

  it("works on a phone", async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, e2e.owner);
    await page.goto("/customers");
    await expect.poll(() => page.locator(".ant-table-tbody tr.ant-table-row").count()).toBe(20);
    await screenshot(page, "customers-phone");
    await page.locator(".ant-table-tbody tr.ant-table-row a").first().click();
    await page.getByText("消费与预测").waitFor();
    await screenshot(page, "customer-detail-phone");
  });
});
