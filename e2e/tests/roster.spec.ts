// The roster in a real browser against the real API on the demo data: search without
// diacritics, filters in the address, an edit seen live in a second browser context, a conflict
// between two contexts, a promotion and a transfer, a post assigned from the drawer, and an
// export that follows the filters.
import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import { csvRecords, rosterNames, screenshotPath, signedInPage, signIn } from "./roster-support.ts";

/** Opens the first officer of a unit's roster in the drawer; returns the name shown. */
async function openFirstOfficer(page: Page, unitCode: string, skip = 0): Promise<string> {
  await page.goto(`/people?unit=${unitCode}&rankFrom=THIEU_UY&rankTo=THUONG_TA`);
  const link = rosterNames(page).nth(skip).getByRole("link");
  await expect(link).toBeVisible();
  const name = (await link.textContent()) ?? "";
  await link.click();
  await expect(page.getByRole("dialog", { name })).toBeVisible();
  return name;
}

test("finds a person typed without diacritics; the search and filters live in the address", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByRole("searchbox", { name: "Tìm theo họ tên" }).fill("tran van duong");
  await expect(page).toHaveURL(/search=tran\+van\+duong/);
  await expect(rosterNames(page).filter({ hasText: "Trần Văn Dương" }).first()).toBeVisible();

  // a bookmarked view opens as it was: unit subtree, rank range, post
  await page.goto("/people?unit=CATP-HP&rankFrom=THIEU_TA&post=giam+doc");
  await expect(page.getByRole("searchbox", { name: "Chức vụ" })).toHaveValue("giam doc");
  await expect(rosterNames(page).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("roster-filtered"), fullPage: true });
});

test("stays smooth on the long list: rows load as the user scrolls, few are in the DOM", async ({ page }) => {
  await signIn(page, "admin");
  const scroller = page.getByTestId("roster-scroll");
  await expect(rosterNames(page).first()).toBeVisible();
  const total = Number((await page.getByText(/^[\d.]+ người/).first().textContent())?.replace(/\D/g, ""));
  expect(total).toBeGreaterThan(200);
  for (let step = 0; step < 6; step++) await scroller.evaluate((element) => element.scrollBy(0, 2500));
  await expect(page.getByText(/đã tải [\d.]+/)).toBeVisible();
  expect(await page.locator("tbody tr").count()).toBeLessThanOrEqual(100);
  await page.screenshot({ path: screenshotPath("roster"), fullPage: true });
});

// The second browser is the CATP-HP editor: its subscription hears only of its own subtree, and a
// name edit (a change to the person, which has no unit of its own) must still reach it.
test("an edit made in one browser shows live in another, and a conflict offers both versions", async ({ browser }) => {
  // two browsers, each signing in and loading the roster: on a loaded machine more than a minute
  test.slow();
  const first = await signedInPage(browser, "admin");
  const name = await openFirstOfficer(first, "CATP-HP");
  const second = await signedInPage(browser, "editor.hp", `/people?search=${encodeURIComponent(name)}`);
  await expect(rosterNames(second).filter({ hasText: name }).first()).toBeVisible();

  // the second browser starts editing from the same version as the first
  await second.getByRole("link", { name }).first().click();
  await second.getByRole("button", { name: "Sửa thông tin" }).click();
  const secondForm = second.getByRole("form", { name: "Sửa thông tin" });

  await first.getByRole("button", { name: "Sửa thông tin" }).click();
  const firstForm = first.getByRole("form", { name: "Sửa thông tin" });
  await firstForm.getByLabel("Họ và tên").fill(`${name} Một`);
  await firstForm.getByRole("button", { name: "Lưu" }).click();
  await expect(firstForm).toBeHidden();

  // live: the other browser's roster row and drawer heading change without a reload
  await expect(second.getByRole("heading", { name: `${name} Một` })).toBeVisible();

  // the second browser saves over a stale version: the conflict dialog shows both sides
  await secondForm.getByLabel("Họ và tên").fill(`${name} Hai`);
  await secondForm.getByRole("button", { name: "Lưu" }).click();
  const conflict = second.getByRole("dialog", { name: "Người khác đã lưu trước bạn" });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole("cell", { name: `${name} Một` })).toBeVisible();
  await expect(conflict.getByRole("cell", { name: `${name} Hai` })).toBeVisible();
  await second.screenshot({ path: screenshotPath("conflict") });
  await conflict.getByRole("button", { name: "Áp dụng lại thay đổi của tôi" }).click();
  await expect(second.getByRole("heading", { name: `${name} Hai` })).toBeVisible();
  await expect(first.getByRole("heading", { name: `${name} Hai` })).toBeVisible();
  await first.context().close();
  await second.context().close();
});

