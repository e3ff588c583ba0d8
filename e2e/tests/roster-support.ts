// Shared steps of the roster and admin browser tests: signing in as a demo account, and where
// screenshots go (e2e/artifacts/screenshots/, kept by CI as artifacts).
import { type Browser, type Page, expect } from "@playwright/test";

export const demoPassword = "thidua-demo";
export type DemoAccount = "admin" | "editor.hp" | "analyst" | "viewer";

/**
 * A fresh browser context fetches every module of the page it opens from the dev server (a hundred
 * or more, none cached yet): on a loaded machine that alone can outlast an assertion's usual wait.
 */
const firstPageLoad = { timeout: 45_000 };

/** Signs in and waits until the page asked for has its code in (its title is shown). */
export async function signIn(page: Page, account: DemoAccount, next = "/people"): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(`${account}@demo.thidua`);
  await page.getByLabel("Mật khẩu").fill(demoPassword);
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible(firstPageLoad);
}

/** A fresh browser context (its own cookies), signed in. */
export async function signedInPage(browser: Browser, account: DemoAccount, next = "/people"): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account, next);
  return page;
}

export function screenshotPath(name: string): string {
  return new URL(`../artifacts/screenshots/${name}.png`, import.meta.url).pathname;
}

/** The roster's rows (the name cells), as shown. */
export function rosterNames(page: Page) {
  return page.getByRole("table", { name: "Cán bộ" }).getByRole("rowheader");
}
