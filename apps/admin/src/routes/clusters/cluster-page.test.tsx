import { cleanup, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderApp, signIn } from "../../../test/render-app.tsx";

/** The text of each body row's cells, row header included. */
function bodyRows(table: HTMLElement): string[][] {
  return [...table.querySelectorAll("tbody tr")].map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? ""));
}

// Against the real API seeded with the source article's facts (test/api-server.ts).
describe("cluster overview", () => {
  beforeAll(() => signIn());
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it("opens on cluster 1 in 2022 and shows the year's figures in Vietnamese", async () => {
    const { router } = renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Cụm thi đua số 1 – Bộ Công an" })).toBeTruthy();
    expect(router.state.location.pathname + router.state.location.search).toBe("/clusters/1?year=2022");

    const rate = screen.getByRole("figure", { name: "Tỷ lệ điều tra, khám phá án năm 2022" });
    expect(within(rate).getByTestId("clearance-rate").textContent).toBe("81,7\u00a0%");

    const members = screen.getByRole("region", { name: "Đơn vị thành viên năm 2022" });
    const memberLinks = within(members).getAllByRole("link").map((link) => link.getAttribute("href"));
    expect(memberLinks).toEqual(["/units/CATP-CT", "/units/CATP-DN", "/units/CATP-HCM", "/units/CATP-HN", "/units/CATP-HP"]);
    expect(within(screen.getByRole("region", { name: "Cụm trưởng năm 2022" })).getByRole("link").textContent).toBe("CATP Hải Phòng");
  });

  it("shows the 2023 leader as a handover from CATP Hải Phòng at the 2022 conference", async () => {
    renderApp("/clusters/1?year=2022");
    const leader = await screen.findByTestId("leader-2023");
    expect(within(leader).getByRole("link").textContent).toBe("CATP Cần Thơ");
    expect(leader.textContent).toContain("Bàn giao từ CATP Hải Phòng ngày 23/11/2022");
    expect(leader.textContent).toContain("Hội nghị tổng kết phong trào thi đua");
    expect(leader.textContent).toContain("Người nhận: Trần Văn Dương");
  });

  it("lists every participant of the 2022 conference with role, rank and the title held that day", async () => {
    renderApp("/clusters/1?year=2022");
    const table = await screen.findByRole("table", { name: "Thành phần tham dự" });
    const rows = bodyRows(table);
    expect(rows).toHaveLength(8);
    expect(rows[0]?.slice(0, 4)).toEqual(["Chỉ đạo", "Nguyễn Công Bảy", "Thiếu tướng", "Phó Cục trưởng"]);
    expect(rows[1]?.slice(0, 5)).toEqual(["Chủ trì", "Vũ Thanh Chương", "Thiếu tướng", "Giám đốc", "CATP Hải Phòng"]);
    expect(rows.filter((row) => row[0] === "Dự")).toHaveLength(6);
    expect(rows[7]?.slice(0, 3)).toEqual(["Dự", "Vũ Thị Hương", "Ngoài lực lượng"]);
  });

  it("says it all again in English after the switch", async () => {
    const user = userEvent.setup();
    renderApp("/clusters/1?year=2022");
    await screen.findByTestId("clearance-rate");
    await user.click(screen.getByRole("button", { name: "English" }));

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Emulation Cluster No. 1 – Ministry of Public Security");
    expect(screen.getByTestId("clearance-rate").textContent).toBe("81.7%");
    const [first] = bodyRows(screen.getByRole("table", { name: "Participants" }));
    expect(first?.slice(0, 4)).toEqual([
      "Directs",
      "Nguyễn Công Bảy",
      "Major General",
      "Deputy Director General",
    ]);
    expect(screen.getByTestId("leader-2023").textContent).toContain("Handed over by CATP Hải Phòng on 23 Nov 2022");
  });

  it("follows the year selector into the address", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/clusters/1?year=2022");
    await screen.findByTestId("clearance-rate");
    await user.selectOptions(screen.getByLabelText("Năm thi đua"), "2023");
    expect(router.state.location.search).toBe("?year=2023");
    expect(await screen.findByRole("region", { name: "Cụm trưởng năm 2023" })).toBeTruthy();
  });
});
