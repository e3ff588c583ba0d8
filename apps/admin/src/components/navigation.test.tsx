import { cleanup, screen, waitFor, within } from "@testing-library/react";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { AccountRole } from "../extensions/access.ts";
import { apiRequest, renderApp, signIn } from "../../test/render-app.tsx";

const password = "vai-tro-dieu-huong-2022";
const accounts: Record<AccountRole, string> = {
  ADMIN: "nav.admin@thidua.test",
  UNIT_EDITOR: "nav.editor@thidua.test",
  ANALYST: "nav.analyst@thidua.test",
  VIEWER: "nav.viewer@thidua.test",
};

async function signInAs(role: AccountRole) {
  await apiRequest("mutation { logout }");
  await signIn({ email: accounts[role], password });
}

async function navigationEntries(): Promise<string[]> {
  const nav = await screen.findByRole("navigation", { name: "Điều hướng chính" });
  await waitFor(() => expect(within(nav).getAllByRole("link").length).toBeGreaterThan(0));
  return within(nav)
    .getAllByRole("link")
    .map((link) => link.textContent ?? "");
}

// One account of each role, made by the test administrator through the real API; each signs in
// and reads the navigation its role is given (the README's roles; the API refuses the rest anyway).
describe("role-aware navigation", () => {
  beforeAll(async () => {
    await signIn();
    const { units } = await apiRequest<{ units: { edges: Array<{ node: { id: string } }> } }>('{ units(search: "CATP-HP", first: 1) { edges { node { id } } } }');
    for (const [role, email] of Object.entries(accounts)) {
      await apiRequest("mutation ($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }", {
        input: { email, password, displayName: `Điều hướng ${role}`, role, mustChangePassword: false, ...(role === "UNIT_EDITOR" ? { unitId: units.edges[0]?.node.id } : {}) },
      });
    }
  });
  afterEach(cleanup);

  it("gives an administrator every page, the audit log and the accounts included", async () => {
    await signInAs("ADMIN");
    renderApp("/overview");
    const entries = await navigationEntries();
    expect(entries).toEqual(expect.arrayContaining(["Tổng quan", "Cụm thi đua", "Đơn vị", "Cán bộ", "Nhập số liệu", "Nhật ký thay đổi", "Tài khoản"]));
    expect(entries[0]).toBe("Tổng quan");
  });

  it("gives a unit editor the roster and metrics entry, not the audit log", async () => {
    await signInAs("UNIT_EDITOR");
    renderApp("/overview");
    const entries = await navigationEntries();
    expect(entries).toEqual(expect.arrayContaining(["Tổng quan", "Đơn vị", "Cán bộ", "Nhập số liệu"]));
    expect(entries).not.toContain("Nhật ký thay đổi");
    expect(entries).not.toContain("Tài khoản");
  });

  it("gives an analyst the roster to read, not the audit log", async () => {
    await signInAs("ANALYST");
    renderApp("/overview");
    const entries = await navigationEntries();
    expect(entries).toEqual(expect.arrayContaining(["Tổng quan", "Cụm thi đua", "Đơn vị", "Cán bộ"]));
    expect(entries).not.toContain("Nhật ký thay đổi");
    expect(await screen.findByRole("searchbox", { name: "Tìm cán bộ theo họ tên" })).toBeTruthy();
  });

  it("gives a viewer the overview and aggregates only, and says so calmly at a page it may not use", async () => {
    await signInAs("VIEWER");
    const { router } = renderApp("/overview");
    const entries = await navigationEntries();
    expect(entries).toEqual(expect.arrayContaining(["Tổng quan", "Cụm thi đua", "Đơn vị"]));
    for (const hidden of ["Cán bộ", "Nhập số liệu", "Nhật ký thay đổi", "Tài khoản"]) expect(entries).not.toContain(hidden);
    expect(screen.queryByRole("searchbox", { name: "Tìm cán bộ theo họ tên" })).toBeNull();

    // the conference's participants without their ranks (roster data), the rest as for anyone
    const participants = await screen.findByRole("table", { name: "Thành phần tham dự" });
    expect(within(participants).getAllByRole("columnheader").map((cell) => cell.textContent)).not.toContain("Cấp bậc");
    expect(participants.textContent).toContain("Vũ Thanh Chương");

    await router.navigate("/people");
    expect(await screen.findByText("Trang này không dành cho vai trò của tài khoản")).toBeTruthy();
  });
});