test("promotes an officer and transfers one to another unit", async ({ page }) => {
  await signIn(page, "admin");
  await openFirstOfficer(page, "CATP-HP", 1);
  const drawer = page.getByRole("dialog").first();
  const before = await drawer.locator(".mantine-Badge-root").first().textContent();

  await drawer.getByRole("button", { name: "Thăng cấp bậc" }).click();
  const promote = page.getByRole("form", { name: "Thăng cấp bậc" });
  await promote.getByLabel("Số quyết định").fill("4321/QĐ-BCA");
  await page.screenshot({ path: screenshotPath("promote-form") });
  await promote.getByRole("button", { name: "Thăng cấp bậc" }).click();
  await expect(promote).toBeHidden();
  await expect(drawer.locator(".mantine-Badge-root").first()).not.toHaveText(before ?? "");
  await drawer.getByRole("tab", { name: "Cấp bậc" }).click();
  await expect(drawer.getByText("QĐ 4321/QĐ-BCA")).toBeVisible();

  await drawer.getByRole("button", { name: "Điều động" }).click();
  const transfer = page.getByRole("form", { name: "Điều động" });
  await transfer.getByRole("combobox", { name: /Đơn vị mới/ }).fill("can tho");
  await page.getByRole("option", { name: /CATP Cần Thơ \(CATP-CT\)/ }).click();
  await transfer.getByRole("button", { name: "Điều động" }).click();
  await expect(transfer).toBeHidden();
  await drawer.getByRole("tab", { name: "Đơn vị công tác" }).click();
  await expect(drawer.getByText("CATP Cần Thơ").first()).toBeVisible();
  await page.screenshot({ path: screenshotPath("person-drawer") });
});

test("assigns a post from the drawer and sees it in the post timeline", async ({ page }) => {
  await signIn(page, "admin");
  await openFirstOfficer(page, "CATP-DN");
  const drawer = page.getByRole("dialog").first();
  await drawer.getByRole("tab", { name: "Chức vụ", exact: true }).click();
  await drawer.getByRole("button", { name: "Thêm chức vụ" }).click();
  const form = page.getByRole("form", { name: "Thêm chức vụ" });
  await expect(form.getByRole("combobox", { name: /Đơn vị/ })).toHaveValue(/CATP-DN/);
  await form.getByRole("textbox", { name: "Chức danh", exact: true }).fill("Tổ trưởng tổ công tác E2E");
  await form.getByRole("textbox", { name: "Chức danh tiếng Anh" }).fill("Head of the E2E Task Team");
  await form.getByLabel("Từ ngày").fill("2024-03-01");
  await page.screenshot({ path: screenshotPath("assign-post-form") });
  await form.getByRole("button", { name: "Thêm chức vụ" }).click();
  await expect(form).toBeHidden();

  const panel = drawer.getByRole("tabpanel", { name: "Chức vụ" });
  await expect(panel.getByText("Tổ trưởng tổ công tác E2E")).toBeVisible();
  await expect(panel.getByText("01/03/2024 – nay")).toBeVisible();
  await expect(panel.getByRole("button", { name: "Kết thúc Tổ trưởng tổ công tác E2E" })).toBeVisible();
  await page.screenshot({ path: screenshotPath("post-timeline") });
});

test("exports only the rows of a cluster and rank range", async ({ page }) => {
  await signIn(page, "admin", "/people?cluster=1&rankFrom=TRUNG_TA&rankTo=THUONG_TA&asOf=2023-06-30");
  await expect(rosterNames(page).first()).toBeVisible();
  // "179 người · đã tải 50": the first number is the roster's total
  const counts = await page.getByText(/^[\d.]+ người/).first().textContent();
  const total = Number(counts?.match(/^([\d.]+) người/)?.[1]?.replaceAll(".", ""));
  expect(total).toBeGreaterThan(0);

  await page.getByRole("button", { name: "Xuất" }).click();
  const download = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "Tệp CSV" }).click();
  const records = csvRecords(await readFile((await (await download).path()) as string, "utf8"));
  expect(records).toHaveLength(total);
  // cluster 1's members (README: the facts) and their divisions, in the range of ranks
  for (const record of records) {
    expect(record.unit_code).toMatch(/^CATP-(HN|HCM|DN|CT|HP)(-|$)/);
    expect(["TRUNG_TA", "THUONG_TA"]).toContain(record.rank);
  }
  await page.screenshot({ path: screenshotPath("roster-export-filtered"), fullPage: true });
});
