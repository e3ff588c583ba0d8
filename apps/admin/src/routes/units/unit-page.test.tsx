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
    expect(await screen.findByRole("heading", { level: 1, name: "Ministry of Public Security" })).toBeTruthy();
    const children = screen.getByRole("table", { name: "Subordinate units" });
    expect(within(children).getByRole("link", { name: "Hai Phong City Police" }).getAttribute("href")).toBe("/units/CATP-HP");
  });

  it("shows who held the posts on a day, and links into the roster filtered to the unit and that day", async () => {
    renderApp("/units/CATP-HP?asOf=2022-11-23");
    const posts = await screen.findByRole("table", { name: "Chức vụ ngày 23/11/2022" });
    const rows = [...posts.querySelectorAll("tbody tr")].map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent));
    expect(rows).toContainEqual(["Giám đốc", "Vũ Thanh Chương", "Thiếu tướng"]);
    const roster = screen.getByRole("link", { name: /^Danh sách cán bộ/ });
    expect(roster.getAttribute("href")).toBe("/people?unit=CATP-HP&asOf=2022-11-23");
  });

  it("shows the clusters the unit belongs to and the years it led one, each opening that overview", async () => {
    renderApp("/units/CATP-HP");
    const history = await screen.findByRole("region", { name: "Cụm thi đua và cụm trưởng" });
    const terms = await within(history).findByRole("table", { name: "Các năm làm cụm trưởng, cụm phó" });
    const row = [...terms.querySelectorAll("tbody tr")].find((candidate) => candidate.querySelector("th")?.textContent === "2022");
    expect(row?.textContent).toContain("Cụm trưởng");
    expect(row?.querySelector("a")?.getAttribute("href")).toBe("/overview?cluster=1&year=2022");
  });

  it("says so when no unit has the code", async () => {
    renderApp("/units/NO-SUCH-UNIT");
    expect(await screen.findByRole("heading", { level: 1, name: "Không tìm thấy trang này." })).toBeTruthy();
  });
});
