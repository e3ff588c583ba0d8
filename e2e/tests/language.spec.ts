// Vietnamese first, English on demand, and back; a person found from the header without typing
// diacritics; the main pages in the other language and in dark mode, saved as screenshots.
import { expect, test } from "@playwright/test";
import { firstLoad, screenshotPath, signIn } from "./overview-support.ts";

test("switches the dashboard to English and back: labels, names and 81.7%", async ({ page }) => {
  await signIn(page, "admin");
  await expect(page.getByTestId("kpi-value-CASE_CLEARANCE_RATE")).toHaveText("81,7\u00a0%", firstLoad);

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Emulation Cluster No. 1 – Ministry of Public Security" })).toBeVisible();
  await expect(page.getByTestId("kpi-value-CASE_CLEARANCE_RATE")).toHaveText("81.7%");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "Overview" })).toBeVisible();
  await expect(page.getByTestId("leader-2023")).toContainText("Handed over by CATP Hải Phòng on 23 Nov 2022");
  await expect(page.getByRole("table", { name: "Participants" })).toContainText("Directs");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.screenshot({ path: screenshotPath("overview-english"), fullPage: true });

  // remembered on the next visit
  await page.reload();
  await expect(page.getByTestId("kpi-value-CASE_CLEARANCE_RATE")).toHaveText("81.7%", firstLoad);

  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cụm thi đua số 1 – Bộ Công an" })).toBeVisible();
  await expect(page.getByTestId("kpi-value-CASE_CLEARANCE_RATE")).toHaveText("81,7\u00a0%");
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test("finds a person from the header typed without diacritics, and opens them on the roster", async ({ page }) => {
  await signIn(page, "analyst");
  const search = page.getByRole("searchbox", { name: "Tìm cán bộ theo họ tên" });
  await expect(search).toBeVisible(firstLoad);
  await search.fill("tran van duong");
  const suggestion = page.getByRole("option", { name: /^Trần Văn Dương/ }).first();
  await expect(suggestion).toBeVisible();
  await suggestion.click();
  await expect(page).toHaveURL(/\/people\?search=tran\+van\+duong&person=/);
  await expect(page.getByRole("dialog", { name: "Trần Văn Dương" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("people-search"), fullPage: true });
});

test("dark mode is remembered, and the main pages read well in it", async ({ page }) => {
  await signIn(page, "viewer", "/clusters");
  await expect(page.getByRole("heading", { level: 1, name: "Cụm thi đua" })).toBeVisible(firstLoad);
  await page.getByRole("button", { name: "Chuyển sang nền tối" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await page.screenshot({ path: screenshotPath("clusters-dark"), fullPage: true });
  await page.goto("/overview?cluster=1&year=2022");
  await expect(page.locator("html")).toHaveAttribute("data-mantine-color-scheme", "dark");
  await expect(page.getByTestId("kpi-value-CASE_CLEARANCE_RATE")).toHaveText("81,7\u00a0%", firstLoad);
  await expect(page.getByRole("table", { name: "Thành phần tham dự" })).toBeVisible();
  await expect(page.getByTestId("completeness-ratio")).toBeVisible();
  await page.screenshot({ path: screenshotPath("overview-dark"), fullPage: true });
});
