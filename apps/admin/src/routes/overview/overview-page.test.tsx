import { cleanup, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { renderApp, signIn } from "../../../test/render-app.tsx";

/** The text of each body row's cells, row header included. */
function bodyRows(table: HTMLElement): string[][] {
  return [...table.querySelectorAll("tbody tr")].map((row) => [...row.querySelectorAll("th, td")].map((cell) => cell.textContent ?? ""));
}

// Against the real API seeded with the source article's facts only (test/api-server.ts): no
// member reports, so the clearance rate is the figure the 2022 conference published.
describe("overview", () => {
  beforeAll(() => signIn());
  beforeEach(() => localStorage.clear());
  afterEach(cleanup);

  it("opens on cluster 1 in 2022, the view named in the address, with the year's figures in Vietnamese", async () => {
    const { router } = renderApp("/");
    expect(await screen.findByRole("heading", { level: 1, name: "Cụm thi đua số 1 – Bộ Công an" })).toBeTruthy();
    expect(router.state.location.pathname + router.state.location.search).toBe("/overview?cluster=1&year=2022");

    const rate = await screen.findByRole("figure", { name: "Tỷ lệ điều tra, khám phá án" });
    expect(within(rate).getByTestId("kpi-value-CASE_CLEARANCE_RATE").textContent).toBe("81,7\u00a0%");
    expect(rate.textContent).toContain("Số liệu báo cáo tại hội nghị");
    expect(within(screen.getByRole("region", { name: "Cụm trưởng năm 2022" })).getByRole("link").textContent).toBe("CATP Hải Phòng");
  });

  it("shows the 2023 leader as a handover from CATP Hải Phòng at the 2022 conference", async () => {
    renderApp("/overview?cluster=1&year=2022");
    const leader = await screen.findByTestId("leader-2023");
    expect(within(leader).getByRole("link").textContent).toBe("CATP Cần Thơ");
    expect(leader.textContent).toContain("Bàn giao từ CATP Hải Phòng ngày 23/11/2022");
    expect(leader.textContent).toContain("Hội nghị tổng kết phong trào thi đua");
    expect(leader.textContent).toContain("Người nhận: Trần Văn Dương");
    expect(screen.getByRole("region", { name: "Cụm trưởng năm 2022" }).textContent).toContain("Năm 2023: CATP Cần Thơ");
  });

  it("lists every participant of the 2022 conference with role, rank and the title held that day", async () => {
    renderApp("/overview?cluster=1&year=2022");
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
    renderApp("/overview?cluster=1&year=2022");
    await screen.findByTestId("kpi-value-CASE_CLEARANCE_RATE");
    await user.click(screen.getByRole("button", { name: "English" }));

    expect(await screen.findByRole("heading", { level: 1, name: "Emulation Cluster No. 1 – Ministry of Public Security" })).toBeTruthy();
    expect(screen.getByTestId("kpi-value-CASE_CLEARANCE_RATE").textContent).toBe("81.7%");
    const [first] = bodyRows(await screen.findByRole("table", { name: "Participants" }));
    expect(first?.slice(0, 4)).toEqual(["Directs", "Nguyễn Công Bảy", "Major General", "Deputy Director General"]);
    expect(screen.getByTestId("leader-2023").textContent).toContain("Handed over by CATP Hải Phòng on 23 Nov 2022");
  });

  it("follows the header's year picker into the address", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/overview?cluster=1&year=2022");
    await screen.findByTestId("kpi-value-CASE_CLEARANCE_RATE");
    await user.selectOptions(await screen.findByRole("combobox", { name: "Năm thi đua" }), "2023");
    await waitFor(() => expect(router.state.location.search).toBe("?cluster=1&year=2023"));
    expect(await screen.findByRole("region", { name: "Cụm trưởng năm 2023" })).toBeTruthy();
  });

  it("keeps the first dashboard's cluster addresses working", async () => {
    const { router } = renderApp("/clusters/1?year=2023");
    await screen.findByRole("region", { name: "Cụm trưởng năm 2023" });
    expect(router.state.location.pathname + router.state.location.search).toBe("/overview?cluster=1&year=2023");
  });

  it("gives the members' ranking a table view: the same figures for keyboards and screen readers", async () => {
    const user = userEvent.setup();
    renderApp("/overview?cluster=1&year=2022");
    const ranking = await screen.findByRole("region", { name: "Xếp hạng các đơn vị thành viên năm 2022" });
    await user.click(await within(ranking).findByRole("radio", { name: "Bảng" }));
    const table = within(ranking).getByRole("table", { name: "Tỷ lệ điều tra, khám phá án" });
    expect(bodyRows(table).map((row) => row[1])).toEqual(["CATP Cần Thơ", "CATP Đà Nẵng", "CATP Hồ Chí Minh", "CATP Hà Nội", "CATP Hải Phòng"]);
  });
});
