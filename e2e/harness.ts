/**
 * End-to-end harness: the real server (API, web app from packages/web/dist, pg-boss worker) on a
 * fresh test database holding a generated demo shop, and Debian's Chromium driven by
 * playwright-core. Specs call `startE2e()` once per file.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  createShop,
  createStaffMember,
  createTranslator,
  generateDemoShop,
  importOrders,
  OPERATOR,
  recomputeAnalytics,
  refreshShopSegments,
  type Shop,
} from "@laoke/core";
import { createTestDatabase } from "@laoke/db/testing";
import {
  type App,
  type BossQueue,
  buildApp,
  loadConfig,
  startBoss,
  startWorker,
  type Worker,
} from "@laoke/server";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { onTestFailed } from "vitest";
import { chromiumPath, launchChromium } from "./browser.ts";

export const E2E_PASSWORD = "e2e-password-2026";
export const SCREENSHOTS = join(import.meta.dirname, "screenshots");

/**
 * True when the browser tests can run. Without Chromium they are skipped on a developer's
 * machine (with a note saying how to install it) but fail in CI, where `.ci/run` installs it.
 */
export function browserAvailable(): boolean {
  if (chromiumPath()) return true;
  if (process.env.CI)
    throw new Error("e2e: Chromium not found (CI must install it: apt-get install chromium)");
  console.warn(
    "e2e: skipped, no Chromium. Install it with: sudo apt-get install chromium fonts-wqy-microhei",
  );
  return false;
}

export interface E2e {
  url: string;
  shop: Shop;
  owner: { email: string; password: string };
  aftersale: { email: string; password: string };
  browser: Browser;
  /** A new browser context (own cookies) at a laptop size, in Chinese unless told otherwise. */
  newPage(options?: { viewport?: { width: number; height: number }; locale?: string }): Promise<Page>;
  close(): Promise<void>;
}

/** Start the server on a seeded shop of `customers` demo customers, and the browser. */
export async function startE2e(options: { customers?: number } = {}): Promise<E2e> {
  const handle = await createTestDatabase();
  const home = mkdtempSync(join(tmpdir(), "laoke-e2e-"));
  const shop = await createShop(handle.db, OPERATOR, { slug: "e2e", name: "老客演示店" });
  const generated = await generateDemoShop({
    customers: options.customers ?? 300,
    seed: 7,
    outDir: join(home, "demo"),
    shopify: true,
  });
  const t = createTranslator("zh-CN");
  await importOrders(handle.pool, OPERATOR, {
    shop,
    files: generated.files,
    format: "auto",
    rejectsDir: join(home, "rejects"),
    rejectsHeader: t("rejects.header", { returnObjects: true }) as unknown as string[],
    describeReject: (r) => t(`rejects.${r.code}`, { field: r.field ?? "" }),
  });
  await recomputeAnalytics(handle, OPERATOR, shop, { mode: "full" });
  // As the analytics job after every import does: purchases per product, behaviour, segments.
  await refreshShopSegments(handle.db, shop.id);
  const owner = { email: "owner@e2e.laoke", password: E2E_PASSWORD };
  const aftersale = { email: "aftersale@e2e.laoke", password: E2E_PASSWORD };
  await createStaffMember(handle.db, OPERATOR, shop.id, { ...owner, role: "owner", displayName: "王店主" });
  await createStaffMember(handle.db, OPERATOR, shop.id, {
    ...aftersale,
    role: "aftersale",
    displayName: "小李",
  });

  let boss: BossQueue | undefined;
  let worker: Worker | undefined;
  let app: App | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  const close = async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await app?.close();
    await worker?.stop();
    await boss?.stop({ timeoutMs: 1000 });
    await handle.dispose();
    rmSync(home, { recursive: true, force: true });
  };
  try {
    boss = await startBoss(handle, { poolSize: 2 });
    const jobs = boss;
    // LAOKE_WEB_ROOT may point the tests at another build of the app.
    const env = { LAOKE_WEB_ROOT: process.env.LAOKE_WEB_ROOT };
    const config = loadConfig(env, { logLevel: "silent", home, port: 0, loginRatePerMinute: 1000 });
    app = await buildApp({ handle, config, jobs });
    worker = await startWorker(handle, jobs, { home, pollingIntervalSeconds: 0.5, progressIntervalMs: 100 });
    await app.listen({ port: 0, host: "127.0.0.1" });
    const address = app.server.address();
    const url = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    const launched = browser;
    return {
      url,
      shop,
      owner,
      aftersale,
      browser: launched,
      async newPage(pageOptions = {}) {
        const context = await launched.newContext({
          baseURL: url,
          viewport: pageOptions.viewport ?? { width: 1366, height: 768 },
          locale: pageOptions.locale ?? "zh-CN",
        });
        context.setDefaultTimeout(15_000);
        contexts.push(context);
        const page = await context.newPage();
        // A failing test leaves a picture of what the browser showed.
        onTestFailed(async ({ task }) => {
          const name = `failed-${task.name.replace(/[^\w]+/g, "-").slice(0, 60)}`;
          await page
            .screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
            .catch(() => undefined);
        });
        return page;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Sign in through the login page and wait for the overview. */
export async function login(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto("/login");
  await page.locator("#account").fill(account.email);
  await page.locator("#password").fill(account.password);
  await page.locator("button[type=submit]").click();
  await page.waitForURL((u) => !u.pathname.startsWith("/login"));
}

/** Save a full-page screenshot under e2e/screenshots/ for reviewers. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
