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

/** A CSV file's records by header (RFC 4180 quoting, CRLF, a BOM), as the API's export writes it. */
export function csvRecords(text: string): Array<Record<string, string>> {
  const rows: string[][] = [[]];
  const field = /"((?:[^"]|"")*)"|([^,\r\n]*)/y;
  let at = text.startsWith("\uFEFF") ? 1 : 0;
  while (at < text.length) {
    field.lastIndex = at;
    const [whole, quoted, plain] = field.exec(text) ?? ["", undefined, ""];
    rows.at(-1)?.push(quoted === undefined ? (plain ?? "") : quoted.replaceAll('""', '"'));
    at += whole.length;
    if (text[at] === ",") at += 1;
    else if (text.startsWith("\r\n", at) || text[at] === "\n") {
      at += text[at] === "\r" ? 2 : 1;
      if (at < text.length) rows.push([]);
    }
  }
  const [header = [], ...records] = rows;
  return records.map((record) => Object.fromEntries(header.map((name, index) => [name, record[index] ?? ""])));
}
