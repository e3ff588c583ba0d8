// Shared steps of the shell's browser tests (foundation, overview, language): signing in as a
// demo account through the sign-in page, and where screenshots go (e2e/artifacts/screenshots/).
import { expect, type Page } from "@playwright/test";

export type DemoAccount = "admin" | "editor.hp" | "analyst" | "viewer";

/** A fresh context loads every module from the dev server: on a busy machine that takes a while. */
export const firstLoad = { timeout: 45_000 };

/** Signs in from the sign-in page the dashboard sends a visitor to, and lands where it was going. */
export async function signIn(page: Page, account: DemoAccount, address = "/overview?cluster=1&year=2022"): Promise<void> {
  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1, name: "Đăng nhập" })).toBeVisible(firstLoad);
  await page.getByLabel("Email").fill(`${account}@demo.thidua`);
  await page.getByLabel("Mật khẩu").fill("thidua-demo");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** The side navigation's entries, as the account's role gets them. */
export function navigation(page: Page) {
  return page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link");
}

export function screenshotPath(name: string): string {
  return new URL(`../artifacts/screenshots/${name}.png`, import.meta.url).pathname;
}
