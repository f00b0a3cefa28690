/** Browser: signing in and out, the language switch, and the login page's errors. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, type E2e, login, screenshot, startE2e } from "./harness.ts";

describe.runIf(browserAvailable())("login", () => {
  let e2e: E2e;
  beforeAll(async () => {
    e2e = await startE2e();
  });
  afterAll(async () => e2e?.close());

  it("sends a signed-out visitor to the login page and back where they were going", async () => {
    const page = await e2e.newPage();
    await page.goto("/customers");
    await page.waitForURL(/\/login\?next=%2Fcustomers/);
    await page.locator("#account").waitFor();
    await screenshot(page, "login");
    await page.locator("#account").fill(e2e.owner.email);
    await page.locator("#password").fill(e2e.owner.password);
    await page.getByRole("button", { name: "登录" }).click();
    await page.waitForURL(/\/customers$/);
  });

  it("shows the server's message for a wrong password, in Chinese", async () => {
    const page = await e2e.newPage();
    await page.goto("/login");
    await page.locator("#account").fill(e2e.owner.email);
    await page.locator("#password").fill("wrong-password-123");
    await page.getByRole("button", { name: "登录" }).click();
    await expect.poll(() => page.getByRole("alert").innerText()).toContain("登录失败");
  });

  it("switches the whole UI to English and remembers it", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.getByText("English", { exact: true }).click();
    await expect.poll(() => page.getByRole("menuitem", { name: /Customers/ }).count()).toBeGreaterThan(0);
    await page.reload();
    await expect.poll(() => page.getByRole("menuitem", { name: /Customers/ }).count()).toBeGreaterThan(0);
    await page.getByText("中文", { exact: true }).click();
    await expect.poll(() => page.getByRole("menuitem", { name: /客户/ }).count()).toBeGreaterThan(0);
  });

  it("can be used with the keyboard alone", async () => {
    const page = await e2e.newPage();
    await page.goto("/login");
    await page.locator("#account").waitFor();
    // The account field has the focus on arrival; Tab moves on to the password; Enter signs in.
    await page.keyboard.type(e2e.owner.email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(e2e.owner.password);
    await page.keyboard.press("Enter");
    await page.waitForURL((u) => u.pathname === "/");
    // The side menu is reachable and opens a page with Enter.
    const customers = page.getByRole("menuitem", { name: /客户/ });
    await customers.focus();
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/customers$/);
  });

  it("signs out", async () => {
    const page = await e2e.newPage();
    await login(page, e2e.owner);
    await page.getByTestId("account-menu").hover();
    await page.getByText("退出登录").click();
    await page.waitForURL(/\/login/);
    await page.goto("/customers");
    await page.waitForURL(/\/login/);
  });
});
