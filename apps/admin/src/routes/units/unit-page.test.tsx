import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderApp, signIn } from "../../../test/render-app.tsx";

// Against the real API seeded with the source article's facts (test/api-server.ts).
describe("unit page", () => {
  beforeAll(() => signIn());
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it("shows a unit's names, kind, parent and who holds its posts today", async () => {
    renderApp("/units/CATP-HP");
    expect(await screen.findByRole("heading", { level: 1, name: "Công an thành phố Hải Phòng" })).toBeTruthy();
    const details = screen.getByRole("region", { name: "Thông tin đơn vị" });
    expect(within(details).getByText("Hai Phong City Police")).toBeTruthy();
    expect(within(details).getByText("CATP Hải Phòng")).toBeTruthy();
    expect(within(details).getByRole("link", { name: "Bộ Công an" }).getAttribute("href")).toBe("/units/BCA");

    const posts = screen.getByRole("table", { name: "Chức vụ hiện tại" });
    const rows = [...posts.querySelectorAll("tbody tr")].map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    expect(rows).toContainEqual(["Giám đốc", "Vũ Thanh Chương", "Thiếu tướng"]);
    expect(rows).toContainEqual(["Phó giám đốc", "Phạm Viết Dũng", "Đại tá"]);
  });

  it("follows the parent link, and names the unit in English after the switch", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/units/CATP-HP");
    await screen.findByRole("heading", { level: 1, name: "Công an thành phố Hải Phòng" });
    await user.click(within(screen.getByRole("region", { name: "Thông tin đơn vị" })).getByRole("link", { name: "Bộ Công an" }));
    expect(await screen.findByRole("heading", { level: 1, name: "Bộ Công an" })).toBeTruthy();
    expect(router.state.location.pathname).toBe("/units/BCA");

    await user.click(screen.getByRole("button", { name: "English" }));
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Ministry of Public Security");
    const children = screen.getByRole("table", { name: "Subordinate units" });
    expect(within(children).getByRole("link", { name: "Hai Phong City Police" }).getAttribute("href")).toBe("/units/CATP-HP");
  });

  it("says so when no unit has the code", async () => {
    renderApp("/units/NO-SUCH-UNIT");
    expect(await screen.findByRole("heading", { level: 1, name: "Không tìm thấy trang này." })).toBeTruthy();
  });
});
