// The admin tools in a real browser: bulk import with a bad row fixed before the commit, export
// to CSV and XLSX, what each role may do on the roster, and the other admin pages.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { rosterNames, screenshotPath, signedInPage, signIn } from "./roster-support.ts";

const header = "service_number,full_name,rank,rank_from,unit_code,unit_from";

test("imports officers from CSV: a bad row is shown, fixed, then every row is written", async ({ page }) => {
  await signIn(page, "admin");
  const suffix = String(Date.now()).slice(-6);
  const good = `E2E-${suffix}-1,Lê Thị Nhập Một,DAI_UY,2020-01-01,CATP-HP,2020-01-01`;
  const bad = `E2E-${suffix}-2,Lê Văn Nhập Hai,KHONG_CO,2020-01-01,CATP-HP,2020-01-01`;
  const fixed = `E2E-${suffix}-2,Lê Văn Nhập Hai,THIEU_TA,2020-01-01,CATP-HP,2020-01-01`;

  await page.getByRole("button", { name: "Nhập từ tệp" }).click();
  const dialog = page.getByRole("dialog", { name: "Nhập danh sách cán bộ" });
  const chooser = page.waitForEvent("filechooser");
  await dialog.getByRole("button", { name: "Chọn tệp…" }).click();
  await (await chooser).setFiles({ name: "officers.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\n${good}\n${bad}\n`) });
  await expect(dialog.getByText(/2 dòng, 1 lỗi ở 1 dòng/)).toBeVisible();
  const badRow = dialog.getByRole("row", { name: /Lê Văn Nhập Hai/ });
  await expect(badRow.getByText(/rank/)).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Ghi 2 dòng" })).toBeDisabled();
  await page.screenshot({ path: screenshotPath("import-errors") });

  const again = page.waitForEvent("filechooser");
  await dialog.getByRole("button", { name: "Chọn tệp khác…" }).click();
  await (await again).setFiles({ name: "officers.csv", mimeType: "text/csv", buffer: Buffer.from(`${header}\n${good}\n${fixed}\n`) });
  await expect(dialog.getByText("2 dòng hợp lệ, sẵn sàng ghi.")).toBeVisible();
  await dialog.getByRole("button", { name: "Ghi 2 dòng" }).click();
  await expect(dialog.getByText("Đã nhập 2 bản ghi.")).toBeVisible();
  await dialog.getByRole("button", { name: "Đóng" }).click();

  await page.getByRole("searchbox", { name: "Tìm theo họ tên" }).fill("le van nhap hai");
  await expect(rosterNames(page).filter({ hasText: "Lê Văn Nhập Hai" })).toBeVisible();
});

test("exports the roster's view as CSV (the API's route) and as XLSX", async ({ page }) => {
  await signIn(page, "admin", "/people?unit=CATP-CT");
  await expect(rosterNames(page).first()).toBeVisible();

  await page.getByRole("button", { name: "Xuất" }).click();
  const csvDownload = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Tệp CSV" }).click();
  const csv = await csvDownload;
  const text = await readFile((await csv.path()) as string, "utf8");
  expect(text.replace(/^\uFEFF/, "").split(/\r?\n/)[0]).toContain("service_number");
  expect(text).toContain("CATP-CT");

  await page.getByRole("button", { name: "Xuất" }).click();
  const xlsxDownload = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Tệp Excel (.xlsx)" }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  const bytes = await readFile((await xlsx.path()) as string);
  expect(bytes.subarray(0, 2).toString()).toBe("PK");
});

test("roles: a viewer has no roster; the CATP-HP editor edits its own officers, not CATP-HN's", async ({ browser }) => {
  // two browsers, each signing in: on a loaded machine more than a minute
  test.slow();
  const viewer = await signedInPage(browser, "viewer", "/overview");
  await expect(viewer.getByRole("navigation").getByRole("link", { name: "Cán bộ" })).toHaveCount(0);
  await viewer.goto("/people");
  await expect(viewer.getByRole("table", { name: "Cán bộ" })).toHaveCount(0);
  await viewer.context().close();

  const editor = await signedInPage(browser, "editor.hp", "/people?unit=CATP-HP");
  await rosterNames(editor).first().getByRole("link").click();
  await expect(editor.getByRole("button", { name: "Sửa thông tin" })).toBeVisible();
  await editor.goto("/people?unit=CATP-HN");
  await rosterNames(editor).first().getByRole("link").click();
  await expect(editor.getByRole("dialog").getByRole("tab", { name: "Cấp bậc" })).toBeVisible();
  await expect(editor.getByRole("button", { name: "Sửa thông tin" })).toHaveCount(0);
  await editor.context().close();
});

test("the admin pages: metrics entry, events, commendations and the audit log", async ({ page }) => {
  await signIn(page, "admin", "/metrics-entry?cluster=1&year=2022&granularity=MONTH&period=2022-03-01");
  await expect(page.getByRole("table", { name: /Số liệu Tháng 3\/2022/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath("metrics-entry"), fullPage: true });

  await page.goto("/events?cluster=1");
  await expect(page.getByRole("table", { name: "Thành phần tham dự" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("events"), fullPage: true });

  await page.goto("/commendations?year=2022");
  await expect(page.getByRole("heading", { name: "Khen thưởng", level: 1 })).toBeVisible();
  await page.screenshot({ path: screenshotPath("commendations"), fullPage: true });

  await page.goto("/audit");
  await expect(page.getByText(/\d+ thay đổi/)).toBeVisible();
  await page.screenshot({ path: screenshotPath("audit"), fullPage: true });
});
