/**
 * Browser: the imports page. Real Taobao exports (GB18030 order report + item report) go through
 * the real upload, worker and importer; the page's counts must equal the API's, the new orders
 * must exist, a bad row must come back in the rejects CSV, and a non-export must fail clearly.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { choose } from "./antd.ts";
import { browserAvailable, type E2e, login, screenshot, startE2e } from "./harness.ts";

const FIXTURES = join(import.meta.dirname, "fixtures", "imports");
const ORDERS = join(FIXTURES, "ExportOrderList202605171200.csv");
const ITEMS = join(FIXTURES, "ExportOrderDetailList202605171200.csv");
const BAD_ROW = join(FIXTURES, "orders-with-bad-row.csv");
const NOT_EXPORT = join(FIXTURES, "not-an-export.csv");
const CORE_FIXTURES = join(import.meta.dirname, "..", "packages", "core", "src", "importing", "fixtures");
const GENERIC = join(CORE_FIXTURES, "generic-orders.csv");
const GENERIC_MAPPING = join(CORE_FIXTURES, "generic-orders.mapping.json");

interface Job {
  id: number;
  status: string;
  dryRun: boolean;
  rejectsUrl: string | null;
  error: { code: string; message: string } | null;
  summary: {
    orders: { inserted: number; updated: number; unchanged: number };
    items: number;
    customers: { created: number; matched: number; merged: number };
    rejected: number;
    rows: number;
  } | null;
}

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

async function ordersNamed(page: Page, externalId: string) {
  return (
    await getJson<{ items: { externalId: string; paidFen: number; status: string; items: unknown[] }[] }>(
      page,
      `/api/v1/orders?q=${externalId}`,
    )
  ).items;
}

/** Choose files on the Dragger (what a drop does), start, and wait for the job to end. */
async function upload(page: Page, files: string[], options: { dryRun?: boolean } = {}) {
  await page.goto("/imports");
  await page.locator(".ant-upload-drag input[type=file]").setInputFiles(files);
  await expect.poll(() => page.locator(".ant-upload-list-item").count()).toBe(files.length);
  if (options.dryRun) await page.getByRole("switch").click();
  await page.getByRole("button", { name: options.dryRun ? "开始试导入" : "开始导入" }).click();
  await page.waitForURL(/\/imports\?job=\d+$/);
  const id = Number(new URL(page.url()).searchParams.get("job"));
  const current = page.getByTestId("current-import");
  await current.locator(".ant-tag-success, .ant-tag-error").first().waitFor({ timeout: 30_000 });
  return { id, current, job: await getJson<Job>(page, `/api/v1/imports/${id}`) };
}

/** The side menu animates open after the first render at laptop width; screenshots wait for it. */
async function menuSettled(page: Page): Promise<void> {
  const width = () => page.locator(".app-sider").evaluate((el) => el.getBoundingClientRect().width);
  let last = -1;
  await expect
    .poll(async () => {
      const now = await width();
      const still = now === last;
      last = now;
      return still;
    })
    .toBe(true);
}

async function stat(current: Locator, key: string): Promise<string | null> {
  return current.getByTestId(`stat-${key}`).locator(".ant-statistic-content").textContent();
}

