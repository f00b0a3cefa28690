/**
 * Driving antd widgets from Playwright: its popups ignore clicks while they slide in, and its
 * modals zoom, so these helpers wait for the animation classes to go before acting or shooting.
 */
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { SCREENSHOTS } from "./harness.ts";

/** The antd card whose title is `title`. */
export const card = (page: Page, title: string) =>
  page.locator(".ant-card").filter({ has: page.locator(".ant-card-head-title", { hasText: title }) });

/** Wait until the newest antd popup matching `selector` has finished sliding in (antd ignores clicks before). */
export async function popup(page: Page, selector: string): Promise<Locator> {
  const dropdown = page.locator(selector).last();
  await dropdown.waitFor();
  await expect.poll(async () => (await dropdown.getAttribute("class")) ?? "").not.toMatch(/-(enter|appear)/);
  return dropdown;
}

/** Choose `option` in the antd Select `select` (see e2e/settings.test.ts). */
export async function choose(page: Page, select: Locator, option: string) {
  await select.click();
  const dropdown = await popup(page, ".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
  await dropdown.locator(".ant-select-item-option", { hasText: option }).first().click();
}

/** Type a date (and time) into an antd DatePicker and confirm it. */
export async function pickDate(page: Page, input: Locator, value: string) {
  await input.click();
  const panel = await popup(page, ".ant-picker-dropdown:not(.ant-picker-dropdown-hidden)");
  await input.fill(value);
  const ok = panel.locator(".ant-picker-ok button");
  if (await ok.count()) await ok.click();
  else await input.press("Enter");
  await expect.poll(() => input.inputValue()).toBe(value);
}

/** A screenshot of the screen as seen (a modal over a long page), not of the whole page. */
export const screenView = (page: Page, name: string) =>
  page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

/** Confirm the open Popconfirm. */
export const confirm = (page: Page) =>
  page.locator(".ant-popover:visible").getByRole("button", { name: "确定" }).click();

/** Wait until no modal or popover is still zooming in or out. */
export async function settled(page: Page) {
  await expect.poll(() => page.locator("[class*='-zoom-'][class*='-active']").count()).toBe(0);
}

/** Wait until no table is showing its loading veil (it fades out after the rows arrive). */
export async function idle(page: Page) {
  await expect.poll(() => page.locator(".ant-spin-spinning, .ant-spin-blur").count()).toBe(0);
}
