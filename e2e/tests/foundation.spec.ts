// The dashboard's first promise, in a real browser against the real API on the demo data: sign in
// as the administrator and read cluster 1 as the source article tells it.
import { expect, test } from "@playwright/test";
import { firstLoad, screenshotPath, signIn } from "./overview-support.ts";

test("an administrator signs in and reads cluster 1: the 2022 rate, the 2023 leader, the handover and the conference", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/, firstLoad);
  await page.screenshot({ path: screenshotPath("sign-in"), fullPage: true });
  await signIn(page, "admin", "/");

  await expect(page).toHaveURL(/\/overview\?cluster=1&year=2022$/);
  await expect(page.getByRole("heading", { level: 1, name: "Cụm thi đua số 1 – Bộ Công an" })).toBeVisible(firstLoad);
  const rate = page.getByRole("figure", { name: "Tỷ lệ điều tra, khám phá án" });
  await expect(rate.getByTestId("kpi-value-CASE_CLEARANCE_RATE")).toHaveText("81,7\u00a0%");
  await expect(page.getByRole("region", { name: "Cụm trưởng năm 2022" }).getByRole("link")).toHaveText("CATP Hải Phòng");

  const leader2023 = page.getByTestId("leader-2023");
  await expect(leader2023.getByRole("link")).toHaveText("CATP Cần Thơ");
  await expect(leader2023).toContainText("Bàn giao từ CATP Hải Phòng ngày 23/11/2022");
  await expect(leader2023).toContainText("Người nhận: Trần Văn Dương");

  const participants = page.getByRole("table", { name: "Thành phần tham dự" });
  const rows = participants.locator("tbody tr");
  await expect(rows).toHaveCount(8);
  await expect(rows.nth(0)).toContainText("Chỉ đạo");
  await expect(rows.nth(0)).toContainText("Nguyễn Công Bảy");
  await expect(rows.nth(1)).toContainText("Chủ trì");
  await expect(rows.nth(1)).toContainText("Vũ Thanh Chương");
  await expect(rows.filter({ hasText: /^Dự/ })).toHaveCount(6);
  await expect(rows.filter({ hasText: "Vũ Thị Hương" })).toContainText("Ngoài lực lượng");

  // the charts load after the first view; the ranking has its bars
  await expect(page.getByRole("region", { name: "Xếp hạng các đơn vị thành viên năm 2022" }).locator(".recharts-bar-rectangle").first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("overview-admin"), fullPage: true });
});