describe.runIf(browserAvailable())("imports", () => {
  let e2e: E2e;
  let firstImport = 0;
  beforeAll(async () => {
    e2e = await startE2e({ customers: 120 });
  });
  afterAll(async () => e2e?.close());

  it("imports Taobao's order and item reports together and shows what the API reports", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    expect(await ordersNamed(page, "4100000000000001")).toEqual([]);
    await page.getByRole("menuitem", { name: /导入订单/ }).click();
    await page.getByText("淘宝/天猫", { exact: true }).waitFor();

    const { id, current, job } = await upload(page, [ORDERS, ITEMS]);
    firstImport = id;
    expect(job.status).toBe("succeeded");
    expect(job.summary?.orders).toEqual({ inserted: 3, updated: 0, unchanged: 0 });
    expect(job.summary?.items).toBe(4);
    expect(job.summary?.rejected).toBe(0);
    await current.getByText("导入完成").waitFor();
    const summary = job.summary;
    if (!summary) throw new Error("no summary");
    const expected: [string, number][] = [
      ["ordersInserted", summary.orders.inserted],
      ["ordersUpdated", summary.orders.updated],
      ["ordersUnchanged", summary.orders.unchanged],
      ["items", summary.items],
      ["customersCreated", summary.customers.created],
      ["customersMatched", summary.customers.matched],
      ["rejected", summary.rejected],
      ["rows", summary.rows],
    ];
    for (const [key, value] of expected) expect(await stat(current, key), key).toBe(String(value));
    expect(await current.getByTestId("import-rejects").count()).toBe(0);
    expect(await current.textContent()).toContain("ExportOrderDetailList202605171200.csv");

    const [order] = await ordersNamed(page, "4100000000000001");
    expect(order?.paidFen).toBe(39_800);
    expect(order?.status).toBe("completed");
    expect(order?.items).toHaveLength(2);
    expect((await ordersNamed(page, "4100000000000003"))[0]?.status).toBe("unpaid");

    const row = page.getByTestId("import-history").locator(`tr[data-row-key="${id}"]`);
    await expect.poll(() => row.textContent()).toContain("已完成");
    expect(await row.textContent()).toContain("3 / 0 / 0");
    expect(await row.textContent()).toContain("王店主");
    await menuSettled(page);
    await screenshot(page, "imports");
  });

  it("dry-runs, then imports a file with a bad row and hands out the rejects CSV", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);

    const dry = await upload(page, [BAD_ROW], { dryRun: true });
    expect(dry.job.dryRun).toBe(true);
    expect(dry.job.summary?.rejected).toBe(1);
    await dry.current.getByText("试导入完成", { exact: false }).waitFor();
    expect(await ordersNamed(page, "4100000000000011")).toEqual([]);

    const { id, current, job } = await upload(page, [BAD_ROW]);
    expect(job.summary?.orders.inserted).toBe(1);
    expect(job.summary?.rejected).toBe(1);
    expect(job.rejectsUrl).toBe(`/api/v1/imports/${id}/rejects.csv`);
    const rejects = current.getByTestId("import-rejects");
    expect(await rejects.textContent()).toContain("1 行被拒绝");
    expect(await stat(current, "rejected")).toBe("1");
    expect(await ordersNamed(page, "4100000000000011")).toHaveLength(1);
    expect(await ordersNamed(page, "4100000000000012")).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      rejects.getByRole("link", { name: /下载被拒绝的行/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`import-${id}-rejects.csv`);
    const csv = readFileSync(await download.path(), "utf8").replace(/^\uFEFF/, "");
    const [header, line] = csv.trim().split(/\r?\n/);
    expect(header).toBe("文件,行号,字段,错误代码,原因,原始数据");
    expect(line).toMatch(/^orders-with-bad-row\.csv,3,订单创建时间,invalid_date,/);
    expect(line).toContain("4100000000000012");
  });

  it("refuses a picture at once and explains a file that is not an export", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto("/imports");
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489", "hex");
    await page
      .locator(".ant-upload-drag input[type=file]")
      .setInputFiles({ name: "截图.png", mimeType: "image/png", buffer: png });
    await page.getByText("截图.png 不能导入", { exact: false }).waitFor();
    expect(await page.locator(".ant-upload-list-item").count()).toBe(0);
    expect(await page.getByRole("button", { name: "开始导入" }).isDisabled()).toBe(true);

    const { id, current, job } = await upload(page, [NOT_EXPORT]);
    expect(job.status).toBe("failed");
    expect(job.error?.code).toBe("unknown_format");
    const error = await current.getByTestId("import-error").textContent();
    expect(error).toContain("导入失败");
    expect(error).toContain("无法识别文件 not-an-export.csv 的格式");
    expect(error).toContain("自定义表格");

    // The history row opens to the same explanation, keyboard first.
    const history = page.getByTestId("import-history");
    const row = history.locator(`tr[data-row-key="${id}"]`);
    await expect.poll(() => row.textContent()).toContain("失败");
    expect(await row.textContent()).toContain("自动识别");
    await row.getByRole("button", { name: "展开行" }).press("Enter");
    await expect
      .poll(() => history.locator(".ant-table-expanded-row").textContent())
      .toContain("无法识别文件 not-an-export.csv 的格式");
  });

  it("imports any table with a column mapping", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.goto("/imports");
    await page.locator(".ant-upload-drag input[type=file]").setInputFiles(GENERIC);
    // Through the helper that waits for the dropdown to finish sliding in (a click during it is
    // ignored and the open list then covers the button), and until the list has closed again.
    await choose(page, page.locator("#import-format"), "自定义表格(需列映射)");
    await expect
      .poll(() => page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)").count())
      .toBe(0);
    await page.getByRole("button", { name: "开始导入" }).click();
    await page.getByText("选择“自定义表格”时必须填写列映射。").waitFor();
    await page.locator("#import-mapping").fill(readFileSync(GENERIC_MAPPING, "utf8"));
    await page.getByRole("button", { name: "开始导入" }).click();
    await page.waitForURL(/\/imports\?job=\d+$/);
    const id = Number(new URL(page.url()).searchParams.get("job"));
    await page.getByTestId("current-import").locator(".ant-tag-success").waitFor({ timeout: 30_000 });
    const job = await getJson<Job & { format: string }>(page, `/api/v1/imports/${id}`);
    expect(job.format).toBe("csv");
    expect(job.summary?.orders.inserted).toBeGreaterThan(0);
    expect(await stat(page.getByTestId("current-import"), "ordersInserted")).toBe(
      String(job.summary?.orders.inserted),
    );
    expect(await ordersNamed(page, "A1001")).toHaveLength(1);
  });

  it("fits a phone", async () => {
    const page = await e2e.newPage({ viewport: { width: 390, height: 844 } });
    await login(page, e2e.owner);
    await page.goto(`/imports?job=${firstImport}`);
    await page.getByTestId("current-import").getByText("导入完成").waitFor();
    const overflow = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
    expect(overflow).toBeLessThanOrEqual(0);
    await menuSettled(page);
    await screenshot(page, "imports-phone");
  });

  it("is closed to roles without the import permission", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.aftersale);
    await page.getByRole("menuitem", { name: /客户/ }).first().waitFor();
    expect(await page.getByRole("menuitem", { name: /导入订单/ }).count()).toBe(0);
    await page.goto("/imports");
    await page.getByText("无权访问").waitFor();
    expect(await page.locator(".ant-upload-drag").count()).toBe(0);
    expect((await page.request.get("/api/v1/imports")).status()).toBe(403);
  });
});
