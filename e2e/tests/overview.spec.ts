// Every demo role reads the overview of cluster 1 for 2022 and gets the navigation its role may
// use (README: roles); the figures are the same for all, the roster parts only for its readers.
import { expect, test } from "@playwright/test";
import { type DemoAccount, firstLoad, navigation, screenshotPath, signIn } from "./overview-support.ts";

const roles: ReadonlyArray<{ account: DemoAccount; shows: string[]; hides: string[]; ranks: boolean }> = [
  { account: "admin", shows: ["Tổng quan", "Cụm thi đua", "Đơn vị", "Cán bộ", "Nhập số liệu", "Nhật ký thay đổi", "Tài khoản"], hides: [], ranks: true },
  { account: "editor.hp", shows: ["Tổng quan", "Đơn vị", "Cán bộ", "Nhập số liệu"], hides: ["Nhật ký thay đổi", "Tài khoản"], ranks: true },
  { account: "analyst", shows: ["Tổng quan", "Cụm thi đua", "Đơn vị", "Cán bộ"], hides: ["Nhật ký thay đổi", "Tài khoản"], ranks: true },
  { account: "viewer", shows: ["Tổng quan", "Cụm thi đua", "Đơn vị"], hides: ["Cán bộ", "Nhập số liệu", "Nhật ký thay đổi", "Tài khoản"], ranks: false },
];

for (const { account, shows, hides, ranks } of roles) {
  test(`${account} reads the overview of cluster 1 for 2022 and gets the navigation of its role`, async ({ page }) => {
    await signIn(page, account);
    await expect(page.getByRole("heading", { level: 1, name: "Cụm thi đua số 1 – Bộ Công an" })).toBeVisible(firstLoad);
    await expect(page.getByTestId("kpi-value-CASE_CLEARANCE_RATE")).toHaveText("81,7\u00a0%");
    await expect(page.getByRole("region", { name: "Cụm trưởng năm 2022" })).toContainText("CATP Hải Phòng");
    await expect(page.getByRole("region", { name: "Cụm trưởng năm 2022" })).toContainText("Năm 2023: CATP Cần Thơ");
    await expect(page.getByTestId("leader-2023")).toContainText("Bàn giao từ CATP Hải Phòng ngày 23/11/2022");

    const entries = navigation(page);
    await expect(entries.first()).toHaveText("Tổng quan");
    for (const entry of shows) await expect(entries.filter({ hasText: entry })).toHaveCount(1);
    for (const entry of hides) await expect(entries.filter({ hasText: entry })).toHaveCount(0);
    await expect(page.getByRole("searchbox", { name: "Tìm cán bộ theo họ tên" })).toHaveCount(account === "viewer" ? 0 : 1);

    // ranks at the conference are roster data
    const participants = page.getByRole("table", { name: "Thành phần tham dự" });
    await expect(participants).toContainText("Vũ Thanh Chương");
    await expect(participants.getByRole("columnheader", { name: "Cấp bậc" })).toHaveCount(ranks ? 1 : 0);
    await page.screenshot({ path: screenshotPath(`overview-${account}`), fullPage: true });
  });
}

test("the year picker and the ranking's table view, by keyboard", async ({ page }) => {
  await signIn(page, "analyst");
  await expect(page.getByTestId("kpi-value-CASE_CLEARANCE_RATE")).toHaveText("81,7\u00a0%", firstLoad);
  await page.getByRole("combobox", { name: "Năm thi đua" }).selectOption("2023");
  await expect(page).toHaveURL(/year=2023/);
  await expect(page.getByRole("region", { name: "Cụm trưởng năm 2023" })).toContainText("CATP Cần Thơ");

  const ranking = page.getByRole("region", { name: "Xếp hạng các đơn vị thành viên năm 2023" });
  await ranking.getByRole("radio", { name: "Biểu đồ" }).focus();
  await page.keyboard.press("ArrowRight");
  const table = ranking.getByRole("table", { name: "Tỷ lệ điều tra, khám phá án" });
  await expect(table.locator("tbody tr")).toHaveCount(5);
  await expect(table.locator("tbody tr").first().locator("td").first()).toHaveText("1/5");
});

test("units: the tree, found without diacritics, and a unit's page", async ({ page }) => {
  await signIn(page, "analyst", "/units");
  const tree = page.getByRole("tree", { name: "Cây đơn vị" });
  await expect(tree).toBeVisible(firstLoad);
  await page.getByRole("searchbox", { name: "Tìm đơn vị" }).fill("hai phong");
  await expect(tree.getByRole("treeitem", { name: /^CATP Hải Phòng/ })).toBeVisible();
  await page.screenshot({ path: screenshotPath("units-tree"), fullPage: true });

  await tree.getByRole("treeitem", { name: /^CATP Hải Phòng/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Công an thành phố Hải Phòng" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Chỉ tiêu qua các năm" })).toContainText("Tỷ lệ điều tra, khám phá án");
  await page.getByLabel("Xem theo ngày").fill("2022-11-23");
  await expect(page.getByRole("table", { name: "Chức vụ ngày 23/11/2022" })).toContainText("Vũ Thanh Chương");
  await expect(page.getByRole("link", { name: /^Danh sách cán bộ/ })).toHaveAttribute("href", "/people?unit=CATP-HP&asOf=2022-11-23");
  await page.screenshot({ path: screenshotPath("unit-page"), fullPage: true });
});
